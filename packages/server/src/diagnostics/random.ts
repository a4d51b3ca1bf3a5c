/**
 * Seeded randomness for media and diagnostics. Each concern draws from its own named
 * stream (`createRng(seed, 'sip')`), so changing how one part consumes numbers does not
 * shift the output of another.
 */

export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  float(min: number, max: number): number;
  /** Integer in [min, max]. */
  int(min: number, max: number): number;
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** `digits` lowercase hex characters. */
  hex(digits: number): string;
  /** Unsigned 32-bit integer. */
  uint32(): number;
}

/** FNV-1a, 32 bit. */
export function hashString(text: string, basis = 0x811c9dc5): number {
  let h = basis >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

export function createRng(seed: number, stream = ''): Rng {
  // mulberry32 seeded by the numeric seed mixed with the stream name.
  let state = hashString(stream, (Math.trunc(seed) ^ 0x9e3779b9) >>> 0) || 0x6d2b79f5;
  const uint32 = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
  const next = (): number => uint32() / 4294967296;
  return {
    next,
    uint32,
    float: (min, max) => min + (max - min) * next(),
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (p) => next() < p,
    pick: (items) => items[Math.floor(next() * items.length)],
    hex: (digits) => {
      let out = '';
      while (out.length < digits) out += uint32().toString(16).padStart(8, '0');
      return out.slice(0, digits);
    },
  };
}
