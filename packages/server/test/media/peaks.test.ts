import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { computePeaks, PeaksAccumulator, peaksResponse, renderPeaks, resamplePeaks, synthesizeRecording } from '../../src/media/index.js';
import { voiceCall } from '../diagnostics/fixtures.js';

describe('computePeaks', () => {
  it('takes the max |sample| per bucket, per channel', () => {
    const a = new Float32Array([0.1, -0.5, 0.2, 0.3, -0.9, 0.05, 0, 0.25]);
    const b = new Float32Array(8).fill(-0.125);
    assert.deepEqual(computePeaks([a, b], 2, 8), [[0.5, 0.9], [0.125, 0.125]]);
  });

  it('keeps a short last bucket and rounds to 3 decimals', () => {
    const a = new Float32Array([0.12345, 0.5, 0.77777]);
    assert.deepEqual(computePeaks([a], 1, 2), [[0.5, 0.778]]);
  });

  it('gives ceil(duration × samplesPerSecond) values in 0..1 for a call', () => {
    const input = voiceCall();
    const { channels } = synthesizeRecording(input, { mode: 'fast' });
    for (const sps of [1, 10, 37, 100]) {
      const peaks = computePeaks(channels, sps);
      assert.equal(peaks.length, 2);
      for (const ch of peaks) {
        assert.equal(ch.length, Math.ceil(120 * sps));
        assert.ok(ch.every((v) => v >= 0 && v <= 1 && Math.round(v * 1000) === v * 1000));
      }
    }
    const perSecond = computePeaks(channels, 1);
    assert.ok(perSecond[1][2] > 0.3, 'agent speaks at 1.5–4.3 s');
    assert.ok(perSecond[1][25] < 0.01, 'nobody speaks at 25 s');
    assert.ok(perSecond[0][6] > 0.3, 'customer speaks at 5–7.6 s');
  });

  it('accumulates chunk by chunk to the same result', () => {
    const { channels } = synthesizeRecording(voiceCall(), { mode: 'fast' });
    const acc = new PeaksAccumulator(2, 8000, 30);
    for (let i = 0; i < channels[0].length; i += 1234) acc.push(channels.map((c) => c.subarray(i, i + 1234)));
    assert.deepEqual(acc.result(), computePeaks(channels, 30));
  });

  it('renders peaks of a long call without materialising its audio', () => {
    const input = voiceCall();
    assert.deepEqual(renderPeaks(input, { mode: 'fast', samplesPerSecond: 20 }), computePeaks(synthesizeRecording(input, { mode: 'fast' }).channels, 20));
    const long = voiceCall({ durationSeconds: 15 * 60 });
    const peaks = renderPeaks(long, { mode: 'fast', samplesPerSecond: 2 });
    assert.equal(peaks[0].length, 15 * 60 * 2);
  });
});

describe('resamplePeaks / peaksResponse', () => {
  it('coarsens by taking maxima', () => {
    assert.deepEqual(resamplePeaks([0.1, 0.4, 0.2, 0.3, 0.9], 50, 25), [0.4, 0.3, 0.9]);
    assert.deepEqual(resamplePeaks([0.1, 0.4], 1, 2), [0.1, 0.1, 0.4, 0.4]);
  });

  it('answers the peaks endpoint for one channel or both', () => {
    const file = { durationSeconds: 2, sampleRate: 8000, samplesPerSecond: 4, channels: [[0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8], [0, 0, 0, 0, 1, 1, 1, 1]] };
    assert.deepEqual(peaksResponse(file, { channel: 1, samplesPerSecond: 2 }), { durationSeconds: 2, sampleRate: 8000, channels: [[0, 0, 1, 1]] });
    assert.equal(peaksResponse(file).channels.length, 2);
  });
});
