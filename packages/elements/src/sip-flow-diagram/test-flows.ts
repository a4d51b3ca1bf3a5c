/**
 * Test and benchmark support (not exported from the package): small hand-written flows for the
 * `.flow` data property, and a large synthetic call for the virtualization budget.
 */
import type { SipFlow, SipMessage } from '@conversations-kit/sdk';

const REASONS: Record<number, string> = { 100: 'Trying', 180: 'Ringing', 200: 'OK', 202: 'Accepted', 486: 'Busy Here', 487: 'Request Terminated', 503: 'Service Unavailable' };

interface Spec {
  /** "INVITE", or a status code. */
  what: string | number;
  /** For responses: the method answered. */
  method?: string;
  from: string;
  to: string;
  ms: number;
  dialog?: string;
  sdp?: boolean;
  retransmission?: boolean;
  rtcp?: boolean;
}

/** Builds a flow from compact specs: addresses "ip:port", times in ms from the start. */
export function buildFlow(specs: Spec[], start = Date.UTC(2024, 3, 15, 9, 59, 37, 679)): SipFlow {
  const endpoints = new Map<string, { id: string; ip: string; port: number; label: string | null }>();
  let previous = 0;
  const messages: SipMessage[] = specs.map((s, i) => {
    const [srcIp, srcPort] = s.from.split(':');
    const [dstIp, dstPort] = s.to.split(':');
    for (const [ip, port] of [[srcIp, srcPort], [dstIp, dstPort]]) {
      if (!s.rtcp && !endpoints.has(ip)) endpoints.set(ip, { id: `e${endpoints.size + 1}`, ip, port: Number(port), label: null });
    }
    const response = typeof s.what === 'number';
    const kind = s.rtcp ? 'rtcp' : response ? 'response' : 'request';
    const method = s.rtcp ? null : response ? (s.method ?? 'INVITE') : String(s.what);
    const statusCode = response ? (s.what as number) : null;
    const reasonPhrase = response ? (REASONS[s.what as number] ?? '') : null;
    const label = s.rtcp ? 'RTCP' : response ? `${statusCode} (${reasonPhrase})` : String(s.what);
    const sdpBody = s.sdp ? `v=0\r\no=- 1 1 IN IP4 ${srcIp}\r\ns=-\r\nc=IN IP4 ${srcIp}\r\nt=0 0\r\nm=audio 4000${i} RTP/AVP 0 101\r\na=rtpmap:0 PCMU/8000\r\na=sendrecv\r\n` : '';
    const startLine = s.rtcp ? 'RTCP Sender Report (SR)' : response ? `SIP/2.0 ${statusCode} ${reasonPhrase}` : `${s.what} sip:+18005550100@${dstIp}:${dstPort} SIP/2.0`;
    const headers = s.rtcp
      ? ['SSRC: 0x0000abcd']
      : [`Via: SIP/2.0/UDP ${srcIp}:${srcPort};branch=z9hG4bK${i}`, `Call-ID: call-${s.dialog ?? 'a'}@test`, `CSeq: ${i + 1} ${method}`, ...(s.sdp ? ['Content-Type: application/sdp'] : []), `Content-Length: ${sdpBody.length}`];
    const message: SipMessage = {
      id: `msg_${String(i + 1).padStart(5, '0')}`,
      seq: i + 1,
      kind,
      method,
      statusCode,
      reasonPhrase,
      label,
      srcIp,
      srcPort: Number(srcPort),
      dstIp,
      dstPort: Number(dstPort),
      at: new Date(start + s.ms).toISOString(),
      offsetSeconds: s.ms / 1000,
      deltaSeconds: (s.ms - previous) / 1000,
      callId: `call-${s.dialog ?? 'a'}@test`,
      dialogId: s.dialog ?? 'a',
      raw: [startLine, ...headers].join('\r\n') + '\r\n\r\n' + sdpBody,
      sdp: s.sdp ? { media: [{ type: 'audio', port: 40000 + i, codec: 'PCMU', address: srcIp, direction: 'sendrecv' }] } : null,
      retransmission: s.retransmission ?? false,
    };
    previous = s.ms;
    return message;
  });
  return { endpoints: [...endpoints.values()], messages };
}

const A = '50.19.12.248:5060';
const B = '172.31.11.64:5060';
const C = '172.31.11.62:5060';
const D = '198.51.100.20:5060';

/** Caller → proxy → media server, rejected with `code` (486 / 503), or cancelled (487). */
export function failedCallFlow(code: 486 | 487 | 503): SipFlow {
  const setup: Spec[] = [
    { what: 'INVITE', from: A, to: B, ms: 0, dialog: 'customer', sdp: true },
    { what: 100, from: B, to: A, ms: 20, dialog: 'customer' },
    { what: 'INVITE', from: B, to: C, ms: 30, dialog: 'media', sdp: true },
    { what: 100, from: C, to: B, ms: 35, dialog: 'media' },
  ];
  if (code === 487) {
    return buildFlow([
      ...setup,
      { what: 'CANCEL', from: A, to: B, ms: 4000, dialog: 'customer' },
      { what: 200, method: 'CANCEL', from: B, to: A, ms: 4020, dialog: 'customer' },
      { what: 487, from: B, to: A, ms: 4040, dialog: 'customer' },
      { what: 'ACK', from: A, to: B, ms: 4060, dialog: 'customer' },
    ]);
  }
  return buildFlow([
    ...setup,
    { what: code, from: C, to: B, ms: 400, dialog: 'media' },
    { what: 'ACK', from: B, to: C, ms: 405, dialog: 'media' },
    { what: code, from: B, to: A, ms: 420, dialog: 'customer' },
    { what: code, from: B, to: A, ms: 920, dialog: 'customer', retransmission: true },
    { what: 'ACK', from: A, to: B, ms: 940, dialog: 'customer' },
  ]);
}

/** An answered call that the media server transfers to an external agent (REFER / 202 / NOTIFY). */
export function transferFlow(): SipFlow {
  return buildFlow([
    { what: 'INVITE', from: A, to: B, ms: 0, dialog: 'customer', sdp: true },
    { what: 200, from: B, to: A, ms: 600, dialog: 'customer', sdp: true },
    { what: 'ACK', from: A, to: B, ms: 620, dialog: 'customer' },
    { what: 'RTCP', from: '172.31.11.64:40001', to: '50.19.12.248:16385', ms: 3000, dialog: 'customer', rtcp: true },
    { what: 'REFER', from: C, to: B, ms: 30000, dialog: 'media' },
    { what: 202, method: 'REFER', from: B, to: C, ms: 30002, dialog: 'media' },
    { what: 'NOTIFY', from: B, to: C, ms: 30005, dialog: 'media' },
    { what: 'INVITE', from: B, to: D, ms: 30100, dialog: 'agent-1', sdp: true },
    { what: 200, from: D, to: B, ms: 32000, dialog: 'agent-1', sdp: true },
    { what: 'ACK', from: B, to: D, ms: 32005, dialog: 'agent-1' },
    { what: 'BYE', from: C, to: B, ms: 32300, dialog: 'media' },
    { what: 200, method: 'BYE', from: B, to: C, ms: 32302, dialog: 'media' },
  ]);
}

/**
 * A long call with `count` messages: SIP set-up and tear-down across six endpoints and RTCP every
 * few seconds on three legs in both directions — the shape of a two-hour conference call.
 */
export function largeFlow(count = 5000): SipFlow {
  const hosts = ['50.19.12.248', '172.31.11.64', '172.31.11.62', '172.31.20.11', '172.31.20.12', '198.51.100.20'];
  const legs: [number, number][] = [[0, 1], [1, 2], [1, 3], [1, 4], [1, 5]];
  const specs: Spec[] = [];
  let ms = 0;
  for (const [a, b] of legs) {
    specs.push({ what: 'INVITE', from: `${hosts[a]}:5060`, to: `${hosts[b]}:5060`, ms: (ms += 15), dialog: `leg-${a}-${b}`, sdp: true });
    specs.push({ what: 100, from: `${hosts[b]}:5060`, to: `${hosts[a]}:5060`, ms: (ms += 5), dialog: `leg-${a}-${b}` });
    specs.push({ what: 200, from: `${hosts[b]}:5060`, to: `${hosts[a]}:5060`, ms: (ms += 400), dialog: `leg-${a}-${b}`, sdp: true });
    specs.push({ what: 'ACK', from: `${hosts[a]}:5060`, to: `${hosts[b]}:5060`, ms: (ms += 10), dialog: `leg-${a}-${b}` });
  }
  let i = 0;
  while (specs.length < count - legs.length * 2) {
    const [a, b] = legs[i % legs.length];
    const forward = Math.floor(i / legs.length) % 2 === 0;
    specs.push({ what: 'RTCP', from: `${hosts[forward ? a : b]}:${20001 + a * 2}`, to: `${hosts[forward ? b : a]}:${30001 + b * 2}`, ms: (ms += 450 + (i % 7) * 40), dialog: `leg-${a}-${b}`, rtcp: true });
    i++;
  }
  for (const [a, b] of legs) {
    specs.push({ what: 'BYE', from: `${hosts[b]}:5060`, to: `${hosts[a]}:5060`, ms: (ms += 20), dialog: `leg-${a}-${b}` });
    specs.push({ what: 200, method: 'BYE', from: `${hosts[a]}:5060`, to: `${hosts[b]}:5060`, ms: (ms += 5), dialog: `leg-${a}-${b}` });
  }
  return buildFlow(specs);
}
