/**
 * One turn's audio at the recording rate, exactly as long as the turn.
 * Speech: Flite says the text; if its natural pace is far off, Flite re-speaks it with
 * duration_stretch, then WSOLA fits the rest without changing pitch. Text Flite cannot
 * voice (e.g. Arabic or Devanagari script) falls back to speech-shaped noise.
 */
import { hashString } from '../diagnostics/random.js';
import type { VoiceCallInput, VoiceTurn } from '../diagnostics/types.js';
import { speak, type FliteVoice } from './flite.js';
import { resample } from './resample.js';
import { shapedNoiseTurn } from './shaped-noise.js';
import { fadeEdges, fitLength, normalizeSpeech, trimSilence } from './signal.js';
import { timeStretch } from './time-stretch.js';
import type { SynthesisMode } from './types.js';

/** Customer: kal (male, 8 kHz). Agent: slt (female) for AI agents, rms (male) once a human agent is on the call. */
export function voiceForTurn(input: VoiceCallInput, turn: VoiceTurn): FliteVoice {
  if (turn.speaker === 'customer') return 'kal';
  const human = input.participants.some(
    (p) => p.kind === 'human' && p.joinOffsetSeconds <= turn.offsetSeconds && (p.leaveOffsetSeconds === null || turn.offsetSeconds < p.leaveOffsetSeconds),
  );
  return human ? 'rms' : 'slt';
}

export function turnSampleRange(turn: VoiceTurn, sampleRate: number): [start: number, length: number] {
  return [Math.max(0, Math.round(turn.offsetSeconds * sampleRate)), Math.max(0, Math.round(turn.durationSeconds * sampleRate))];
}

export function turnAudio(input: VoiceCallInput, index: number, mode: SynthesisMode, sampleRate: number): Float32Array {
  const turn = input.turns[index];
  const [, length] = turnSampleRange(turn, sampleRate);
  const seed = hashString(`${index}`, input.seed >>> 0);
  if (mode === 'speech') {
    const speech = speechTurn(turn.text, voiceForTurn(input, turn), length, sampleRate);
    if (speech) return speech;
  }
  return fadeEdges(shapedNoiseTurn(turn.text, turn.speaker, length, sampleRate, seed), sampleRate);
}

const MIN_SPEECH_SECONDS = 0.05;

function speechTurn(text: string, voice: FliteVoice, length: number, sampleRate: number): Float32Array | null {
  if (length === 0) return new Float32Array(0);
  const say = (stretch: number): Float32Array => utterance(text, voice, stretch, sampleRate);
  let speech = say(1);
  if (speech.length < MIN_SPEECH_SECONDS * sampleRate) return null;
  let ratio = length / speech.length;
  if (ratio < 0.8 || ratio > 1.25) {
    speech = say(clamp(ratio, 0.5, 2));
    ratio = length / speech.length;
  }
  // WSOLA handles moderate ratios well; beyond that, pad with silence or cut.
  const stretched = timeStretch(speech, Math.round(speech.length * clamp(ratio, 0.5, 2)), sampleRate);
  return fadeEdges(fitLength(normalizeSpeech(stretched), length), sampleRate);
}

/**
 * Flite output at the recording rate, silence trimmed. Generated conversations reuse
 * phrases a lot, so recent utterances are kept (up to ~32 MB) and shared between calls.
 */
const UTTERANCE_CACHE_SAMPLES = 8_000_000;
const utterances = new Map<string, Float32Array>();
let cachedSamples = 0;

function utterance(text: string, voice: FliteVoice, stretch: number, sampleRate: number): Float32Array {
  const key = `${voice}|${stretch.toFixed(3)}|${sampleRate}|${text}`;
  const hit = utterances.get(key);
  if (hit) {
    utterances.delete(key); // refresh its place in the LRU order
    utterances.set(key, hit);
    return hit;
  }
  const u = speak(text, voice, stretch);
  const samples = trimSilence(resample(u.samples, u.sampleRate, sampleRate), sampleRate).slice();
  utterances.set(key, samples);
  cachedSamples += samples.length;
  for (const [oldKey, old] of utterances) {
    if (cachedSamples <= UTTERANCE_CACHE_SAMPLES) break;
    utterances.delete(oldKey);
    cachedSamples -= old.length;
  }
  return samples;
}

function clamp(v: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, v));
}
