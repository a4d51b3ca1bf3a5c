/**
 * Renders a call's two-channel recording in order, chunk by chunk, so a two-hour call can
 * be written to disk or reduced to peaks without holding it all in memory. Each turn is
 * synthesized when the render reaches it and dropped once it has been mixed in.
 *
 * Channel 0 is the customer, channel 1 the agent. Outside turns there is a faint noise
 * floor; the customer's channel is digital silence during holds (the platform does not
 * record the customer while they are on hold).
 */
import { createRng } from '../diagnostics/random.js';
import type { VoiceCallInput } from '../diagnostics/types.js';
import { NOISE_FLOOR_AMPLITUDE, RECORDING_SAMPLE_RATE } from './constants.js';
import { turnAudio, turnSampleRange } from './turn-audio.js';
import type { RecordingAudio, SynthesisOptions } from './types.js';

export interface RenderOptions extends SynthesisOptions {
  sampleRate?: number;
  /** Chunk length; the last chunk is shorter. Default 1 s. */
  chunkSeconds?: number;
}

export interface RecordingChunk {
  /** Index of the chunk's first sample. */
  start: number;
  channels: [Float32Array, Float32Array];
}

export function recordingLength(input: VoiceCallInput, sampleRate = RECORDING_SAMPLE_RATE): number {
  return Math.max(0, Math.round(input.durationSeconds * sampleRate));
}

export function* renderRecording(input: VoiceCallInput, options: RenderOptions): Generator<RecordingChunk> {
  const sampleRate = options.sampleRate ?? RECORDING_SAMPLE_RATE;
  const chunk = Math.max(1, Math.round((options.chunkSeconds ?? 1) * sampleRate));
  const total = recordingLength(input, sampleRate);
  const speakers = ['customer', 'agent'] as const;
  const queues = speakers.map((speaker) =>
    input.turns
      .map((turn, index) => ({ index, range: turnSampleRange(turn, sampleRate), speaker: turn.speaker }))
      .filter((t) => t.speaker === speaker && t.range[1] > 0 && t.range[0] < total)
      .sort((a, b) => a.range[0] - b.range[0]),
  );
  const holds = input.holds.map((h) => [Math.round(h.offsetSeconds * sampleRate), Math.round((h.offsetSeconds + h.durationSeconds) * sampleRate)] as const);
  const noise = speakers.map((s) => noiseSource(input.seed, s));
  const cache = new Map<number, Float32Array>();
  const next = [0, 0];

  for (let start = 0; start < total; start += chunk) {
    const end = Math.min(total, start + chunk);
    const channels = speakers.map((_, c) => {
      const buf = new Float32Array(end - start);
      noise[c](buf);
      const queue = queues[c];
      for (let q = next[c]; q < queue.length && queue[q].range[0] < end; q++) {
        const { index, range: [ts, len] } = queue[q];
        if (ts + len <= start) continue;
        let audio = cache.get(index);
        if (!audio) cache.set(index, (audio = turnAudio(input, index, options.mode, sampleRate)));
        const from = Math.max(start, ts);
        const to = Math.min(end, ts + len);
        for (let i = from; i < to; i++) buf[i - start] += audio[i - ts];
      }
      // Turns that are over for good can go; the queue is sorted by start.
      while (next[c] < queue.length && queue[next[c]].range[0] + queue[next[c]].range[1] <= end) {
        cache.delete(queue[next[c]].index);
        next[c]++;
      }
      if (c === 0) {
        for (const [from, to] of holds) buf.fill(0, clampIndex(from - start, buf.length), clampIndex(to - start, buf.length));
      }
      return buf;
    }) as [Float32Array, Float32Array];
    yield { start, channels };
  }
}

/** The whole recording in memory: fine for ordinary calls, see renderRecording for long ones. */
export function synthesizeRecording(input: VoiceCallInput, options: SynthesisOptions): RecordingAudio {
  const total = recordingLength(input);
  const channels: [Float32Array, Float32Array] = [new Float32Array(total), new Float32Array(total)];
  for (const { start, channels: [a, b] } of renderRecording(input, { ...options, chunkSeconds: 10 })) {
    channels[0].set(a, start);
    channels[1].set(b, start);
  }
  return { sampleRate: RECORDING_SAMPLE_RATE, channels };
}

/** Deterministic low-level hiss (xorshift32, uniform in ±NOISE_FLOOR_AMPLITUDE). */
function noiseSource(seed: number, stream: string): (buf: Float32Array) => void {
  let state = createRng(seed, `noise:${stream}`).uint32() || 1;
  const scale = NOISE_FLOOR_AMPLITUDE / 2147483648;
  return (buf) => {
    for (let i = 0; i < buf.length; i++) {
      state ^= state << 13;
      state ^= state >>> 17;
      state ^= state << 5;
      buf[i] = ((state >>> 0) - 2147483648) * scale;
    }
  };
}

function clampIndex(i: number, length: number): number {
  return Math.min(length, Math.max(0, i));
}
