/**
 * QoS view of RTCP reports: one connection per reporting direction (src → dst, SSRC),
 * its report series and min/avg/max of each metric. Packets, octets and highest sequence
 * number are cumulative as RTCP carries them; packets lost is per report interval (the growth
 * of the cumulative count — the one meaning the Agents tab uses too); jitter is converted to
 * milliseconds; MOS comes from the E-model per report.
 */
import { eModelMos, MOS_METHOD } from './e-model.js';
import type { MinMaxAvg, QosConnection, QosResult, QosSeriesPoint, RtcpReport } from './types.js';

const CLOCK_RATE = 8000;

export function jitterMs(report: RtcpReport): number {
  return round(report.jitter / (CLOCK_RATE / 1000), 3);
}

export function lossPercent(report: RtcpReport): number {
  return (report.fractionLost / 256) * 100;
}

export function reportMos(report: RtcpReport): number {
  return eModelMos({ jitterMs: jitterMs(report), lossPercent: lossPercent(report), latencyMs: report.roundTripMs / 2, codec: report.codec });
}

export function qosFromReports(reports: RtcpReport[]): QosResult {
  const byConnection = new Map<string, RtcpReport[]>();
  for (const r of reports) {
    const list = byConnection.get(r.connectionId);
    if (list) list.push(r);
    else byConnection.set(r.connectionId, [r]);
  }
  const connections: QosConnection[] = [...byConnection].map(([id, list]) => {
    const sorted = [...list].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
    const lost = lostPerInterval(sorted);
    const series: QosSeriesPoint[] = sorted.map((r) => ({
      at: r.at,
      packets: r.packets,
      octets: r.octets,
      highestSeqNo: r.highestSeqNo,
      jitter: jitterMs(r),
      lsr: r.lsr,
      mos: reportMos(r),
      packetsLost: lost.get(r) ?? 0,
    }));
    const stat = (key: keyof Omit<QosSeriesPoint, 'at'>): MinMaxAvg => minMaxAvg(series.map((p) => p[key]));
    const first = sorted[0];
    return {
      id,
      srcIp: first.srcIp,
      srcPort: first.srcPort,
      dstIp: first.dstIp,
      dstPort: first.dstPort,
      ssrc: first.ssrc,
      reports: series.length,
      stats: {
        packets: stat('packets'),
        octets: stat('octets'),
        highestSeqNo: stat('highestSeqNo'),
        jitter: stat('jitter'),
        lsr: stat('lsr'),
        mos: stat('mos'),
        packetsLost: stat('packetsLost'),
      },
      series,
    };
  });
  return { connections, mosMethod: MOS_METHOD };
}

/** Packets lost since the previous report of the same connection (RTCP carries a cumulative count). */
export function lostPerInterval(reports: readonly RtcpReport[]): Map<RtcpReport, number> {
  const last = new Map<string, number>();
  const out = new Map<RtcpReport, number>();
  for (const r of [...reports].sort((a, b) => Date.parse(a.at) - Date.parse(b.at))) {
    out.set(r, Math.max(0, r.cumulativeLost - (last.get(r.connectionId) ?? 0)));
    last.set(r.connectionId, r.cumulativeLost);
  }
  return out;
}

/** min / avg / max with the average rounded to 2 decimals. Callers pass a non-empty list. */
export function minMaxAvg(values: number[]): MinMaxAvg {
  let min = Infinity;
  let max = -Infinity;
  let sum = 0;
  for (const v of values) {
    if (v < min) min = v;
    if (v > max) max = v;
    sum += v;
  }
  return { min, avg: round(sum / values.length, 2), max };
}

function round(n: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}
