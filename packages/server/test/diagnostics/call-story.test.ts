/**
 * Every voice call tells one story: its status, transcript, recording, SIP ladder, RTCP/QoS,
 * MOS and participants agree. Checked over the API's own answers for every voice call of a
 * seeded data set (a few hundred calls of every status, direction and transfer pattern).
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { eModelMos } from '../../src/diagnostics/index.js';
import { startTestServer, type TestServer } from '../../src/testing.js';
import { get } from '../helpers.js';

interface Call {
  summary: any;
  transcript: any[];
  recording: any;
  flow: { endpoints: any[]; messages: any[] };
  qos: { connections: any[]; mosMethod: string };
  participants: any[];
  notes: string[];
}

let server: TestServer;
const calls: Call[] = [];

const header = (raw: string, name: string): string | undefined =>
  raw.split('\r\n\r\n')[0].split('\r\n').find((l) => l.toLowerCase().startsWith(`${name.toLowerCase()}:`))?.slice(name.length + 1).trim();
const ms = (iso: string) => Date.parse(iso);
/** Middle 32 bits of the NTP timestamp of an epoch-ms time, as LSR carries it. */
const ntpMiddle32 = (epochMs: number) => {
  const seconds = Math.floor(epochMs / 1000) + 2208988800;
  const fraction = Math.floor(((epochMs % 1000) / 1000) * 4294967296);
  return (((seconds & 0xffff) << 16) | (fraction >>> 16)) >>> 0;
};
const CARRIER = '50.19.12.248';
const PROXY = '172.31.11.64';

before(async () => {
  server = await startTestServer({ count: 1000, fullTextSearch: false });
  let cursor = '';
  for (let page = 0; page < 10; page++) {
    const list = await get(server, 'admin', `/v1/conversations?channel=voice&limit=200${cursor ? `&cursor=${cursor}` : ''}`);
    assert.equal(list.status, 200);
    for (const summary of list.body.items) {
      const id = summary.id;
      const [detail, transcript, recording, flow, qos, participants] = await Promise.all([
        get(server, 'admin', `/v1/conversations/${id}`),
        get(server, 'admin', `/v1/conversations/${id}/transcript`),
        get(server, 'admin', `/v1/conversations/${id}/recording`),
        get(server, 'admin', `/v1/conversations/${id}/diagnostics/flow`),
        get(server, 'admin', `/v1/conversations/${id}/diagnostics/qos`),
        get(server, 'admin', `/v1/conversations/${id}/diagnostics/participants`),
      ]);
      for (const a of [detail, transcript, recording, flow, qos, participants]) assert.equal(a.status, 200, `${id}: ${a.text.slice(0, 200)}`);
      const notes = [...(detail.body.notes ?? []).map((n: any) => n.text), detail.body.disposition?.notes].filter((t): t is string => typeof t === 'string');
      calls.push({ summary: detail.body, transcript: transcript.body.items, recording: recording.body, flow: flow.body, qos: qos.body, participants: participants.body.items, notes });
    }
    cursor = list.body.nextCursor ?? '';
    if (!cursor) break;
  }
});
after(() => server?.close());

const finished = () => calls.filter((c) => c.summary.status !== 'in_progress');
const sip = (c: Call) => c.flow.messages.filter((m) => m.kind !== 'rtcp');
const customerLeg = (c: Call) => sip(c).filter((m) => m.srcIp === CARRIER || m.dstIp === CARRIER);
const answered = (c: Call) => customerLeg(c).some((m) => m.kind === 'response' && m.method === 'INVITE' && m.statusCode === 200);
const spoken = (c: Call) => c.transcript.filter((i) => i.kind === 'message' && i.speaker !== 'system');

describe('voice calls tell one story', () => {
  it('covers a few hundred calls of every status, direction and transfer pattern', () => {
    assert.ok(calls.length >= 300, `${calls.length} voice calls`);
    const seen = (p: (c: Call) => boolean) => calls.filter(p).length;
    assert.ok(seen((c) => c.summary.status === 'error' && !answered(c)) > 0, 'never-answered errors');
    assert.ok(seen((c) => c.summary.status === 'error' && answered(c)) > 0, 'errors after answer');
    for (const reason of ['drop_off', 'user_hangup', 'ai_agent_hangup']) assert.ok(seen((c) => c.summary.completionReason === reason) > 0, reason);
    assert.ok(seen((c) => c.summary.direction === 'outbound') > 0, 'outbound');
    assert.ok(seen((c) => c.transcript.some((i) => i.kind === 'transfer')) > 20, 'transfers');
    assert.ok(seen((c) => c.transcript.some((i) => i.kind === 'hold')) > 10, 'holds');
    assert.ok(seen((c) => c.summary.status === 'in_progress') > 0, 'in progress');
  });

  it('an error call either never connected (no turns, no recording) or ends with a failure cause where the transcript ends', () => {
    for (const c of finished().filter((x) => x.summary.status === 'error')) {
      const id = c.summary.id;
      if (!answered(c)) {
        const final = customerLeg(c).find((m) => m.kind === 'response' && m.method === 'INVITE' && m.statusCode >= 300);
        assert.ok(final && [486, 487, 503].includes(final.statusCode), `${id}: a final failure response`);
        assert.equal(spoken(c).length, 0, `${id}: nobody spoke on a call that never connected`);
        assert.equal(c.recording.state, 'media_unavailable', `${id}: no media to record`);
        assert.equal(c.recording.durationSeconds, null, `${id}: no recording length`);
        for (const p of c.participants) assert.equal(p.exitReason, 'Disconnected', `${id}: ${p.name}`);
      } else {
        const bye = customerLeg(c).find((m) => m.method === 'BYE' && m.kind === 'request');
        assert.ok(bye, `${id}: BYE`);
        assert.match(header(bye.raw, 'Reason') ?? '', /cause=41/, `${id}: the BYE says the platform failed`);
        assert.notEqual(bye.srcIp, CARRIER, `${id}: the platform hangs up after an error`);
        assert.ok(c.transcript.some((i) => i.kind === 'llm_error'), `${id}: the transcript shows the error`);
      }
    }
  });

  it('who hangs up agrees with the status', () => {
    for (const c of finished().filter((x) => x.summary.status === 'completed')) {
      const bye = customerLeg(c).find((m) => m.method === 'BYE' && m.kind === 'request');
      assert.ok(bye, `${c.summary.id}: BYE on the customer leg`);
      const customerHungUp = bye.srcIp === CARRIER;
      assert.equal(customerHungUp, c.summary.completionReason === 'user_hangup', `${c.summary.id}: ${c.summary.completionReason} but the BYE came from ${bye.srcIp}`);
      const ended = c.participants.filter((p) => p.exitReason === 'Call Ended');
      for (const p of ended) assert.equal(p.exitDescription === 'The customer ended the call.', customerHungUp, `${c.summary.id}: ${p.name}: ${p.exitDescription}`);
    }
  });

  it('transcript and recording end where the customer leg\'s BYE is', () => {
    for (const c of finished().filter(answered)) {
      const id = c.summary.id;
      const start = ms(c.summary.startTime);
      const bye = customerLeg(c).find((m) => m.method === 'BYE' && m.kind === 'request');
      assert.ok(bye, `${id}: BYE`);
      const byeSeconds = (ms(bye.at) - start) / 1000;
      const endSeconds = (ms(c.summary.endTime) - start) / 1000;
      assert.ok(Math.abs(byeSeconds - endSeconds) < 0.5, `${id}: BYE at ${byeSeconds}s, call ended at ${endSeconds}s`);
      const ok = customerLeg(c).find((m) => m.kind === 'response' && m.method === 'INVITE' && m.statusCode === 200)!;
      for (const turn of spoken(c)) {
        assert.ok(turn.offsetSeconds + turn.durationSeconds <= byeSeconds + 0.01, `${id}: turn at ${turn.offsetSeconds}s after the BYE at ${byeSeconds}s`);
        assert.ok(ms(turn.at) >= ms(ok.at), `${id}: turn at ${turn.offsetSeconds}s before the 200 OK`);
      }
      if (c.recording.state === 'available') assert.ok(Math.abs(c.recording.durationSeconds - byeSeconds) < 0.5, `${id}: recording ${c.recording.durationSeconds}s, BYE at ${byeSeconds}s`);
    }
  });

  it('a hold is sendonly/inactive (and recvonly on the held side) on the customer leg until it is resumed', () => {
    let held = 0;
    for (const c of calls) {
      const start = ms(c.summary.startTime);
      for (const hold of c.transcript.filter((i) => i.kind === 'hold')) {
        const from = start + hold.offsetSeconds * 1000;
        const to = from + hold.durationSeconds * 1000;
        const during = customerLeg(c).filter((m) => m.sdp && ms(m.at) > from + 1000 && ms(m.at) < to - 1000);
        for (const m of during) for (const media of m.sdp.media) assert.notEqual(media.direction, 'sendrecv', `${c.summary.id}: #${m.seq} ${m.label} offers sendrecv on hold`);
        const holdOffer = customerLeg(c).find((m) => m.kind === 'request' && m.method === 'INVITE' && m.sdp && Math.abs(ms(m.at) - from) < 1000);
        if (holdOffer && ms(holdOffer.at) < ms(c.summary.endTime ?? '9999')) {
          held++;
          assert.ok(['sendonly', 'inactive'].includes(holdOffer.sdp.media[0].direction), `${c.summary.id}: hold offer ${holdOffer.sdp.media[0].direction}`);
        }
      }
    }
    assert.ok(held > 5, `${held} holds seen in the ladder`);
  });

  it('participants who transferred the call left by Transfer; nobody on a finished call just "left before it ended" unless they did', () => {
    for (const c of finished().filter((x) => answered(x) && x.summary.hasTranscript)) {
      const transfers = c.transcript.filter((i) => i.kind === 'transfer');
      const refers = sip(c).filter((m) => m.method === 'REFER' && m.kind === 'request');
      assert.equal(refers.length, transfers.length, `${c.summary.id}: one REFER per transfer`);
      const byTransfer = c.participants.filter((p) => p.exitReason === 'Transfer');
      assert.equal(byTransfer.length, transfers.length, `${c.summary.id}: one Transfer exit per transfer`);
      for (const t of transfers) {
        const at = ms(c.summary.startTime) + t.offsetSeconds * 1000;
        assert.ok(byTransfer.some((p) => Math.abs(ms(p.endTime) - at) < 1500), `${c.summary.id}: someone left by transfer at ${t.offsetSeconds}s`);
      }
    }
  });

  it('every answered call has RTCP on its legs and a QoS connection for each reporting direction', () => {
    for (const c of finished().filter(answered)) {
      const rtcp = c.flow.messages.filter((m) => m.kind === 'rtcp');
      assert.ok(rtcp.length > 0, `${c.summary.id}: RTCP`);
      const directions = new Set(rtcp.map((m) => `${m.srcIp}:${m.srcPort}->${m.dstIp}:${m.dstPort}`));
      const connections = new Set(c.qos.connections.map((q) => `${q.srcIp}:${q.srcPort}->${q.dstIp}:${q.dstPort}`));
      assert.deepEqual([...connections].sort(), [...directions].sort(), `${c.summary.id}: QoS connections are the RTCP directions`);
      assert.equal(c.qos.connections.reduce((n, q) => n + q.reports, 0), rtcp.length, `${c.summary.id}: one QoS point per RTCP report`);
      for (const leg of new Set(sip(c).map((m) => m.dialogId))) {
        // RFC 3550: a report about every five seconds, so a leg up for longer than that has reported.
        const ok = sip(c).find((m) => m.dialogId === leg && m.kind === 'response' && m.method === 'INVITE' && m.statusCode === 200);
        const bye = sip(c).find((m) => m.dialogId === leg && m.kind === 'request' && m.method === 'BYE');
        if (ok && ms(bye?.at ?? c.summary.endTime) - ms(ok.at) > 5500) assert.ok(rtcp.some((m) => m.dialogId === leg), `${c.summary.id}: leg ${leg} was up for more than 5 s but never reported RTCP`);
      }
    }
  });

  it('RTP packet counts fit the ptime and the time since the 200 OK', () => {
    for (const c of finished().filter(answered)) {
      for (const q of c.qos.connections) {
        const rtcp = c.flow.messages.find((m) => m.kind === 'rtcp' && m.srcIp === q.srcIp && m.srcPort === q.srcPort && m.dstIp === q.dstIp);
        const ok = sip(c).find((m) => m.dialogId === rtcp.dialogId && m.kind === 'response' && m.method === 'INVITE' && m.statusCode === 200);
        assert.ok(ok, `${c.summary.id}: a 200 OK before ${q.id}`);
        for (const point of q.series) {
          const elapsed = ms(point.at) - ms(ok.at);
          assert.ok(elapsed > 0, `${c.summary.id}: ${q.id} reports before the 200 OK`);
          assert.ok(point.packets <= elapsed / 20 + 1, `${c.summary.id}: ${q.id} sent ${point.packets} packets in ${elapsed} ms at 20 ms ptime`);
          assert.equal(point.octets, point.packets * 160, `${c.summary.id}: 160-byte G.711 payloads`);
        }
      }
    }
  });

  it('every MOS follows the stated E-model from the loss, jitter and round trip in the capture itself', () => {
    let recomputed = 0;
    for (const c of finished().filter(answered)) {
      for (const m of c.flow.messages.filter((x) => x.kind === 'rtcp')) {
        const kv = (k: string) => new RegExp(`${k}=(\\S+)`).exec(m.raw)?.[1];
        const fraction = Number(kv('fraction-lost')?.split('/')[0]);
        const jitter = Number(kv('jitter'));
        const lsr = Number(kv('lsr'));
        const dlsr = Number(kv('dlsr'));
        assert.ok([fraction, jitter, lsr, dlsr].every(Number.isFinite), `${c.summary.id}: decoded RTCP: ${m.raw.slice(0, 300)}`);
        const q = c.qos.connections.find((x) => x.srcIp === m.srcIp && x.srcPort === m.srcPort && x.dstIp === m.dstIp)!;
        const point = q.series.find((p: any) => p.at === m.at);
        assert.ok(point, `${c.summary.id}: a QoS point for RTCP #${m.seq}`);
        assert.equal(point.jitter, Math.round((jitter / 8) * 1000) / 1000, `${c.summary.id}: jitter in ms`);
        // A report the proxy received: round trip = arrival − LSR − DLSR (RFC 3550 §6.4.1), as Wireshark computes it.
        if (m.dstIp !== PROXY || lsr === 0) continue;
        const rttMs = (((ntpMiddle32(ms(m.at)) - lsr - dlsr) >>> 0) / 65536) * 1000;
        const mos = eModelMos({ jitterMs: jitter / 8, lossPercent: (fraction / 256) * 100, latencyMs: rttMs / 2, codec: 'PCMU' });
        assert.ok(Math.abs(mos - point.mos) <= 0.03, `${c.summary.id}: RTCP #${m.seq} MOS ${point.mos}, recomputed from the capture ${mos} (RTT ${rttMs.toFixed(1)} ms)`);
        recomputed++;
      }
      // Participants: their MOS range lies inside the MOS of the call's reports.
      const allMos = c.qos.connections.flatMap((q) => q.series.map((p: any) => p.mos));
      for (const p of c.participants.filter((x) => x.avgMos !== null)) {
        assert.ok(p.mos.min >= Math.min(...allMos) - 1e-9 && p.mos.max <= Math.max(...allMos) + 1e-9, `${c.summary.id}: ${p.name} MOS within the call's reports`);
      }
    }
    assert.ok(recomputed > 500, `${recomputed} reports recomputed`);
  });

  it('"Packets Lost" means the same on QoS and Agents: lost per report interval, summing to RTCP\'s cumulative count', () => {
    for (const c of finished().filter(answered)) {
      const perInterval: number[] = [];
      for (const q of c.qos.connections) {
        const rtcp = c.flow.messages.filter((m) => m.kind === 'rtcp' && m.srcIp === q.srcIp && m.srcPort === q.srcPort && m.dstIp === q.dstIp);
        const cumulative = Number(/cumulative-lost=(\d+)/.exec(rtcp.at(-1).raw)?.[1]);
        assert.equal(q.series.reduce((n: number, p: any) => n + p.packetsLost, 0), cumulative, `${c.summary.id}: ${q.id}`);
        perInterval.push(...q.series.map((p: any) => p.packetsLost));
      }
      for (const p of c.participants.filter((x) => x.packetsLost.max !== null)) {
        assert.ok(p.packetsLost.max <= Math.max(...perInterval), `${c.summary.id}: ${p.name} lost ${p.packetsLost.max} in one interval`);
      }
    }
  });

  it('latency (ASR/Bot/TTS/E2E) only on AI turns that answer the customer', () => {
    let withLatency = 0;
    for (const c of calls) {
      c.transcript.forEach((item, i) => {
        if (item.kind !== 'message' || !item.latency) return;
        withLatency++;
        const prev = c.transcript[i - 1];
        assert.equal(item.speaker, 'ai_agent', `${c.summary.id}: latency on a ${item.speaker} turn`);
        assert.ok(prev?.kind === 'message' && prev.speaker === 'customer', `${c.summary.id}: latency on "${item.text.slice(0, 40)}" after ${prev?.kind}/${prev?.speaker}`);
      });
    }
    assert.ok(withLatency > 100);
  });

  it('one set of facts per conversation: order numbers, tickets and amounts never change between turns and notes', () => {
    const patterns = [/NW-\d{6}/g, /TK-\d{5}/g, /[$₹]\d+\.\d\d/g, /\d+\.\d\d (?:€|ريال)/g];
    let checked = 0;
    for (const c of calls) {
      const texts = [...c.transcript.filter((i) => i.kind === 'message' || i.kind === 'email').map((i) => (i.kind === 'email' ? `${i.subject} ${i.bodyText}` : i.text)), ...c.notes];
      for (const re of patterns) {
        const values = new Set(texts.flatMap((t) => t.match(re) ?? []));
        if (values.size) checked++;
        assert.ok(values.size <= 1, `${c.summary.id}: ${[...values].join(' / ')}`);
      }
    }
    assert.ok(checked > 20, `${checked} facts checked`);
  });
});
