import type { VoiceCallInput } from '../diagnostics/types.js';

export type { VoiceCallInput };

/**
 * 'speech': Flite text-to-speech, so the recording says the transcript's words.
 * 'fast': speech-shaped noise with syllable envelopes — same timing, no TTS (tests, huge data).
 */
export type SynthesisMode = 'speech' | 'fast';

/** Channel 0 is the customer, channel 1 the agent (AI or human). */
export interface RecordingAudio {
  sampleRate: number;
  channels: [Float32Array, Float32Array];
}

export interface SynthesisOptions {
  mode: SynthesisMode;
}

export interface RecordingFiles {
  /** Folder that holds this recording's files. */
  dir: string;
  /** 16-bit PCM, 2 channels interleaved. */
  wav: string;
  /** Stereo FLAC (download channel=all). */
  flac: string;
  /** Mono FLACs: [customer, agent] (download channel=0 / 1). */
  flacChannels: [string, string];
  /** JSON `{ durationSeconds, sampleRate, samplesPerSecond, channels: number[][] }`. */
  peaks: string;
  durationSeconds: number;
  sampleRate: number;
}

/** Contents of the peaks JSON file. */
export interface PeaksFile {
  durationSeconds: number;
  sampleRate: number;
  samplesPerSecond: number;
  channels: number[][];
}
