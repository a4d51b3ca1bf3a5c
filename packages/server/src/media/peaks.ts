/**
 * Waveform peaks: the largest absolute sample per bucket, per channel, in 0..1 (the
 * waveform is drawn symmetric, so the sign is not kept), rounded to 3 decimals to keep
 * JSON small. Bucket k covers samples [floor(k·rate/sps), floor((k+1)·rate/sps)).
 */
import type { VoiceCallInput } from '../diagnostics/types.js';
import { RECORDING_SAMPLE_RATE } from './constants.js';
import { renderRecording } from './render.js';
import type { SynthesisMode } from './types.js';

const DECIMALS = 1000;

/** Accumulates peaks chunk by chunk, so any length of audio needs only the peaks in memory. */
export class PeaksAccumulator {
  private readonly peaks: number[][];
  private readonly current: number[];
  private position = 0;
  private bucket = 0;
  private bucketEnd: number;

  constructor(
    channelCount: number,
    private readonly sampleRate: number,
    private readonly samplesPerSecond: number,
  ) {
    if (!(samplesPerSecond > 0) || !(sampleRate > 0)) throw new RangeError('sampleRate and samplesPerSecond must be positive');
    this.peaks = Array.from({ length: channelCount }, () => []);
    this.current = new Array<number>(channelCount).fill(0);
    this.bucketEnd = this.boundary(1);
  }

  private boundary(k: number): number {
    return Math.floor((k * this.sampleRate) / this.samplesPerSecond);
  }

  /** Adds the next samples; every channel's array has the same length. */
  push(channels: ArrayLike<number>[]): void {
    const length = channels[0]?.length ?? 0;
    let i = 0;
    while (i < length) {
      const stop = Math.min(length, i + (this.bucketEnd - this.position));
      for (let c = 0; c < channels.length; c++) {
        const data = channels[c];
        let peak = this.current[c];
        for (let j = i; j < stop; j++) {
          const v = Math.abs(data[j]);
          if (v > peak) peak = v;
        }
        this.current[c] = peak;
      }
      this.position += stop - i;
      i = stop;
      if (this.position >= this.bucketEnd) this.flush();
    }
  }

  private flush(): void {
    for (let c = 0; c < this.peaks.length; c++) {
      this.peaks[c].push(Math.round(Math.min(1, this.current[c]) * DECIMALS) / DECIMALS);
      this.current[c] = 0;
    }
    this.bucket++;
    this.bucketEnd = this.boundary(this.bucket + 1);
  }

  /** The peaks so far, including a final partial bucket. */
  result(): number[][] {
    if (this.position > this.boundary(this.bucket)) this.flush();
    return this.peaks;
  }
}

export function computePeaks(channels: ArrayLike<number>[], samplesPerSecond: number, sampleRate = RECORDING_SAMPLE_RATE): number[][] {
  const acc = new PeaksAccumulator(channels.length, sampleRate, samplesPerSecond);
  acc.push(channels);
  return acc.result();
}

/** Peaks of a call rendered on the fly (two-hour calls included) — memory is the peaks plus one chunk. */
export function renderPeaks(input: VoiceCallInput, options: { mode: SynthesisMode; samplesPerSecond: number }): number[][] {
  const acc = new PeaksAccumulator(2, RECORDING_SAMPLE_RATE, options.samplesPerSecond);
  for (const { channels } of renderRecording(input, { mode: options.mode, chunkSeconds: 10 })) acc.push(channels);
  return acc.result();
}

/**
 * Peaks at another resolution from stored ones: each target bucket takes the max of the
 * source buckets it covers (exact when the target rate divides the source rate); asking
 * for more detail than stored repeats values.
 */
export function resamplePeaks(peaks: number[], fromPerSecond: number, toPerSecond: number): number[] {
  if (fromPerSecond === toPerSecond) return peaks.slice();
  const length = Math.ceil((peaks.length * toPerSecond) / fromPerSecond);
  const out = new Array<number>(length);
  for (let k = 0; k < length; k++) {
    const from = Math.floor((k * fromPerSecond) / toPerSecond);
    const to = Math.max(from + 1, Math.floor(((k + 1) * fromPerSecond) / toPerSecond));
    let peak = 0;
    for (let j = from; j < Math.min(to, peaks.length); j++) if (peaks[j] > peak) peak = peaks[j];
    out[k] = peak;
  }
  return out;
}

/**
 * The body of GET …/recording/peaks from a stored peaks file: optionally one channel
 * (`channel=0|1`) and another resolution (`samplesPerSecond`, at most the stored one).
 */
export function peaksResponse(
  file: { durationSeconds: number; sampleRate: number; samplesPerSecond: number; channels: number[][] },
  query: { channel?: number; samplesPerSecond?: number } = {},
): { durationSeconds: number; sampleRate: number; channels: number[][] } {
  const chosen = query.channel === undefined ? file.channels : [file.channels[query.channel] ?? []];
  const rate = query.samplesPerSecond ?? file.samplesPerSecond;
  return {
    durationSeconds: file.durationSeconds,
    sampleRate: file.sampleRate,
    channels: chosen.map((peaks) => resamplePeaks(peaks, file.samplesPerSecond, rate)),
  };
}
