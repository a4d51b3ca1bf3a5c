/**
 * Speech-like sound without TTS: a glottal pulse train plus breath noise through two
 * formant resonators, gated by one envelope per syllable. Syllables and pauses follow the
 * text (vowel groups per word, longer gaps at commas and sentence ends), so the waveform
 * has the rhythm of the turn it stands for. Cheap enough for hours of audio.
 */
import { createRng } from '../diagnostics/random.js';
import { normalizeSpeech } from './signal.js';

interface Segment {
  /** Relative length; syllables are 1, pauses shorter or longer. */
  weight: number;
  voiced: boolean;
}

function layout(text: string): Segment[] {
  const segments: Segment[] = [];
  const words = text.split(/\s+/).filter(Boolean);
  for (const word of words) {
    const syllables = Math.max(1, (word.toLowerCase().match(/[aeiouyàâäéèêëîïôöùûüáíóúñ]+/g) ?? []).length, Math.ceil(word.replace(/\D/g, '').length * 0.8));
    for (let s = 0; s < syllables; s++) segments.push({ weight: 1, voiced: true });
    const pause = /[.!?]$/.test(word) ? 2 : /[,;:]$/.test(word) ? 1.1 : 0.3;
    segments.push({ weight: pause, voiced: false });
  }
  if (segments.length && !segments[segments.length - 1].voiced) segments.pop();
  return segments.length ? segments : [{ weight: 1, voiced: true }];
}

/** Fundamental frequency by speaker: a lower voice for customers, a higher one for agents. */
const F0 = { customer: 118, agent: 205 } as const;

export function shapedNoiseTurn(text: string, speaker: 'customer' | 'agent', length: number, sampleRate: number, seed: number): Float32Array {
  const out = new Float32Array(length);
  if (length === 0) return out;
  const rng = createRng(seed, 'shaped-noise');
  const segments = layout(text);
  const total = segments.reduce((sum, s) => sum + s.weight, 0);
  const f0Base = F0[speaker] * rng.float(0.9, 1.1);
  let phase = 0;
  // Two resonators (F1, F2); state carried across syllables so there are no clicks.
  let [r0y1, r0y2, r1y1, r1y2] = [0, 0, 0, 0];
  let noise = rng.uint32() || 1;
  let start = 0;
  let acc = 0;
  for (const seg of segments) {
    acc += seg.weight;
    const end = Math.min(length, Math.round((acc / total) * length));
    const n = end - start;
    if (seg.voiced && n > 0) {
      const formants = [rng.float(300, 800), rng.float(900, 2400)];
      const coeffs = formants.map((f, i) => resonator(f, i === 0 ? 90 : 140, sampleRate));
      const f0 = f0Base * rng.float(0.92, 1.08);
      const breath = rng.float(0.15, 0.35);
      const attack = Math.max(1, Math.round(n * 0.15));
      const release = Math.max(1, Math.round(n * 0.35));
      let f0Now = f0;
      for (let i = 0; i < n; i++) {
        // Envelope: linear rise, gentle sag, linear fall; pitch glides a little every 10 ms.
        const env = i < attack ? i / attack : i > n - release ? (n - i) / release : 1 - (0.15 * (i - attack)) / n;
        if (i % 80 === 0) f0Now = f0 * (1 + 0.04 * Math.sin((2 * Math.PI * i) / n));
        phase += f0Now / sampleRate;
        let source = 0;
        if (phase >= 1) {
          phase -= 1;
          source = 1;
        }
        noise ^= noise << 13;
        noise ^= noise >>> 17;
        noise ^= noise << 5;
        source += breath * ((noise >>> 0) / 2147483648 - 1);
        const c0 = coeffs[0];
        const v0 = c0.b0 * source - c0.a1 * r0y1 - c0.a2 * r0y2;
        r0y2 = r0y1;
        r0y1 = v0;
        const c1 = coeffs[1];
        const v1 = c1.b0 * source - c1.a1 * r1y1 - c1.a2 * r1y2;
        r1y2 = r1y1;
        r1y1 = v1;
        out[start + i] = (v0 + 0.6 * v1) * env;
      }
    }
    start = end;
  }
  return normalizeSpeech(out);
}

/** Two-pole resonator at `freq` with bandwidth `bw` (Hz), unity-ish gain at the peak. */
function resonator(freq: number, bw: number, sampleRate: number): { b0: number; a1: number; a2: number } {
  const r = Math.exp((-Math.PI * bw) / sampleRate);
  const theta = (2 * Math.PI * freq) / sampleRate;
  return { b0: 1 - r, a1: -2 * r * Math.cos(theta), a2: r * r };
}
