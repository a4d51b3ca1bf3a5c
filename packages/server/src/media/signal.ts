/** Small sample-level helpers shared by the turn synthesizers. */
import { SPEECH_PEAK_LIMIT, SPEECH_RMS } from './constants.js';

/** Drops leading and trailing near-silence (keeps 10 ms of margin). */
export function trimSilence(samples: Float32Array, sampleRate: number, threshold = 0.02): Float32Array {
  let start = 0;
  let end = samples.length;
  while (start < end && Math.abs(samples[start]) < threshold) start++;
  while (end > start && Math.abs(samples[end - 1]) < threshold) end--;
  const margin = Math.round(0.01 * sampleRate);
  return samples.subarray(Math.max(0, start - margin), Math.min(samples.length, end + margin));
}

/** Scales in place to the speech loudness target without exceeding the peak ceiling. */
export function normalizeSpeech(samples: Float32Array): Float32Array {
  let sum = 0;
  let peak = 0;
  for (let i = 0; i < samples.length; i++) {
    const s = samples[i];
    sum += s * s;
    const a = s < 0 ? -s : s;
    if (a > peak) peak = a;
  }
  if (peak === 0) return samples;
  const rms = Math.sqrt(sum / samples.length);
  const gain = Math.min(SPEECH_RMS / rms, SPEECH_PEAK_LIMIT / peak);
  for (let i = 0; i < samples.length; i++) samples[i] *= gain;
  return samples;
}

/** Short linear fades so turns never start or stop with a click. */
export function fadeEdges(samples: Float32Array, sampleRate: number, seconds = 0.008): Float32Array {
  const n = Math.min(Math.round(seconds * sampleRate), samples.length >> 1);
  for (let i = 0; i < n; i++) {
    const g = i / n;
    samples[i] *= g;
    samples[samples.length - 1 - i] *= g;
  }
  return samples;
}

/** Exactly `length` samples: copies and pads with silence, or cuts. */
export function fitLength(samples: Float32Array, length: number): Float32Array {
  const out = new Float32Array(length);
  out.set(samples.subarray(0, length));
  return out;
}
