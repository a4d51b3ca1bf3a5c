import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { eModelMos, MOS_METHOD, mosBand, mosFromR, rFactor } from '../../src/diagnostics/index.js';

const near = (actual: number, expected: number, tolerance = 0.01): void =>
  assert.ok(Math.abs(actual - expected) <= tolerance, `${actual} ≉ ${expected}`);

describe('E-model (ITU-T G.107, simplified)', () => {
  it('maps R to MOS with the G.107 curve', () => {
    near(mosFromR(93.2), 4.41);
    near(mosFromR(80), 4.02);
    near(mosFromR(70), 3.6);
    near(mosFromR(50), 2.58);
    assert.equal(mosFromR(0), 1);
    assert.equal(mosFromR(-20), 1);
    assert.equal(mosFromR(100), 4.5);
    assert.equal(mosFromR(3), 1, 'never below 1');
  });

  it('computes R from delay, jitter buffer and loss', () => {
    // Clean G.711: only the 20 ms packetization delay: Id = 0.024·20.
    near(rFactor({ jitterMs: 0, lossPercent: 0, latencyMs: 0, codec: 'PCMU' }), 92.72);
    // 1 % random loss with PLC: Ie_eff = 95·1/(1 + 25.1) = 3.64.
    near(rFactor({ jitterMs: 0, lossPercent: 1, latencyMs: 0, codec: 'PCMA' }), 89.08);
    // 200 ms one-way: d = 220 → Id = 5.28 + 0.11·42.7.
    near(rFactor({ jitterMs: 0, lossPercent: 0, latencyMs: 200, codec: 'PCMU' }), 83.22);
    // Jitter counts twice (buffer): 50 ms latency + 2·25 ms jitter ≡ 100 ms latency.
    near(rFactor({ jitterMs: 25, lossPercent: 0, latencyMs: 50, codec: 'PCMU' }), rFactor({ jitterMs: 0, lossPercent: 0, latencyMs: 100, codec: 'PCMU' }), 1e-9);
    // G.729A: Ie = 11 and 25 ms of frame + look-ahead.
    near(rFactor({ jitterMs: 0, lossPercent: 0, latencyMs: 0, codec: 'G729' }), 81.6);
  });

  it('gives familiar MOS values for typical networks', () => {
    near(eModelMos({ jitterMs: 0, lossPercent: 0, latencyMs: 0, codec: 'PCMU' }), 4.4);
    near(eModelMos({ jitterMs: 2, lossPercent: 0, latencyMs: 40, codec: 'PCMU' }), 4.38);
    assert.equal(mosBand(eModelMos({ jitterMs: 20, lossPercent: 3.5, latencyMs: 120, codec: 'PCMU' })), 'fair');
    assert.equal(mosBand(eModelMos({ jitterMs: 60, lossPercent: 10, latencyMs: 300, codec: 'PCMU' })), 'poor');
    assert.ok(eModelMos({ jitterMs: 60, lossPercent: 10, latencyMs: 300, codec: 'PCMU' }) < 2.5);
  });

  it('falls as loss, jitter or latency grow', () => {
    const base = { jitterMs: 5, lossPercent: 1, latencyMs: 80, codec: 'PCMU' as const };
    assert.ok(eModelMos({ ...base, lossPercent: 5 }) < eModelMos(base));
    assert.ok(eModelMos({ ...base, jitterMs: 40 }) < eModelMos(base));
    assert.ok(eModelMos({ ...base, latencyMs: 300 }) < eModelMos(base));
  });

  it('names the bands used everywhere: ≥ 4.0 good, 3.6–4.0 fair, < 3.6 poor', () => {
    assert.deepEqual([4.0, 3.99, 3.6, 3.59].map(mosBand), ['good', 'fair', 'fair', 'poor']);
    assert.match(MOS_METHOD, /G\.107/);
    assert.match(MOS_METHOD, /≥ 4\.0 good, 3\.6–4\.0 fair, < 3\.6 poor/);
  });
});
