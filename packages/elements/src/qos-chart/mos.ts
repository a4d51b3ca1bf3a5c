/** MOS bands used across the product (DESIGN.md): ≥ 4.0 good, 3.6–4.0 fair, < 3.6 poor. */
export type MosBand = 'good' | 'fair' | 'poor';

export function mosBand(mos: number | null | undefined): MosBand | null {
  if (mos == null || !Number.isFinite(mos)) return null;
  return mos >= 4 ? 'good' : mos >= 3.6 ? 'fair' : 'poor';
}
