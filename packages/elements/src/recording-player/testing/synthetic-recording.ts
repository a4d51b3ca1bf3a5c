import type { RecordingStatus } from '@conversations-kit/sdk';

/**
 * A two-channel WAV of any length computed on demand, byte range by byte range, so tests and
 * benchmarks can serve a 2-hour call without holding it in memory. 16-bit PCM by default, or the
 * telephone encodings a backend may serve instead: 8-bit μ-law or A-law (G.711). Turns alternate between the
 * customer (channel 0) and the agent (channel 1), with syllable-like bursts and silence between, so
 * the waveform looks like a conversation and `turns` says where each one is.
 * Pure (no DOM, no Node APIs): used by browser tests and by the Node side of the benchmarks.
 */
export interface SyntheticTurn {
  channel: 0 | 1;
  start: number;
  end: number;
}

/** WAV sample encodings: 16-bit linear PCM, or G.711 μ-law / A-law (8 bits a sample). */
export type WavEncoding = 'pcm16' | 'mulaw' | 'alaw';

export interface SyntheticRecording {
  durationSeconds: number;
  sampleRate: number;
  encoding: WavEncoding;
  /** Total file size in bytes (header + samples). */
  size: number;
  turns: SyntheticTurn[];
  /** Bytes `start..end` inclusive (clamped to the file). */
  read(start: number, end: number): Uint8Array;
  /** Largest |sample| per bucket, per channel (the contract's peaks). */
  peaks(samplesPerSecond: number): number[][];
  status(overrides?: Partial<RecordingStatus>): RecordingStatus;
}

const CHANNELS = 2;
/** WAVE format tags. */
const FORMAT_TAG: Record<WavEncoding, number> = { pcm16: 1, alaw: 6, mulaw: 7 };

/** G.711 μ-law of a 16-bit sample (ITU-T G.711, as in Sun's reference g711.c). */
export function linearToMulaw(sample: number): number {
  let value = sample >> 2;
  let mask = 0xff;
  if (value < 0) {
    value = -value;
    mask = 0x7f;
  }
  value = Math.min(value, 8159) + 0x21;
  let segment = 0;
  while (segment < 8 && value > (0x40 << segment) - 1) segment++;
  if (segment >= 8) return 0x7f ^ mask;
  return (((segment << 4) | ((value >> (segment + 1)) & 0x0f)) ^ mask) & 0xff;
}

/** G.711 A-law of a 16-bit sample. */
export function linearToAlaw(sample: number): number {
  let value = sample >> 3;
  let mask = 0xd5;
  if (value < 0) {
    mask = 0x55;
    value = -value - 1;
  }
  let segment = 0;
  while (segment < 8 && value > (0x20 << segment) - 1) segment++;
  if (segment >= 8) return 0x7f ^ mask;
  const aval = (segment << 4) | ((segment < 2 ? value >> 1 : value >> segment) & 0x0f);
  return (aval ^ mask) & 0xff;
}

export function syntheticRecording({
  durationSeconds,
  sampleRate = 8000,
  encoding = 'pcm16',
}: {
  durationSeconds: number;
  sampleRate?: number;
  encoding?: WavEncoding;
}): SyntheticRecording {
  const frames = Math.round(durationSeconds * sampleRate);
  const bytesPerSample = encoding === 'pcm16' ? 2 : 1;
  const frameBytes = CHANNELS * bytesPerSample;
  const dataBytes = frames * frameBytes;
  // Non-PCM WAV: an 18-byte fmt chunk (cbSize 0) and a fact chunk with the frame count.
  const fmtSize = encoding === 'pcm16' ? 16 : 18;
  const factSize = encoding === 'pcm16' ? 0 : 12;
  const HEADER = 12 + 8 + fmtSize + factSize + 8;
  const turns: SyntheticTurn[] = [];
  // Deterministic turn plan: 2–7 s turns, 0.4–1.6 s gaps, alternating speakers.
  let t = 0.8;
  let seed = 7;
  const rand = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
  for (let i = 0; t < durationSeconds - 0.5; i++) {
    const length = 2 + rand() * 5;
    const end = Math.min(durationSeconds - 0.2, t + length);
    turns.push({ channel: (i % 2) as 0 | 1, start: t, end });
    t = end + 0.4 + rand() * 1.2;
  }

  const header = new Uint8Array(HEADER);
  const hv = new DataView(header.buffer);
  const ascii = (at: number, text: string) => [...text].forEach((c, i) => hv.setUint8(at + i, c.charCodeAt(0)));
  ascii(0, 'RIFF');
  hv.setUint32(4, HEADER - 8 + dataBytes, true);
  ascii(8, 'WAVE');
  ascii(12, 'fmt ');
  hv.setUint32(16, fmtSize, true);
  hv.setUint16(20, FORMAT_TAG[encoding], true);
  hv.setUint16(22, CHANNELS, true);
  hv.setUint32(24, sampleRate, true);
  hv.setUint32(28, sampleRate * frameBytes, true);
  hv.setUint16(32, frameBytes, true);
  hv.setUint16(34, bytesPerSample * 8, true);
  if (factSize) {
    hv.setUint16(36, 0, true); // cbSize
    ascii(38, 'fact');
    hv.setUint32(42, 4, true);
    hv.setUint32(46, frames, true);
  }
  ascii(HEADER - 8, 'data');
  hv.setUint32(HEADER - 4, dataBytes, true);
  const toInt16 = (value: number) => Math.max(-32768, Math.min(32767, Math.round(value * 32767)));
  const encode = encoding === 'mulaw' ? linearToMulaw : linearToAlaw;

  /** Index of the turn covering time `s` on `channel`, by binary search over turn starts. */
  const turnAt = (s: number, channel: number): SyntheticTurn | undefined => {
    let lo = 0;
    let hi = turns.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (turns[mid]!.start <= s) lo = mid + 1;
      else hi = mid - 1;
    }
    const turn = turns[hi];
    return turn && turn.channel === channel && s < turn.end ? turn : undefined;
  };

  const sample = (frame: number, channel: number): number => {
    const s = frame / sampleRate;
    const turn = turnAt(s, channel);
    const noise = (((frame * 2654435761 + channel * 97) >>> 0) / 4294967296 - 0.5) * 0.003;
    if (!turn) return noise;
    const local = s - turn.start;
    const edge = Math.min(1, local / 0.05, (turn.end - s) / 0.05);
    const syllables = 0.35 + 0.65 * Math.abs(Math.sin(Math.PI * 4.2 * local));
    const f0 = channel === 0 ? 190 : 120;
    const voice = Math.sin(2 * Math.PI * f0 * s) * 0.6 + Math.sin(2 * Math.PI * f0 * 2 * s) * 0.25 + Math.sin(2 * Math.PI * f0 * 3 * s) * 0.15;
    return 0.45 * edge * syllables * voice + noise;
  };

  return {
    durationSeconds: frames / sampleRate,
    sampleRate,
    encoding,
    size: HEADER + dataBytes,
    turns,
    read(start, end) {
      const last = Math.min(end, HEADER + dataBytes - 1);
      if (last < start) return new Uint8Array(0);
      // Build whole frames covering the range, then cut the requested bytes out of them.
      const firstFrame = start < HEADER ? 0 : Math.floor((start - HEADER) / frameBytes);
      const endFrame = last < HEADER ? 0 : Math.min(frames, Math.floor((last - HEADER) / frameBytes) + 1);
      const from = start < HEADER ? 0 : HEADER + firstFrame * frameBytes;
      const pcmAt = start < HEADER ? HEADER : 0;
      const buffer = new Uint8Array(pcmAt + (endFrame - firstFrame) * frameBytes);
      if (pcmAt) buffer.set(header);
      const pcm = new DataView(buffer.buffer, pcmAt);
      for (let f = firstFrame, o = 0; f < endFrame; f++, o += frameBytes) {
        if (encoding === 'pcm16') {
          pcm.setInt16(o, toInt16(sample(f, 0)), true);
          pcm.setInt16(o + 2, toInt16(sample(f, 1)), true);
        } else {
          pcm.setUint8(o, encode(toInt16(sample(f, 0))));
          pcm.setUint8(o + 1, encode(toInt16(sample(f, 1))));
        }
      }
      return buffer.subarray(start - from, last + 1 - from);
    },
    peaks(samplesPerSecond) {
      const buckets = Math.ceil((frames / sampleRate) * samplesPerSecond);
      const result = [new Array<number>(buckets).fill(0), new Array<number>(buckets).fill(0)];
      // Peaks come from the turn plan (the envelope's ceiling), not from every sample: fast for hours.
      for (let b = 0; b < buckets; b++) {
        const from = b / samplesPerSecond;
        const to = (b + 1) / samplesPerSecond;
        for (const channel of [0, 1] as const) {
          let peak = 0.003;
          for (const probe of [from, (from + to) / 2, to - 1e-6]) {
            const turn = turnAt(probe, channel);
            if (turn) {
              const local = probe - turn.start;
              const edge = Math.min(1, local / 0.05, (turn.end - probe) / 0.05);
              peak = Math.max(peak, 0.45 * edge * (0.35 + 0.65 * Math.abs(Math.sin(Math.PI * 4.2 * local))));
            }
          }
          result[channel]![b] = Math.round(peak * 1000) / 1000;
        }
      }
      return result;
    },
    status(overrides = {}) {
      return {
        state: 'available',
        message: '',
        enabled: true,
        durationSeconds: frames / sampleRate,
        channels: [
          { index: 0, label: 'Customer', speaker: 'Dana Whitfield' },
          { index: 1, label: 'Agent', speaker: 'Sam Ortiz' },
        ],
        sampleRate,
        retryAvailable: false,
        nextAutomaticAttemptAt: null,
        ...overrides,
      } as RecordingStatus;
    },
  };
}
