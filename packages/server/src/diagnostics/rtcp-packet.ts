/**
 * One RTCP compound packet (SR or RR with one report block, then SDES CNAME):
 * - its readable text form, which is what a flow message's `raw` holds, and the parser back;
 * - its binary form (RFC 3550 §6.4, §6.5) for PCAP export.
 * The text form carries every field, so a flow alone is enough to write a capture.
 */
import { ntpTimestamp } from './rtcp-reports.js';
import type { RtcpReport } from './types.js';

export interface RtcpPacket {
  type: 'SR' | 'RR';
  ssrc: number;
  ntpSeconds: number;
  ntpFraction: number;
  rtpTimestamp: number;
  packets: number;
  octets: number;
  block: {
    ssrc: number;
    fractionLost: number;
    cumulativeLost: number;
    highestSeqNo: number;
    jitter: number;
    lsr: number;
    dlsr: number;
  };
  cname: string;
}

export function rtcpPacketFromReport(r: RtcpReport): RtcpPacket {
  const [ntpSeconds, ntpFraction] = ntpTimestamp(Date.parse(r.sentAt));
  return {
    type: r.type,
    ssrc: r.ssrc,
    ntpSeconds,
    ntpFraction,
    rtpTimestamp: r.rtpTimestamp,
    packets: r.packets,
    octets: r.octets,
    block: {
      ssrc: r.sourceSsrc,
      fractionLost: r.fractionLost,
      cumulativeLost: r.cumulativeLost,
      highestSeqNo: r.highestSeqNo,
      jitter: r.jitter,
      lsr: r.lsr,
      dlsr: r.dlsr,
    },
    cname: r.cname,
  };
}

const hex32 = (n: number): string => `0x${(n >>> 0).toString(16).padStart(8, '0')}`;

export function formatRtcpText(p: RtcpPacket): string {
  const b = p.block;
  const lines = [p.type === 'SR' ? 'RTCP Sender Report (SR)' : 'RTCP Receiver Report (RR)', `SSRC: ${hex32(p.ssrc)}`];
  if (p.type === 'SR') {
    lines.push(
      `NTP-Timestamp: ${hex32(p.ntpSeconds)}.${hex32(p.ntpFraction)}`,
      `RTP-Timestamp: ${p.rtpTimestamp}`,
      `Sender-Packet-Count: ${p.packets}`,
      `Sender-Octet-Count: ${p.octets}`,
    );
  }
  lines.push(
    `Report-Block: ssrc=${hex32(b.ssrc)} fraction-lost=${b.fractionLost}/256 cumulative-lost=${b.cumulativeLost} ` +
      `highest-seq=${b.highestSeqNo} jitter=${b.jitter} lsr=${hex32(b.lsr)} dlsr=${hex32(b.dlsr)}`,
    `SDES-CNAME: ${p.cname}`,
  );
  return lines.join('\r\n') + '\r\n';
}

export function parseRtcpText(text: string): RtcpPacket {
  const field = (name: string): string => {
    const m = new RegExp(`^${name}: (.*)$`, 'm').exec(text);
    if (!m) throw new Error(`RTCP text lacks ${name}`);
    return m[1].trim();
  };
  const type = text.startsWith('RTCP Sender Report') ? 'SR' : 'RR';
  const block = field('Report-Block');
  const kv = (key: string): number => {
    const m = new RegExp(`(?:^| )${key}=(0x[0-9a-f]+|-?\\d+)`).exec(block);
    if (!m) throw new Error(`RTCP report block lacks ${key}`);
    return Number(m[1]);
  };
  const [ntpSeconds, ntpFraction] = type === 'SR' ? field('NTP-Timestamp').split('.').map(Number) : [0, 0];
  return {
    type,
    ssrc: Number(field('SSRC')),
    ntpSeconds,
    ntpFraction,
    rtpTimestamp: type === 'SR' ? Number(field('RTP-Timestamp')) : 0,
    packets: type === 'SR' ? Number(field('Sender-Packet-Count')) : 0,
    octets: type === 'SR' ? Number(field('Sender-Octet-Count')) : 0,
    block: {
      ssrc: kv('ssrc'),
      fractionLost: kv('fraction-lost'),
      cumulativeLost: kv('cumulative-lost'),
      highestSeqNo: kv('highest-seq'),
      jitter: kv('jitter'),
      lsr: kv('lsr'),
      dlsr: kv('dlsr'),
    },
    cname: field('SDES-CNAME'),
  };
}

/** The compound packet as it goes on the wire: SR or RR (RC = 1), then SDES with CNAME. */
export function encodeRtcp(p: RtcpPacket): Buffer {
  const report = Buffer.alloc(p.type === 'SR' ? 52 : 32);
  report.writeUInt8(0x81, 0); // V=2, P=0, RC=1
  report.writeUInt8(p.type === 'SR' ? 200 : 201, 1);
  report.writeUInt16BE(report.length / 4 - 1, 2);
  report.writeUInt32BE(p.ssrc >>> 0, 4);
  let o = 8;
  if (p.type === 'SR') {
    report.writeUInt32BE(p.ntpSeconds >>> 0, 8);
    report.writeUInt32BE(p.ntpFraction >>> 0, 12);
    report.writeUInt32BE(p.rtpTimestamp >>> 0, 16);
    report.writeUInt32BE(p.packets >>> 0, 20);
    report.writeUInt32BE(p.octets >>> 0, 24);
    o = 28;
  }
  const b = p.block;
  report.writeUInt32BE(b.ssrc >>> 0, o);
  report.writeUInt8(b.fractionLost & 0xff, o + 4);
  report.writeUIntBE(b.cumulativeLost & 0xffffff, o + 5, 3); // 24-bit two's complement
  report.writeUInt32BE(b.highestSeqNo >>> 0, o + 8);
  report.writeUInt32BE(b.jitter >>> 0, o + 12);
  report.writeUInt32BE(b.lsr >>> 0, o + 16);
  report.writeUInt32BE(b.dlsr >>> 0, o + 20);

  const cname = Buffer.from(p.cname, 'utf8').subarray(0, 255);
  const chunkLength = 4 + 2 + cname.length + 1; // SSRC, type+len, text, END
  const sdes = Buffer.alloc(4 + Math.ceil(chunkLength / 4) * 4);
  sdes.writeUInt8(0x81, 0); // V=2, SC=1
  sdes.writeUInt8(202, 1);
  sdes.writeUInt16BE(sdes.length / 4 - 1, 2);
  sdes.writeUInt32BE(p.ssrc >>> 0, 4);
  sdes.writeUInt8(1, 8); // CNAME
  sdes.writeUInt8(cname.length, 9);
  cname.copy(sdes, 10);
  return Buffer.concat([report, sdes]);
}
