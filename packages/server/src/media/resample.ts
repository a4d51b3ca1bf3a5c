/**
 * Band-limited resampling by windowed-sinc interpolation (Blackman window, 16 zero
 * crossings each side). Downsampling low-passes at 95 % of the new Nyquist so 16 kHz
 * voices fold down to 8 kHz without aliasing. The kernel is tabulated per fractional
 * phase once per rate pair; integer ratios (16 k → 8 k) use phase 0 only, exactly.
 */
const ZERO_CROSSINGS = 16;
const PHASES = 256;

interface Kernel {
  halfWidth: number;
  /** PHASES rows of 2·halfWidth taps; row p is for fractional position p / PHASES. */
  table: Float32Array;
}

const kernels = new Map<string, Kernel>();

function kernelFor(ratio: number): Kernel {
  const key = ratio.toFixed(9);
  let kernel = kernels.get(key);
  if (kernel) return kernel;
  const cutoff = Math.min(1, ratio) * 0.95; // relative to the input Nyquist
  const halfWidth = Math.ceil(ZERO_CROSSINGS / cutoff);
  const width = 2 * halfWidth;
  const table = new Float32Array(PHASES * width);
  for (let p = 0; p < PHASES; p++) {
    const frac = p / PHASES;
    for (let j = 0; j < width; j++) {
      // Tap j multiplies input[center - halfWidth + 1 + j]; x is the distance from t.
      const x = frac + halfWidth - 1 - j;
      table[p * width + j] = cutoff * sinc(cutoff * x) * blackman(x / halfWidth);
    }
  }
  kernel = { halfWidth, table };
  kernels.set(key, kernel);
  return kernel;
}

export function resample(input: Float32Array, fromRate: number, toRate: number): Float32Array {
  if (fromRate === toRate) return input.slice();
  const ratio = toRate / fromRate;
  const outLength = Math.round(input.length * ratio);
  const out = new Float32Array(outLength);
  const { halfWidth, table } = kernelFor(ratio);
  const width = 2 * halfWidth;
  const step = fromRate / toRate;
  for (let n = 0; n < outLength; n++) {
    const t = n * step;
    const center = Math.floor(t);
    const phase = Math.min(PHASES - 1, Math.round((t - center) * PHASES));
    const row = phase * width;
    const first = center - halfWidth + 1;
    let acc = 0;
    const jFrom = Math.max(0, -first);
    const jTo = Math.min(width, input.length - first);
    for (let j = jFrom; j < jTo; j++) acc += input[first + j] * table[row + j];
    out[n] = acc;
  }
  return out;
}

function sinc(x: number): number {
  if (x === 0) return 1;
  const px = Math.PI * x;
  return Math.sin(px) / px;
}

/** Blackman window over [-1, 1]. */
function blackman(u: number): number {
  if (u <= -1 || u >= 1) return 0;
  const a = Math.PI * (u + 1);
  return 0.42 - 0.5 * Math.cos(a) + 0.08 * Math.cos(2 * a);
}
