import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  generateRtcpReports,
  generateSipFlow,
  MOS_METHOD,
  mosBand,
  qosFromReports,
  type RtcpReport,
  type VoiceCallQuality,
} from '../../src/diagnostics/index.js';
import { voiceCall } from './fixtures.js';

const ntpMiddle = (iso: string): number => {
  const ms = Date.parse(iso);
  const sec = Math.floor(ms / 1000) + 2208988800;
  const frac = Math.floor(((ms % 1000) / 1000) * 2 ** 32);
  return (((sec & 0xffff) << 16) | (frac >>> 16)) >>> 0;
};

function byConnection(reports: RtcpReport[]): Map<string, RtcpReport[]> {
  const map = new Map<string, RtcpReport[]>();
  for (const r of reports) map.set(r.connectionId, [...(map.get(r.connectionId) ?? []), r]);
  return map;
}

describe('generateRtcpReports', () => {
  it('reports both directions of every leg, every ~5 s, with growing counters', () => {
    const reports = generateRtcpReports(voiceCall());
    const connections = byConnection(reports);
    assert.deepEqual([...connections.keys()].sort(), [
      'agent-1:agent-1->proxy',
      'agent-1:proxy->agent-1',
      'customer:carrier->proxy',
      'customer:proxy->carrier',
      'media:media->proxy',
      'media:proxy->media',
    ]);
    for (const list of connections.values()) {
      for (let i = 1; i < list.length; i++) {
        const [a, b] = [list[i - 1], list[i]];
        const gap = (Date.parse(b.at) - Date.parse(a.at)) / 1000;
        assert.ok(gap >= 4.5 && gap <= 5.5, `interval ${gap}`);
        assert.ok(b.packets >= a.packets && b.highestSeqNo >= a.highestSeqNo && b.cumulativeLost >= a.cumulativeLost);
        assert.equal(b.octets, b.packets * 160);
        assert.equal(b.type, 'SR');
      }
    }
  });

  it('keeps the customer silent on hold: no packets from the carrier during the hold', () => {
    const reports = generateRtcpReports(voiceCall()).filter((r) => r.connectionId === 'customer:carrier->proxy');
    const during = reports.filter((r) => r.offsetSeconds > 56 && r.offsetSeconds < 75);
    assert.ok(during.length >= 2);
    assert.equal(during[0].packets, during.at(-1)!.packets);
    const before = reports.filter((r) => r.offsetSeconds < 50);
    assert.ok(before.at(-1)!.packets > before[0].packets);
  });

  it('echoes the peer\'s last sender report in LSR, with DLSR in 1/65536 s', () => {
    const reports = generateRtcpReports(voiceCall());
    const withLsr = reports.filter((r) => r.lsr !== 0);
    assert.ok(withLsr.length > 10);
    for (const r of withLsr) {
      const peer = reports.find((p) => p.legId === r.legId && p.ssrc === r.sourceSsrc && ntpMiddle(p.sentAt) === r.lsr);
      assert.ok(peer, `LSR of ${r.connectionId} at ${r.offsetSeconds}`);
      const sinceMs = Date.parse(r.sentAt) - Date.parse(peer.sentAt);
      assert.ok(r.dlsr > 0 && (r.dlsr / 65536) * 1000 <= sinceMs);
    }
  });

  it('follows the quality profile', () => {
    assert.deepEqual(generateRtcpReports(voiceCall({ quality: 'no_rtcp' })), []);
    assert.equal(generateRtcpReports(voiceCall({ quality: 'single_report' })).length, 1);
    const oneWay = generateRtcpReports(voiceCall({ quality: 'one_way' })).filter((r) => r.legId === 'customer');
    assert.ok(oneWay.length > 5);
    assert.ok(oneWay.every((r) => r.connectionId === 'customer:proxy->carrier' && r.type === 'RR' && r.packets === 0));
    const jitter = (q: VoiceCallQuality): number => Math.max(...generateRtcpReports(voiceCall({ quality: q })).filter((r) => r.legId === 'customer').map((r) => r.jitter / 8));
    assert.ok(jitter('good') < 5 && jitter('poor') > 30);
    const lost = (q: VoiceCallQuality): number => Math.max(...generateRtcpReports(voiceCall({ quality: q })).map((r) => r.cumulativeLost));
    assert.ok(lost('poor') > 10 * Math.max(1, lost('good')));
  });

  it('has no media, so no reports, when the call is not answered', () => {
    for (const outcome of ['busy_486', 'cancelled_487', 'unavailable_503'] as const) {
      assert.deepEqual(generateRtcpReports(voiceCall({ outcome, durationSeconds: 5 })), []);
    }
  });

  it('matches the RTCP messages of the SIP flow one for one', () => {
    const input = voiceCall();
    const reports = generateRtcpReports(input);
    const rtcp = generateSipFlow(input).messages.filter((m) => m.kind === 'rtcp');
    assert.equal(rtcp.length, reports.length);
    rtcp.forEach((m, i) => {
      assert.equal(m.at, reports[i].at);
      assert.equal(m.srcPort, reports[i].srcPort);
      assert.ok(m.raw.includes(`Sender-Packet-Count: ${reports[i].packets}\r\n`));
    });
  });
});

describe('qosFromReports', () => {
  it('summarises each connection with series and min/avg/max', () => {
    const qos = qosFromReports(generateRtcpReports(voiceCall()));
    assert.equal(qos.mosMethod, MOS_METHOD);
    assert.equal(qos.connections.length, 6);
    for (const c of qos.connections) {
      assert.equal(c.reports, c.series.length);
      for (const key of ['packets', 'octets', 'highestSeqNo', 'jitter', 'lsr', 'mos', 'packetsLost'] as const) {
        const values = c.series.map((p) => p[key]);
        const { min, avg, max } = c.stats[key];
        assert.equal(min, Math.min(...values));
        assert.equal(max, Math.max(...values));
        assert.ok(avg >= min - 0.005 && avg <= max + 0.005);
      }
      assert.ok(c.srcPort % 2 === 1 && c.dstPort % 2 === 1, 'RTCP on odd ports');
    }
  });

  for (const [quality, band] of [['good', 'good'], ['fair', 'fair'], ['poor', 'poor']] as const) {
    it(`puts a ${quality} customer leg in the ${band} MOS band for any seed`, () => {
      for (let seed = 1; seed <= 25; seed++) {
        const qos = qosFromReports(generateRtcpReports(voiceCall({ seed, quality })));
        const customer = qos.connections.filter((c) => c.id.startsWith('customer:'));
        assert.equal(customer.length, 2);
        for (const c of customer) for (const p of c.series) assert.equal(mosBand(p.mos), band, `seed ${seed} ${c.id} MOS ${p.mos}`);
      }
    });
  }

  it('keeps the internal proxy ↔ media server leg clean even on a poor call', () => {
    const qos = qosFromReports(generateRtcpReports(voiceCall({ quality: 'poor' })));
    const media = qos.connections.filter((c) => c.id.startsWith('media:'));
    assert.ok(media.every((c) => c.stats.mos.min >= 4.3 && c.stats.jitter.max <= 1.5));
  });

  it('handles no reports and a single report', () => {
    assert.deepEqual(qosFromReports([]).connections, []);
    const [only] = qosFromReports(generateRtcpReports(voiceCall({ quality: 'single_report' }))).connections;
    assert.equal(only.reports, 1);
    assert.equal(only.stats.mos.min, only.stats.mos.max);
    assert.equal(only.stats.mos.avg, only.stats.mos.min);
  });
});
