/**
 * WSOLA time stretching: changes duration without changing pitch. Frames of 30 ms are
 * overlap-added at a fixed output hop; each is taken from near its nominal input position
 * where it best continues the previous frame (cross-correlation), which avoids the phasey
 * sound of plain overlap-add. Good for the modest corrections needed to fit a turn.
 */
export function timeStretch(input: Float32Array, outLength: number, sampleRate: number): Float32Array {
  if (outLength <= 0) return new Float32Array(0);
  if (input.length === 0) return new Float32Array(outLength);
  if (input.length === outLength) return input.slice();
  const frame = Math.max(16, Math.round(0.03 * sampleRate));
  const hop = frame >> 1;
  const tolerance = Math.round(0.008 * sampleRate);
  const window = new Float32Array(frame);
  for (let i = 0; i < frame; i++) window[i] = 0.5 - 0.5 * Math.cos((2 * Math.PI * i) / frame);

  const padded = new Float32Array(input.length + frame);
  padded.set(input);
  const lastStart = Math.max(0, input.length - 1);
  const out = new Float32Array(outLength + frame);
  const norm = new Float32Array(outLength + frame);
  const analysisHop = (hop * input.length) / outLength;
  let prev = 0;
  for (let k = 0; k * hop < outLength; k++) {
    const nominal = Math.min(lastStart, Math.round(k * analysisHop));
    let pos = nominal;
    if (k > 0) {
      // Best match for the natural continuation of the previous frame.
      const target = prev + hop;
      let best = -Infinity;
      const from = Math.max(0, nominal - tolerance);
      const to = Math.min(lastStart, nominal + tolerance);
      for (let p = from; p <= to; p += 2) {
        let corr = 0;
        for (let i = 0; i < hop; i += 2) corr += padded[p + i] * padded[target + i];
        if (corr > best) {
          best = corr;
          pos = p;
        }
      }
    }
    const at = k * hop;
    for (let i = 0; i < frame; i++) {
      out[at + i] += padded[pos + i] * window[i];
      norm[at + i] += window[i];
    }
    prev = pos;
  }
  const result = new Float32Array(outLength);
  for (let i = 0; i < outLength; i++) result[i] = norm[i] > 1e-3 ? out[i] / norm[i] : out[i];
  return result;
}
