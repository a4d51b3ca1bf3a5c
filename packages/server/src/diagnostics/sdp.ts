import type { AudioCodec, SdpDirection, SdpMedia } from './types.js';

/** Static RTP payload types for the codecs we offer, plus RFC 4733 DTMF on 101. */
const PAYLOAD_TYPES: Record<AudioCodec, number> = { PCMU: 0, PCMA: 8, G729: 18 };
const TELEPHONE_EVENT_PT = 101;

export interface SdpSpec {
  /** Host name in o= and s= (owner), e.g. "ck-media". */
  owner: string;
  sessionId: number;
  version: number;
  address: string;
  port: number;
  /** Offer: several codecs in preference order; answer: exactly one. */
  codecs: AudioCodec[];
  direction: SdpDirection;
}

/** An SDP body with CRLF line ends, as it goes on the wire. */
export function buildSdp(spec: SdpSpec): string {
  const pts = [...spec.codecs.map((c) => PAYLOAD_TYPES[c]), TELEPHONE_EVENT_PT];
  const lines = [
    'v=0',
    `o=${spec.owner} ${spec.sessionId} ${spec.version} IN IP4 ${spec.address}`,
    `s=${spec.owner}`,
    `c=IN IP4 ${spec.address}`,
    't=0 0',
    `m=audio ${spec.port} RTP/AVP ${pts.join(' ')}`,
    ...spec.codecs.map((c) => `a=rtpmap:${PAYLOAD_TYPES[c]} ${c}/8000`),
    `a=rtpmap:${TELEPHONE_EVENT_PT} telephone-event/8000`,
    `a=fmtp:${TELEPHONE_EVENT_PT} 0-16`,
    'a=ptime:20',
    `a=${spec.direction}`,
  ];
  return lines.join('\r\n') + '\r\n';
}

const STATIC_NAMES: Record<number, string> = { 0: 'PCMU', 3: 'GSM', 4: 'G723', 8: 'PCMA', 9: 'G722', 18: 'G729' };
const DIRECTIONS: SdpDirection[] = ['sendrecv', 'sendonly', 'recvonly', 'inactive'];

/**
 * Parses the media sections of an SDP body. `codec` is the first payload type's name
 * (the preferred / negotiated codec); direction defaults to sendrecv (RFC 4566).
 */
export function parseSdp(body: string): { media: SdpMedia[] } {
  const media: SdpMedia[] = [];
  let sessionAddress = '';
  let sessionDirection: SdpDirection = 'sendrecv';
  let current: (SdpMedia & { pts: string[]; names: Map<string, string> }) | null = null;
  const finish = (): void => {
    if (!current) return;
    const first = current.pts[0] ?? '';
    const name = current.names.get(first) ?? STATIC_NAMES[Number(first)] ?? first;
    media.push({ type: current.type, port: current.port, codec: name, address: current.address || sessionAddress, direction: current.direction });
    current = null;
  };
  for (const line of body.split(/\r?\n/)) {
    const [key, value] = [line.slice(0, 2), line.slice(2)];
    if (key === 'm=') {
      finish();
      const [type = '', port = '0', , ...pts] = value.split(' ');
      current = { type, port: Number(port), codec: '', address: '', direction: sessionDirection, pts, names: new Map() };
    } else if (key === 'c=') {
      const address = value.split(' ')[2] ?? '';
      if (current) current.address = address;
      else sessionAddress = address;
    } else if (key === 'a=') {
      const rtpmap = /^rtpmap:(\d+) ([^/]+)/.exec(value);
      if (rtpmap && current) current.names.set(rtpmap[1], rtpmap[2]);
      const dir = DIRECTIONS.find((d) => d === value);
      if (dir) {
        if (current) current.direction = dir;
        else sessionDirection = dir;
      }
    }
  }
  finish();
  return { media };
}
