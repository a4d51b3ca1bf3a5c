import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { generateSipFlow, writePcap, writeTextDump, type SipFlow } from '../../src/diagnostics/index.js';
import { voiceCall } from './fixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'ck-pcap-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function tshark(flow: SipFlow, name: string, fields: string[], extra: string[] = []): string[][] {
  const file = join(dir, `${name}.pcap`);
  writeFileSync(file, writePcap(flow));
  const out = execFileSync('tshark', ['-r', file, '-T', 'fields', ...fields.flatMap((f) => ['-e', f]), ...extra], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  return out.trimEnd().split('\n').map((line) => line.split('\t'));
}

/** Frames as [ipHeader, udp segment] read straight from the file. */
function frames(pcap: Buffer): { ts: number; ip: Buffer; udp: Buffer }[] {
  const out = [];
  for (let o = 24; o < pcap.length; ) {
    const ts = pcap.readUInt32LE(o) * 1000 + pcap.readUInt32LE(o + 4) / 1000;
    const len = pcap.readUInt32LE(o + 8);
    assert.equal(pcap.readUInt32LE(o + 12), len, 'captured whole frames');
    const frame = pcap.subarray(o + 16, o + 16 + len);
    assert.equal(frame.readUInt16BE(12), 0x0800);
    out.push({ ts, ip: frame.subarray(14, 34), udp: frame.subarray(34) });
    o += 16 + len;
  }
  return out;
}

describe('writePcap', () => {
  for (const outcome of ['completed', 'cancelled_487', 'busy_486', 'unavailable_503'] as const) {
    it(`tshark reads back every message of a ${outcome} call`, () => {
      const flow = generateSipFlow(voiceCall({ outcome, durationSeconds: outcome.endsWith('_487') || outcome.endsWith('_486') || outcome.endsWith('_503') ? 6 : 120 }));
      const rows = tshark(flow, outcome, ['ip.src', 'ip.dst', 'sip.Method', 'sip.Status-Code', 'sip.Call-ID', 'rtcp.pt']);
      assert.equal(rows.length, flow.messages.length);
      flow.messages.forEach((m, i) => {
        const [src, dst, method, status, callId, rtcpPt] = rows[i];
        assert.equal(src, m.srcIp, `#${m.seq} src`);
        assert.equal(dst, m.dstIp, `#${m.seq} dst`);
        if (m.kind === 'request') assert.equal(method, m.method, `#${m.seq} method`);
        else assert.equal(method, '', `#${m.seq} has no request line`);
        assert.equal(status, m.kind === 'response' ? String(m.statusCode) : '', `#${m.seq} status`);
        if (m.kind === 'rtcp') {
          assert.equal(rtcpPt.split(',')[0], m.raw.startsWith('RTCP Sender') ? '200' : '201', `#${m.seq} decoded as RTCP SR/RR`);
          assert.equal(callId, '');
        } else {
          assert.equal(callId, m.callId);
        }
      });
    });
  }

  it('writes a classic libpcap header and frames with correct lengths and checksums', () => {
    const flow = generateSipFlow(voiceCall());
    const pcap = writePcap(flow);
    assert.equal(pcap.readUInt32LE(0), 0xa1b2c3d4);
    assert.deepEqual([pcap.readUInt16LE(4), pcap.readUInt16LE(6)], [2, 4]);
    assert.equal(pcap.readUInt32LE(20), 1, 'link type Ethernet');
    const list = frames(pcap);
    assert.equal(list.length, flow.messages.length);
    list.forEach(({ ts, ip, udp }, i) => {
      const m = flow.messages[i];
      assert.equal(ts, Date.parse(m.at));
      assert.equal(ip.readUInt16BE(2), 20 + udp.length, 'IPv4 total length');
      assert.equal(udp.readUInt16BE(4), udp.length, 'UDP length');
      // A valid IPv4 header sums to 0xffff in ones' complement.
      let sum = 0;
      for (let k = 0; k < 20; k += 2) sum += ip.readUInt16BE(k);
      while (sum > 0xffff) sum = (sum & 0xffff) + (sum >>> 16);
      assert.equal(sum, 0xffff, `IPv4 checksum of frame ${i + 1}`);
      assert.deepEqual([udp.readUInt16BE(0), udp.readUInt16BE(2)], [m.srcPort, m.dstPort]);
      if (m.kind !== 'rtcp') assert.equal(udp.subarray(8).toString('utf8'), m.raw);
    });
  });

  it('encodes RTCP as real SR/RR + SDES that tshark decodes with the report values', () => {
    const flow = generateSipFlow(voiceCall({ quality: 'one_way' }));
    const rows = tshark(flow, 'rtcp', ['rtcp.pt', 'rtcp.senderssrc', 'rtcp.sender.packetcount', 'rtcp.ssrc.jitter', 'rtcp.ssrc.high_seq', 'rtcp.sdes.text'], ['-Y', 'rtcp']);
    const rtcp = flow.messages.filter((m) => m.kind === 'rtcp');
    assert.equal(rows.length, rtcp.length);
    assert.ok(rows.some((r) => r[0].startsWith('201')), 'one-way audio leaves receiver-only reports');
    rows.forEach(([pt, ssrc, packets, jitter, highSeq, cname], i) => {
      const raw = rtcp[i].raw;
      assert.equal(pt.split(',')[0], raw.startsWith('RTCP Sender') ? '200' : '201');
      assert.equal(Number(ssrc), Number(/^SSRC: (0x[0-9a-f]+)/m.exec(raw)![1]));
      if (packets) assert.equal(packets, /Sender-Packet-Count: (\d+)/.exec(raw)![1]);
      assert.equal(jitter, / jitter=(\d+)/.exec(raw)![1]);
      assert.equal(Number(highSeq), Number(/highest-seq=(\d+)/.exec(raw)![1]) % 65536, 'sequence number (low 16 bits)');
      assert.equal(cname, /SDES-CNAME: (.*)\r\n/.exec(raw)![1]);
    });
  });
});

describe('writeTextDump', () => {
  it('lists every message with time, offset, addresses and label, then the raw text', () => {
    const flow = generateSipFlow(voiceCall());
    const text = writeTextDump(flow);
    assert.ok(text.includes('# endpoint 50.19.12.248:5060 Carrier SBC'));
    const headers = text.split('\n').filter((l) => /^\[\d+\] /.test(l));
    assert.equal(headers.length, flow.messages.length);
    assert.equal(headers[0], '[1] 2026-11-25 12:30:00.000 +00:00 +0.000s 50.19.12.248:5060 -> 172.31.11.64:5060 INVITE');
    assert.ok(headers.some((h) => / RTCP$/.test(h)));
    assert.ok(text.includes('\nINVITE sip:+12513254563@172.31.11.64:5060 SIP/2.0\nVia: SIP/2.0/UDP 50.19.12.248:5060;branch=z9hG4bK'));
    assert.ok(!text.includes('\r'));
  });
});
