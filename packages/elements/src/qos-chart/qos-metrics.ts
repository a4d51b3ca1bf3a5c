import type { QosConnection, QosReport } from '@conversations-kit/sdk';

/** The spec's QoS metrics, in its order. */
export const QOS_METRICS = ['packets', 'octets', 'highestSeqNo', 'jitter', 'lsr', 'mos', 'packetsLost'] as const;
export type QosMetric = (typeof QOS_METRICS)[number];

/** Decimals shown per metric: MOS and jitter carry fractions; counters are whole numbers (their averages get 2). */
export const METRIC_DIGITS: Record<QosMetric, number> = { packets: 0, octets: 0, highestSeqNo: 0, jitter: 2, lsr: 0, mos: 2, packetsLost: 0 };

export const connectionName = (c: Pick<QosConnection, 'srcIp' | 'srcPort' | 'dstIp' | 'dstPort'>): string =>
  `${c.srcIp}:${c.srcPort} → ${c.dstIp}:${c.dstPort}`;

export type QosSituation =
  | { kind: 'none' }
  | { kind: 'single' }
  | { kind: 'one-way'; from: string; to: string }
  | { kind: 'ok' };

/**
 * What the report says about media as a whole: nothing at all, a single report, or reports in one
 * direction only between two hosts (one-way audio: NAT, firewall, wrong SDP address).
 */
export function qosSituation(report: Pick<QosReport, 'connections'>): QosSituation {
  const connections = report.connections.filter((c) => c.reports > 0 || c.series.length > 0);
  if (!connections.length) return { kind: 'none' };
  const total = connections.reduce((n, c) => n + Math.max(c.reports, c.series.length), 0);
  if (total === 1) return { kind: 'single' };
  for (const c of connections) {
    const reverse = connections.some((o) => o.srcIp === c.dstIp && o.dstIp === c.srcIp);
    if (!reverse) return { kind: 'one-way', from: c.srcIp, to: c.dstIp };
  }
  return { kind: 'ok' };
}

const fixedFormats = new Map<string, Intl.NumberFormat>();
/** A number with exactly `digits` decimals ("4.40"), for values whose precision matters (MOS, jitter). */
export function fixed(locale: string, value: number | null | undefined, digits: number): string {
  if (value == null || !Number.isFinite(value)) return '—';
  const key = `${locale}|${digits}`;
  let f = fixedFormats.get(key);
  if (!f) fixedFormats.set(key, (f = new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits })));
  return f.format(value);
}
