/**
 * Recording files on disk, made on first request and reused afterwards:
 *   recording.wav    2-channel 16-bit PCM (playback, Range requests)
 *   recording.flac   stereo FLAC (download, channel=all)
 *   customer.flac    channel 0 as mono FLAC
 *   agent.flac       channel 1 as mono FLAC
 *   peaks.json       waveform peaks for both channels
 * Playback (WAV + peaks) and each FLAC download are made on demand, separately, so a first play
 * never waits for FLAC encoding. One render pass feeds every missing file asked for, chunk by chunk, so memory stays flat for
 * two-hour calls, and the event loop gets a turn between chunks. Files appear atomically
 * (written under a temporary name, then renamed), so processes or worker threads sharing
 * the cache never see half a file; concurrent requests in one thread share one build. The folder name includes a hash of the input, the mode and
 * the synthesis version, so changed input never serves stale audio.
 */
import { closeSync, existsSync, mkdirSync, openSync, renameSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import { threadId } from 'node:worker_threads';
import { hashString } from '../diagnostics/random.js';
import type { VoiceCallInput } from '../diagnostics/types.js';
import { MEDIA_CACHE_VERSION, RECORDING_SAMPLE_RATE } from './constants.js';
import { FlacStreamEncoder } from './flac.js';
import { PeaksAccumulator } from './peaks.js';
import { recordingLength, renderRecording } from './render.js';
import type { PeaksFile, RecordingFiles, SynthesisMode } from './types.js';
import { interleavePcm16, wavHeader } from './wav.js';

/** Peaks stored per second of audio; routes derive coarser resolutions with resamplePeaks. */
export const DEFAULT_PEAKS_PER_SECOND = 50;

export interface RecordingFilesOptions {
  /** Default 'speech'. */
  mode?: SynthesisMode;
  peaksPerSecond?: number;
  /** Which files to make: 'playback' (WAV + peaks), one FLAC download ('flac-all', 'flac-0', 'flac-1') or 'all' (default). */
  parts?: RecordingParts;
}

export type RecordingParts = 'playback' | 'flac-all' | 'flac-0' | 'flac-1' | 'all';

/** The files of `parts`: a first play need not wait for FLAC encoding, nor a download for the other FLACs. */
export function filesOf(files: RecordingFiles, parts: RecordingParts = 'all'): string[] {
  switch (parts) {
    case 'playback': return [files.wav, files.peaks];
    case 'flac-all': return [files.flac];
    case 'flac-0': return [files.flacChannels[0]];
    case 'flac-1': return [files.flacChannels[1]];
    default: return [files.wav, files.peaks, files.flac, ...files.flacChannels];
  }
}

const building = new Map<string, Promise<RecordingFiles>>();
let tmpCounter = 0;

/** A temporary name no other process, worker thread or concurrent build uses. */
function tmpName(path: string): string {
  return `${path}.${process.pid}-${threadId}-${++tmpCounter}.tmp`;
}

export function recordingFilePaths(input: VoiceCallInput, cacheDir: string, options: RecordingFilesOptions = {}): RecordingFiles {
  const mode = options.mode ?? 'speech';
  const peaksPerSecond = options.peaksPerSecond ?? DEFAULT_PEAKS_PER_SECOND;
  const key = hashString(JSON.stringify({ v: MEDIA_CACHE_VERSION, mode, peaksPerSecond, input })).toString(36);
  const safeId = input.conversationId.replace(/[^A-Za-z0-9_-]/g, '_');
  const dir = join(cacheDir, `${safeId}-${mode}-${key}`);
  return {
    dir,
    wav: join(dir, 'recording.wav'),
    flac: join(dir, 'recording.flac'),
    flacChannels: [join(dir, 'customer.flac'), join(dir, 'agent.flac')],
    peaks: join(dir, 'peaks.json'),
    durationSeconds: recordingLength(input) / RECORDING_SAMPLE_RATE,
    sampleRate: RECORDING_SAMPLE_RATE,
  };
}

export function getRecordingFiles(input: VoiceCallInput, cacheDir: string, options: RecordingFilesOptions = {}): Promise<RecordingFiles> {
  const files = recordingFilePaths(input, cacheDir, options);
  if (filesOf(files, options.parts).every((f) => existsSync(f))) return Promise.resolve(files);
  const key = `${files.dir}:${options.parts ?? 'all'}`;
  let job = building.get(key);
  if (!job) {
    job = build(input, files, options).finally(() => building.delete(key));
    building.set(key, job);
  }
  return job;
}

interface Output {
  path: string;
  tmp: string;
  fd: number;
  flac?: FlacStreamEncoder;
}

async function build(input: VoiceCallInput, files: RecordingFiles, options: RecordingFilesOptions): Promise<RecordingFiles> {
  mkdirSync(files.dir, { recursive: true });
  const mode = options.mode ?? 'speech';
  const peaksPerSecond = options.peaksPerSecond ?? DEFAULT_PEAKS_PER_SECOND;
  const sampleRate = files.sampleRate;
  const total = recordingLength(input, sampleRate);
  const outputs: Output[] = [];
  const open = (path: string): Output => {
    const tmp = tmpName(path);
    const out = { path, tmp, fd: openSync(tmp, 'w') };
    outputs.push(out);
    return out;
  };
  const wanted = new Set(filesOf(files, options.parts));
  const missing = (path: string) => wanted.has(path) && !existsSync(path);
  try {
    const wav = missing(files.wav) ? open(files.wav) : null;
    if (wav) writeSync(wav.fd, wavHeader(2, sampleRate, total));
    const flacTargets: [string, number[]][] = [
      [files.flac, [0, 1]],
      [files.flacChannels[0], [0]],
      [files.flacChannels[1], [1]],
    ];
    const flacs: { out: Output; channels: number[] }[] = [];
    for (const [path, channels] of flacTargets) {
      if (!missing(path)) continue;
      const out = open(path);
      out.flac = await FlacStreamEncoder.create(channels.length, sampleRate, total, (bytes) => writeSync(out.fd, bytes));
      flacs.push({ out, channels });
    }
    const peaks = missing(files.peaks) ? new PeaksAccumulator(2, sampleRate, peaksPerSecond) : null;

    for (const chunk of renderRecording(input, { mode, sampleRate, chunkSeconds: 10 })) {
      if (wav) writeSync(wav.fd, interleavePcm16(chunk.channels));
      for (const { out, channels } of flacs) out.flac!.write(channels.map((c) => chunk.channels[c]));
      peaks?.push(chunk.channels);
      await yieldToEventLoop();
    }

    for (const { out } of flacs) {
      for (const { offset, bytes } of out.flac!.finish()) writeSync(out.fd, bytes, 0, bytes.length, offset);
    }
    for (const out of outputs) closeSync(out.fd);
    for (const out of outputs) renameSync(out.tmp, out.path);
    outputs.length = 0;
    if (peaks) {
      const body: PeaksFile = { durationSeconds: total / sampleRate, sampleRate, samplesPerSecond: peaksPerSecond, channels: peaks.result() };
      const tmp = tmpName(files.peaks);
      writeFileSync(tmp, JSON.stringify(body));
      renameSync(tmp, files.peaks);
    }
    return files;
  } catch (error) {
    for (const out of outputs) {
      try {
        closeSync(out.fd);
      } catch {
        // already closed
      }
      rmSync(out.tmp, { force: true });
    }
    throw error;
  }
}
