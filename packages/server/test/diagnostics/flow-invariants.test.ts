import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createRng, generateParticipants, generateRtcpReports, generateSipFlow, qosFromReports, type VoiceCallInput } from '../../src/diagnostics/index.js';

const OUTCOMES = ['completed', 'completed', 'busy_486', 'cancelled_487', 'unavailable_503'] as const;
const QUALITIES = ['good', 'fair', 'poor', 'one_way', 'no_rtcp', 'single_report'] as const;

/** A random but plausible call: random length, turns, holds and participants. */
function randomCall(seed: number): VoiceCallInput {
  const rng = createRng(seed, 'test-input');
  const outcome = rng.pick(OUTCOMES);
  const failed = outcome === 'busy_486' || outcome === 'cancelled_487' || outcome === 'unavailable_503';
  const duration = failed ? rng.float(0, 20) : rng.float(5, 900);
  const participants: VoiceCallInput['participants'] = [];
  if (rng.chance(0.8)) participants.push({ name: 'Aria', kind: 'ai', external: false, joinOffsetSeconds: 0, leaveOffsetSeconds: rng.chance(0.5) ? duration : duration * rng.float(0.1, 0.6), ...(rng.chance(0.5) ? { exit: 'transfer' as const } : {}) });
  for (let i = rng.int(0, 3); i > 0; i--) {
    const join = rng.float(0, duration);
    participants.push({ name: `Agent ${i}`, kind: 'human', external: rng.chance(0.3), joinOffsetSeconds: join, leaveOffsetSeconds: rng.chance(0.1) ? null : rng.float(join, duration) });
  }
  const holds = Array.from({ length: rng.int(0, 2) }, () => {
    const at = rng.float(0, duration);
    return { offsetSeconds: at, durationSeconds: rng.float(0, Math.max(0, duration - at)) };
  });
  return {
    conversationId: `conv_${seed}`,
    seed,
    startTime: '2026-11-25T12:30:00.000Z',
    durationSeconds: Math.round(duration * 1000) / 1000,
    direction: rng.chance(0.7) ? 'inbound' : 'outbound',
    caller: '+14155550123',
    callee: '+12513254563',
    turns: [],
    holds,
    outcome,
    quality: rng.pick(QUALITIES),
    participants,
  };
}

const header = (raw: string, name: string): string | undefined =>
  raw.split('\r\n\r\n')[0].split('\r\n').find((l) => l.startsWith(`${name}:`))?.slice(name.length + 1).trim();

describe('flows for 150 random calls', () => {
  it('are well formed: ordered, answered, sized, and torn down', () => {
    for (let seed = 1; seed <= 150; seed++) {
      const input = randomCall(seed);
      const context = `seed ${seed} (${input.outcome}, ${input.quality}, ${input.direction})`;
      const { endpoints, messages } = generateSipFlow(input);
      const ips = new Set(endpoints.map((e) => e.ip));
      let prev = 0;
      for (const m of messages) {
        assert.ok(m.offsetSeconds >= prev, `${context}: order at #${m.seq}`);
        prev = m.offsetSeconds;
        assert.ok(ips.has(m.srcIp) && ips.has(m.dstIp), `${context}: #${m.seq} between known endpoints`);
        if (m.kind === 'rtcp') continue;
        const body = m.raw.slice(m.raw.indexOf('\r\n\r\n') + 4);
        assert.equal(Number(header(m.raw, 'Content-Length')), Buffer.byteLength(body), `${context}: #${m.seq} Content-Length`);
        if (m.kind === 'response') {
          const answered = messages.some((r) => r.kind === 'request' && r.seq < m.seq && r.srcIp === m.dstIp && header(r.raw, 'CSeq') === header(m.raw, 'CSeq') && header(r.raw, 'Call-ID') === m.callId);
          assert.ok(answered, `${context}: #${m.seq} ${m.label} answers a request`);
        }
      }
      // Every request gets a final answer (ACK excepted).
      for (const r of messages.filter((m) => m.kind === 'request' && m.method !== 'ACK' && !m.retransmission)) {
        const final = messages.some((m) => m.kind === 'response' && m.statusCode! >= 200 && m.seq > r.seq && header(m.raw, 'CSeq') === header(r.raw, 'CSeq') && m.callId === r.callId);
        assert.ok(final, `${context}: ${r.label} #${r.seq} is answered`);
      }
      const inProgress = input.participants.some((p) => p.leaveOffsetSeconds === null);
      const established = input.outcome === 'completed';
      for (const callId of new Set(messages.filter((m) => m.kind !== 'rtcp').map((m) => m.callId))) {
        const sip = messages.filter((m) => m.callId === callId && m.kind !== 'rtcp');
        const byes = sip.filter((m) => m.method === 'BYE' && m.kind === 'request');
        if (!established) assert.equal(byes.length, 0, context);
        else if (!inProgress) assert.ok(byes.length >= 1, `${context}: dialog ${sip[0].dialogId} ends with BYE`);
        const bye = byes[0];
        if (bye) {
          const after = sip.filter((m) => m.seq > bye.seq && !m.retransmission && !(m.method === 'BYE' && m.kind === 'response'));
          assert.deepEqual(after.map((m) => m.label), [], `${context}: nothing after BYE in ${sip[0].dialogId}`);
        }
      }
      const reports = generateRtcpReports(input);
      assert.ok(reports.every((r) => r.packets >= 0 && r.cumulativeLost >= 0 && r.fractionLost <= 255), context);
      const qos = qosFromReports(reports);
      assert.equal(qos.connections.reduce((n, c) => n + c.reports, 0), reports.length);
      assert.ok(qos.connections.every((c) => c.series.every((p) => p.mos >= 1 && p.mos <= 4.5)), context);
      const participants = generateParticipants(input, reports);
      assert.equal(participants.length, input.participants.length);
      for (const p of participants) if (p.mos) assert.ok(p.mos.min >= 1 && p.mos.max <= 4.5, context);
    }
  });
});
