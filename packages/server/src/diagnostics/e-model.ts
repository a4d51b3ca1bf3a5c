/**
 * MOS from network measurements with the simplified ITU-T G.107 E-model.
 *
 *   R = 93.2 − Id − Ie_eff                       (R0 − Is with G.107 defaults = 93.2; A = 0)
 *   d = latencyMs + 2 × jitterMs + packetization   (one-way mouth-to-ear delay; the jitter
 *                                                   buffer is sized at twice the jitter)
 *   Id = 0.024·d + 0.11·(d − 177.3)·H(d − 177.3)   (H = step function; Cole & Rosenbluth)
 *   Ie_eff = Ie + (95 − Ie) · Ppl / (Ppl + Bpl)     (random loss, BurstR = 1; G.107 §7.4)
 *   MOS = 1                                    if R ≤ 0
 *       = 1 + 0.035R + 7·10⁻⁶·R(R − 60)(100 − R)  if 0 < R < 100
 *       = 4.5                                  if R ≥ 100
 *
 * Codec impairments (G.113 Appendix I): G.711 (PCMU/PCMA) with packet loss concealment
 * Ie = 0, Bpl = 25.1; G.729A Ie = 11, Bpl = 19. Packetization: 20 ms frames (+5 ms G.729 look-ahead).
 *
 * Bands used across the product (DESIGN.md): ≥ 4.0 good, 3.6–4.0 fair, < 3.6 poor.
 * A clean G.711 call tops out at MOS ≈ 4.4 (R ≈ 92).
 */
import type { AudioCodec } from './types.js';

export interface EModelInput {
  jitterMs: number;
  lossPercent: number;
  /** One-way network delay, ms. */
  latencyMs: number;
  codec: AudioCodec;
}

export type MosBand = 'good' | 'fair' | 'poor';

export const CODEC_IMPAIRMENT: Record<AudioCodec, { ie: number; bpl: number; packetizationMs: number }> = {
  PCMU: { ie: 0, bpl: 25.1, packetizationMs: 20 },
  PCMA: { ie: 0, bpl: 25.1, packetizationMs: 20 },
  G729: { ie: 11, bpl: 19, packetizationMs: 25 },
};

export const MOS_METHOD =
  'ITU-T G.107 E-model (simplified), per RTCP report: R = 93.2 − Id − Ie_eff; ' +
  'one-way delay d = network latency + 2 × interarrival jitter (jitter buffer) + 20 ms packetization; ' +
  'Id = 0.024·d + 0.11·(d − 177.3) when d > 177.3 ms; ' +
  'Ie_eff = Ie + (95 − Ie)·Ppl/(Ppl + Bpl) with Ppl the report\'s fraction lost in percent ' +
  '(G.711 with PLC: Ie = 0, Bpl = 25.1; G.729A: Ie = 11, Bpl = 19); ' +
  'MOS = 1 + 0.035·R + 7·10⁻⁶·R·(R − 60)·(100 − R), clamped to 1–4.5. ' +
  'Bands: ≥ 4.0 good, 3.6–4.0 fair, < 3.6 poor. Jitter is shown in milliseconds.';

/** Transmission rating factor R for the measurements. */
export function rFactor({ jitterMs, lossPercent, latencyMs, codec }: EModelInput): number {
  const { ie, bpl, packetizationMs } = CODEC_IMPAIRMENT[codec];
  const d = Math.max(0, latencyMs) + 2 * Math.max(0, jitterMs) + packetizationMs;
  const id = 0.024 * d + (d > 177.3 ? 0.11 * (d - 177.3) : 0);
  const ppl = Math.min(100, Math.max(0, lossPercent));
  const ieEff = ie + ((95 - ie) * ppl) / (ppl + bpl);
  return 93.2 - id - ieEff;
}

export function mosFromR(r: number): number {
  if (r <= 0) return 1;
  if (r >= 100) return 4.5;
  // The cubic dips just below 1 for R < ~6.5; MOS is never below 1.
  return Math.max(1, 1 + 0.035 * r + 7e-6 * r * (r - 60) * (100 - r));
}

/** MOS (1–4.5), rounded to 2 decimals. */
export function eModelMos(input: EModelInput): number {
  return Math.round(mosFromR(rFactor(input)) * 100) / 100;
}

export function mosBand(mos: number): MosBand {
  return mos >= 4 ? 'good' : mos >= 3.6 ? 'fair' : 'poor';
}
