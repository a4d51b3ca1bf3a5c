/**
 * Simulated network conditions per quality profile. Each report interval draws a value
 * near the previous one (a smoothed walk inside the profile's range), so series look like
 * a real link rather than white noise.
 */
import type { LegQuality } from './call-plan.js';
import type { Rng } from './random.js';

export interface NetworkRange {
  /** One-way network delay, ms. */
  latencyMs: [number, number];
  /** Interarrival jitter, ms. */
  jitterMs: [number, number];
  /** Packet loss in the interval, percent. */
  lossPercent: [number, number];
}

// Ranges chosen so the E-model lands in the DESIGN.md bands: good ≥ 4.0, fair 3.6–4.0, poor < 3.6.
export const NETWORK_RANGES: Record<'lan' | 'good' | 'fair' | 'poor', NetworkRange> = {
  lan: { latencyMs: [1, 3], jitterMs: [0.1, 1], lossPercent: [0, 0] },
  good: { latencyMs: [20, 60], jitterMs: [0.5, 4], lossPercent: [0, 0.3] },
  fair: { latencyMs: [105, 140], jitterMs: [12, 22], lossPercent: [3.3, 4.2] },
  // A bad mobile or congested link: MOS about 2.6–3.4, what people report as "choppy, but we could talk".
  poor: { latencyMs: [140, 200], jitterMs: [25, 45], lossPercent: [4, 8] },
};

export function rangeFor(quality: LegQuality): NetworkRange {
  if (quality === 'lan' || quality === 'fair' || quality === 'poor') return NETWORK_RANGES[quality];
  return NETWORK_RANGES.good; // good, one_way, no_rtcp, single_report: the link itself is fine
}

export interface NetworkSample {
  latencyMs: number;
  jitterMs: number;
  lossPercent: number;
}

export function networkWalk(range: NetworkRange, rng: Rng): () => NetworkSample {
  const draw = ([min, max]: [number, number]): number => rng.float(min, max);
  let current: NetworkSample = { latencyMs: draw(range.latencyMs), jitterMs: draw(range.jitterMs), lossPercent: draw(range.lossPercent) };
  return () => {
    const sample = current;
    current = {
      latencyMs: 0.6 * current.latencyMs + 0.4 * draw(range.latencyMs),
      jitterMs: 0.6 * current.jitterMs + 0.4 * draw(range.jitterMs),
      lossPercent: 0.6 * current.lossPercent + 0.4 * draw(range.lossPercent),
    };
    return sample;
  };
}
