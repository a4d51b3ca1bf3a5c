/**
 * Tempo change without a pitch change (WSOLA: waveform-similarity overlap-add), for the speed
 * drop-down. Web Audio's `playbackRate` would make 2× speech sound like chipmunks; an `<audio>`
 * element preserves pitch, so the streaming player must too.
 *
 * Speech-tuned: 30 ms Hann frames at 50 % overlap, ±10 ms similarity search. The output is exactly
 * `round(input.length / rate)` samples and starts and ends on the input's own first and last
 * samples, so consecutive chunks stretched separately still join without a click.
 */
export function timeStretch(input: Float32Array, rate: number, sampleRate: number): Float32Array {
  const outLength = Math.max(1, Math.round(input.length / rate));
  if (Math.abs(rate - 1) < 1e-3) return input;
  const frame = Math.max(32, 2 * Math.round((0.03 * sampleRate) / 2));
  if (input.length < frame * 2) return resampleLinear(input, outLength);

  const hop = frame / 2; // synthesis hop
  const tolerance = Math.round(0.01 * sampleRate);
  // Similarity is judged on the overlapping half; above 12 kHz every other sample is plenty.
  const stride = sampleRate > 12_000 ? 2 : 1;
  const window = new Float32Array(frame);
  for (let i = 0; i < frame; i++) window[i] = 0.5 - 0.5 * Math.cos((2 * Math.PI * i) / frame);

  const out = new Float32Array(outLength + frame);
  const weight = new Float32Array(outLength + frame);
  const lastStart = input.length - frame;
  const frames = Math.max(1, Math.ceil((outLength - frame) / hop) + 1);
  let previous = 0;
  for (let k = 0; k < frames; k++) {
    let outAt = k * hop;
    let best: number;
    if (k === 0) {
      best = 0;
    } else if (k === frames - 1) {
      // Pin the last frame to the input's end so the chunk ends exactly where the next begins.
      outAt = outLength - frame;
      best = lastStart;
    } else {
      const nominal = Math.min(lastStart, Math.round(outAt * rate));
      const natural = Math.min(lastStart, previous + hop); // where the previous frame would continue
      const from = Math.max(0, nominal - tolerance);
      const to = Math.min(lastStart, nominal + tolerance);
      best = nominal;
      let bestScore = -Infinity;
      for (let candidate = from; candidate <= to; candidate++) {
        let score = 0;
        for (let i = 0; i < hop; i += stride) score += input[natural + i]! * input[candidate + i]!;
        if (score > bestScore) {
          bestScore = score;
          best = candidate;
        }
      }
    }
    if (outAt < 0) outAt = 0;
    for (let i = 0; i < frame; i++) {
      out[outAt + i]! += input[best + i]! * window[i]!;
      weight[outAt + i]! += window[i]!;
    }
    previous = best;
  }
  // Dividing by the summed window makes single-frame edges exact copies of the input (no fade).
  const result = new Float32Array(outLength);
  for (let i = 0; i < outLength; i++) result[i] = weight[i]! > 1e-6 ? out[i]! / weight[i]! : 0;
  return result;
}

function resampleLinear(input: Float32Array, length: number): Float32Array {
  const out = new Float32Array(length);
  const step = length > 1 ? (input.length - 1) / (length - 1) : 0;
  for (let i = 0; i < length; i++) {
    const x = i * step;
    const a = Math.floor(x);
    const b = Math.min(input.length - 1, a + 1);
    out[i] = input[a]! + (input[b]! - input[a]!) * (x - a);
  }
  return out;
}
