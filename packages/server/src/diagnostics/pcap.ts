/**
 * Classic libpcap export of a flow (magic a1b2c3d4, microsecond timestamps, link type 1
 * Ethernet): every SIP message and RTCP packet as an Ethernet/IPv4/UDP frame with correct
 * lengths and IPv4/UDP checksums. RTCP is re-encoded to binary SR/RR + SDES from the
 * message's text form. Wireshark/tshark decode SIP on 5060 and follow the SDP to RTCP.
 */
import { encodeRtcp, parseRtcpText } from './rtcp-packet.js';
import type { FlowMessage, SipFlow } from './types.js';

const LINKTYPE_ETHERNET = 1;
const SNAPLEN = 65535;

export function writePcap(flow: SipFlow): Buffer {
  const parts: Buffer[] = [globalHeader()];
  flow.messages.forEach((m, i) => {
    const payload = m.kind === 'rtcp' ? encodeRtcp(parseRtcpText(m.raw)) : Buffer.from(m.raw, 'utf8');
    const frame = ethernetFrame(m, payload, i);
    const ms = Date.parse(m.at);
    const record = Buffer.alloc(16);
    record.writeUInt32LE(Math.floor(ms / 1000), 0);
    record.writeUInt32LE((ms % 1000) * 1000, 4);
    record.writeUInt32LE(frame.length, 8);
    record.writeUInt32LE(frame.length, 12);
    parts.push(record, frame);
  });
  return Buffer.concat(parts);
}

function globalHeader(): Buffer {
  const h = Buffer.alloc(24);
  h.writeUInt32LE(0xa1b2c3d4, 0);
  h.writeUInt16LE(2, 4);
  h.writeUInt16LE(4, 6);
  h.writeInt32LE(0, 8); // thiszone: UTC
  h.writeUInt32LE(0, 12); // sigfigs
  h.writeUInt32LE(SNAPLEN, 16);
  h.writeUInt32LE(LINKTYPE_ETHERNET, 20);
  return h;
}

function ipBytes(ip: string): number[] {
  const parts = ip.split('.').map(Number);
  if (parts.length !== 4 || parts.some((p) => !Number.isInteger(p) || p < 0 || p > 255)) throw new Error(`Not an IPv4 address: ${ip}`);
  return parts;
}

/** A stable, locally administered MAC per IP (02:00:a.b.c.d). */
function macFor(ip: string): number[] {
  return [0x02, 0x00, ...ipBytes(ip)];
}

function ethernetFrame(m: FlowMessage, payload: Buffer, index: number): Buffer {
  const udpLength = 8 + payload.length;
  const ipLength = 20 + udpLength;
  const frame = Buffer.alloc(14 + ipLength);
  Buffer.from([...macFor(m.dstIp), ...macFor(m.srcIp)]).copy(frame, 0);
  frame.writeUInt16BE(0x0800, 12);

  const ip = frame.subarray(14, 34);
  ip.writeUInt8(0x45, 0); // IPv4, 20-byte header
  ip.writeUInt8(m.kind === 'rtcp' ? 0xb8 : 0x60, 1); // DSCP EF for media, CS3 for signalling
  ip.writeUInt16BE(ipLength, 2);
  ip.writeUInt16BE((index + 1) & 0xffff, 4);
  ip.writeUInt16BE(0x4000, 6); // don't fragment
  ip.writeUInt8(64, 8);
  ip.writeUInt8(17, 9); // UDP
  Buffer.from(ipBytes(m.srcIp)).copy(ip, 12);
  Buffer.from(ipBytes(m.dstIp)).copy(ip, 16);
  ip.writeUInt16BE(ipv4Checksum(ip), 10);

  const udp = frame.subarray(34);
  udp.writeUInt16BE(m.srcPort, 0);
  udp.writeUInt16BE(m.dstPort, 2);
  udp.writeUInt16BE(udpLength, 4);
  payload.copy(udp, 8);
  udp.writeUInt16BE(udpChecksum(ip, udp), 6);
  return frame;
}

function onesComplementSum(data: Buffer, initial = 0): number {
  let sum = initial;
  for (let i = 0; i + 1 < data.length; i += 2) sum += data.readUInt16BE(i);
  if (data.length % 2) sum += data[data.length - 1] << 8;
  while (sum > 0xffff) sum = (sum & 0xffff) + (sum >>> 16);
  return sum;
}

/** RFC 791 header checksum (the checksum field must be zero while computing). */
export function ipv4Checksum(header: Buffer): number {
  return ~onesComplementSum(header) & 0xffff;
}

function udpChecksum(ip: Buffer, udp: Buffer): number {
  const pseudo = Buffer.alloc(12);
  ip.copy(pseudo, 0, 12, 20);
  pseudo.writeUInt8(17, 9);
  pseudo.writeUInt16BE(udp.length, 10);
  const sum = ~onesComplementSum(udp, onesComplementSum(pseudo)) & 0xffff;
  return sum === 0 ? 0xffff : sum;
}
