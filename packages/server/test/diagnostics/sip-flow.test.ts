import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { generateSipFlow, parseSdp, type FlowMessage, type VoiceCallInput } from '../../src/diagnostics/index.js';
import { voiceCall } from './fixtures.js';

const header = (raw: string, name: string): string | undefined =>
  raw.split('\r\n\r\n')[0].split('\r\n').find((l) => l.toLowerCase().startsWith(`${name.toLowerCase()}:`))?.slice(name.length + 1).trim();

/** Labels of the first-time SIP messages of one dialog, in order. */
function ladder(input: VoiceCallInput, dialogId: string): string[] {
  return generateSipFlow(input).messages.filter((m) => m.kind !== 'rtcp' && !m.retransmission && m.dialogId === dialogId).map((m) => m.label);
}

function sip(messages: FlowMessage[]): FlowMessage[] {
  return messages.filter((m) => m.kind !== 'rtcp');
}

describe('generateSipFlow', () => {
  it('sets up and tears down a completed call on the customer leg', () => {
    const labels = ladder(voiceCall(), 'customer');
    assert.deepEqual(labels.slice(0, 5), ['INVITE', '100 (Trying)', '180 (Ringing)', '200 (OK)', 'ACK']);
    assert.deepEqual(labels.slice(-2), ['BYE', '200 (OK)']);
  });

  it('lists the carrier, proxy and media server first, then agents', () => {
    const { endpoints } = generateSipFlow(voiceCall());
    assert.deepEqual(endpoints.map((e) => e.ip), ['50.19.12.248', '172.31.11.64', '172.31.11.62', '172.31.20.11']);
    assert.ok(endpoints.every((e) => e.port === 5060 && e.label.length > 0));
    assert.equal(endpoints[3].label, 'Agent (Jane Doe)');
  });

  it('starts with the carrier INVITE to the proxy', () => {
    const first = generateSipFlow(voiceCall()).messages[0];
    assert.equal(first.label, 'INVITE');
    assert.equal(first.srcIp, '50.19.12.248');
    assert.equal(first.dstIp, '172.31.11.64');
    assert.equal(first.offsetSeconds, 0);
    assert.equal(first.at, '2026-11-25T12:30:00.000Z');
    assert.match(first.raw, /^INVITE sip:\+12513254563@172\.31\.11\.64:5060 SIP\/2\.0\r\n/);
  });

  it('rejects with 486 Busy Here, ACKed on each hop, with no media', () => {
    const input = voiceCall({ outcome: 'busy_486', durationSeconds: 2 });
    assert.deepEqual(ladder(input, 'customer'), ['INVITE', '100 (Trying)', '486 (Busy Here)', 'ACK']);
    assert.deepEqual(ladder(input, 'media'), ['INVITE', '100 (Trying)', '486 (Busy Here)', 'ACK']);
    const messages = generateSipFlow(input).messages;
    assert.equal(messages.filter((m) => m.kind === 'rtcp').length, 0);
    assert.ok(!messages.some((m) => m.method === 'BYE'));
  });

  it('cancels a ringing call: CANCEL → 200, then 487 Request Terminated → ACK', () => {
    const input = voiceCall({ outcome: 'cancelled_487', durationSeconds: 9 });
    assert.deepEqual(ladder(input, 'customer'), ['INVITE', '100 (Trying)', '180 (Ringing)', 'CANCEL', '200 (OK)', '487 (Request Terminated)', 'ACK']);
    const messages = sip(generateSipFlow(input).messages).filter((m) => m.dialogId === 'customer');
    const invite = messages.find((m) => m.method === 'INVITE')!;
    const cancel = messages.find((m) => m.method === 'CANCEL' && m.kind === 'request')!;
    const ack = messages.find((m) => m.method === 'ACK')!;
    // CANCEL and the non-2xx ACK belong to the INVITE transaction: same branch and CSeq number.
    assert.equal(header(cancel.raw, 'Via'), header(invite.raw, 'Via'));
    assert.equal(header(cancel.raw, 'CSeq')!.split(' ')[0], header(invite.raw, 'CSeq')!.split(' ')[0]);
    assert.equal(header(ack.raw, 'Via'), header(invite.raw, 'Via'));
    assert.equal(cancel.srcIp, '50.19.12.248', 'the caller gives up');
    assert.ok(Math.abs(cancel.offsetSeconds - 9) < 0.01);
  });

  it('answers 503 Service Unavailable with Retry-After', () => {
    const input = voiceCall({ outcome: 'unavailable_503', durationSeconds: 1 });
    assert.deepEqual(ladder(input, 'customer'), ['INVITE', '100 (Trying)', '503 (Service Unavailable)', 'ACK']);
    const r503 = generateSipFlow(input).messages.find((m) => m.statusCode === 503)!;
    assert.equal(header(r503.raw, 'Retry-After'), '30');
  });

  it('transfers with REFER, NOTIFY sipfrag and a new INVITE to the agent, then the media server leaves', () => {
    const input = voiceCall({ holds: [] });
    const media = ladder(input, 'media');
    const referAt = media.indexOf('REFER');
    assert.ok(referAt > 0);
    assert.deepEqual(media.slice(referAt, referAt + 4), ['REFER', '202 (Accepted)', 'NOTIFY', '200 (OK)']);
    assert.deepEqual(media.slice(-4), ['NOTIFY', '200 (OK)', 'BYE', '200 (OK)']);
    const messages = generateSipFlow(input).messages;
    const refer = messages.find((m) => m.method === 'REFER')!;
    assert.equal(refer.srcIp, '172.31.11.62');
    assert.match(header(refer.raw, 'Refer-To')!, /^<sip:agent-jane-doe@172\.31\.11\.64>$/, 'the proxy routes the transfer to the agent');
    const notifies = messages.filter((m) => m.method === 'NOTIFY' && m.kind === 'request');
    assert.deepEqual(notifies.map((n) => n.raw.split('\r\n\r\n')[1]), ['SIP/2.0 100 Trying\r\n', 'SIP/2.0 200 OK\r\n']);
    const agentInvite = messages.find((m) => m.dialogId === 'agent-1' && m.method === 'INVITE')!;
    assert.ok(agentInvite.offsetSeconds > refer.offsetSeconds);
    assert.equal(agentInvite.dstIp, '172.31.20.11');
    const mediaBye = messages.find((m) => m.dialogId === 'media' && m.method === 'BYE')!;
    assert.ok(Math.abs(mediaBye.offsetSeconds - 13) < 0.1, 'the transferor hangs up when it leaves');
    assert.ok(mediaBye.offsetSeconds > refer.offsetSeconds);
    assert.deepEqual(ladder(input, 'customer').slice(-2), ['BYE', '200 (OK)']);
  });

  it('refreshes the session (RFC 4028) with a re-INVITE in the same dialog every half session interval', () => {
    const input = voiceCall({ holds: [], durationSeconds: 2000 });
    const invites = sip(generateSipFlow(input).messages).filter((m) => m.dialogId === 'customer' && m.kind === 'request' && m.method === 'INVITE' && !m.retransmission);
    assert.equal(header(invites[0].raw, 'Session-Expires'), '1800;refresher=uac');
    assert.equal(invites.length, 3);
    assert.ok(Math.abs(invites[1].offsetSeconds - invites[0].offsetSeconds - 900) < 2);
    assert.equal(header(invites[1].raw, 'Call-ID'), header(invites[0].raw, 'Call-ID'));
    assert.match(header(invites[1].raw, 'To')!, /;tag=/, 'in-dialog request carries the To tag');
    assert.ok(header(invites[1].raw, 'Session-Expires'));
  });

  it('keeps a held call held through a session refresh: the carrier repeats recvonly, the proxy sendonly', () => {
    const input = voiceCall({ durationSeconds: 1200, holds: [{ offsetSeconds: 880, durationSeconds: 120 }] });
    const messages = generateSipFlow(input).messages.filter((m) => m.dialogId === 'customer' && m.sdp && !m.retransmission);
    const during = messages.filter((m) => m.offsetSeconds > 881 && m.offsetSeconds < 999);
    assert.deepEqual(during.map((m) => [m.srcIp, m.sdp!.media[0].direction]), [['50.19.12.248', 'recvonly'], ['172.31.11.64', 'sendonly']]);
  });

  it('puts the customer on hold with sendonly/recvonly SDP and resumes with sendrecv', () => {
    const messages = generateSipFlow(voiceCall()).messages.filter((m) => m.dialogId === 'customer' && m.sdp && !m.retransmission);
    const directions = messages.map((m) => m.sdp!.media[0].direction);
    assert.deepEqual(directions, ['sendrecv', 'sendrecv', 'sendonly', 'recvonly', 'sendrecv', 'sendrecv']);
    const hold = messages[2];
    assert.ok(Math.abs(hold.offsetSeconds - 55) < 0.1);
    assert.equal(hold.srcIp, '172.31.11.64', 'the platform side holds');
  });

  it('writes a correct Content-Length on every SIP message', () => {
    for (const outcome of ['completed', 'cancelled_487'] as const) {
      for (const m of sip(generateSipFlow(voiceCall({ outcome })).messages)) {
        const [, body = ''] = m.raw.split(/\r\n\r\n([\s\S]*)/);
        assert.equal(Number(header(m.raw, 'Content-Length')), Buffer.byteLength(body), `${m.label} #${m.seq}`);
        assert.ok(!/[^\r]\n/.test(m.raw), 'CRLF line ends');
      }
    }
  });

  it('mirrors the request in each response (Via, From, Call-ID, CSeq) and tags To', () => {
    const messages = sip(generateSipFlow(voiceCall()).messages);
    for (const res of messages.filter((m) => m.kind === 'response')) {
      const req = messages.find((m) => m.kind === 'request' && m.seq < res.seq && header(m.raw, 'CSeq') === header(res.raw, 'CSeq') && header(m.raw, 'Call-ID') === header(res.raw, 'Call-ID'));
      assert.ok(req, `request for ${res.label} #${res.seq}`);
      assert.equal(header(res.raw, 'Via')!.split(';branch=')[1].split(';')[0], header(req.raw, 'Via')!.split(';branch=')[1].split(';')[0]);
      assert.equal(header(res.raw, 'From'), header(req.raw, 'From'));
      assert.equal(res.srcIp, req.dstIp);
      if (res.statusCode !== 100) assert.match(header(res.raw, 'To')!, /;tag=[0-9a-f]+$/);
      assert.ok(header(req.raw, 'Max-Forwards'));
      assert.ok(header(res.raw, 'Server'));
    }
  });

  it('carries parseable SDP offers and answers (PCMU/PCMA, telephone-event)', () => {
    const messages = generateSipFlow(voiceCall()).messages;
    const offer = messages[0];
    assert.ok(offer.sdp);
    const body = offer.raw.split('\r\n\r\n')[1];
    assert.deepEqual(parseSdp(body), offer.sdp);
    const [media] = offer.sdp.media;
    assert.equal(media.type, 'audio');
    assert.equal(media.address, offer.srcIp);
    assert.ok(['PCMU', 'PCMA'].includes(media.codec));
    assert.match(body, /^v=0\r\no=\S+ \d+ \d+ IN IP4 50\.19\.12\.248\r\ns=\S+\r\nc=IN IP4 50\.19\.12\.248\r\nt=0 0\r\nm=audio \d+ RTP\/AVP (0 8|8 0) 101\r\n/);
    assert.match(body, /a=rtpmap:101 telephone-event\/8000/);
    const answer = messages.find((m) => m.dialogId === 'customer' && m.statusCode === 200 && m.sdp)!;
    assert.equal(answer.sdp!.media[0].codec, media.codec, 'the answer picks the preferred codec');
    assert.match(answer.raw.split('\r\n\r\n')[1], /m=audio \d+ RTP\/AVP \d+ 101\r\n/);
  });

  it('interleaves RTCP about every 5 s per stream, labelled RTCP', () => {
    const { messages } = generateSipFlow(voiceCall());
    const rtcp = messages.filter((m) => m.kind === 'rtcp');
    assert.ok(rtcp.length > 20);
    assert.ok(rtcp.every((m) => m.label === 'RTCP' && m.method === null && m.statusCode === null && m.srcPort % 2 === 1));
    const byStream = new Map<string, FlowMessage[]>();
    for (const m of rtcp) {
      const key = `${m.srcIp}:${m.srcPort}>${m.dstIp}:${m.dstPort}`;
      byStream.set(key, [...(byStream.get(key) ?? []), m]);
    }
    assert.ok(byStream.size >= 4);
    for (const series of byStream.values()) {
      for (let i = 1; i < series.length; i++) {
        const gap = series[i].offsetSeconds - series[i - 1].offsetSeconds;
        assert.ok(gap >= 4.4 && gap <= 5.6, `gap ${gap}`);
      }
    }
  });

  it('measures offsets from the first message and deltas from the previous', () => {
    const { messages } = generateSipFlow(voiceCall());
    messages.forEach((m, i) => {
      assert.equal(m.seq, i + 1);
      if (i === 0) return assert.equal(m.deltaSeconds, 0);
      const prev = messages[i - 1];
      assert.ok(m.offsetSeconds >= prev.offsetSeconds);
      assert.ok(Math.abs(m.deltaSeconds - (m.offsetSeconds - prev.offsetSeconds)) < 0.0015);
      assert.equal(Date.parse(m.at) - Date.parse(messages[0].at), Math.round(m.offsetSeconds * 1000));
    });
    assert.equal(new Set(messages.map((m) => m.id)).size, messages.length);
  });

  it('marks retransmissions, which repeat an earlier message byte for byte', () => {
    let seen = 0;
    for (let seed = 1; seed <= 30; seed++) {
      const { messages } = generateSipFlow(voiceCall({ seed, quality: 'poor' }));
      for (const m of messages.filter((x) => x.retransmission)) {
        seen++;
        const original = messages.find((x) => x.seq < m.seq && x.raw === m.raw && !x.retransmission);
        assert.ok(original, `retransmission #${m.seq} repeats an earlier message`);
        assert.ok(m.offsetSeconds - original.offsetSeconds >= 0.5 - 1e-9, 'after timer T1');
      }
    }
    assert.ok(seen > 5, 'poor networks retransmit now and then');
  });

  it('has no BYE while someone is still on the call', () => {
    const input = voiceCall({ participants: [{ name: 'Aria', kind: 'ai', external: false, joinOffsetSeconds: 0, leaveOffsetSeconds: null }] });
    const { messages } = generateSipFlow(input);
    assert.ok(!messages.some((m) => m.method === 'BYE'));
    assert.ok(messages.filter((m) => m.kind === 'rtcp').at(-1)!.offsetSeconds > 110, 'media still flows');
  });

  it('places the call the other way round for outbound calls', () => {
    const input = voiceCall({ direction: 'outbound', caller: '+12513254563', callee: '+14155550123' });
    const first = generateSipFlow(input).messages[0];
    assert.equal(first.srcIp, '172.31.11.62');
    assert.equal(first.dstIp, '172.31.11.64');
    const carrierInvite = generateSipFlow(input).messages.find((m) => m.method === 'INVITE' && m.dstIp === '50.19.12.248')!;
    assert.match(carrierInvite.raw, /^INVITE sip:\+14155550123@50\.19\.12\.248:5060 SIP\/2\.0/);
  });

  it('is deterministic for a seed and varies with it', () => {
    assert.deepEqual(generateSipFlow(voiceCall()), generateSipFlow(voiceCall()));
    assert.notDeepEqual(generateSipFlow(voiceCall()).messages[0].raw, generateSipFlow(voiceCall({ seed: 99 })).messages[0].raw);
  });
});
