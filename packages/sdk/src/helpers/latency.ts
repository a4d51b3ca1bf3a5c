import type { LatencyMarks, TranscriptItem, TurnLatency } from '../types.js';
import { objectsToCsv } from './csv.js';

export interface LatencyValues {
  asrMs: number | null;
  botMs: number | null;
  ttsMs: number | null;
  e2eMs: number | null;
}

function between(from: string | null, to: string | null): number | null {
  if (!from || !to) return null;
  const ms = Date.parse(to) - Date.parse(from);
  return Number.isFinite(ms) && ms >= 0 ? ms : null;
}

/**
 * The spec's definitions:
 * - ASR = user stops speaking → ASR returns the full transcript
 * - Bot = VG sends the transcript → VG receives the bot response
 * - TTS = VG sends the TTS request → VG receives the first audio byte (time to first byte)
 * - E2E = user stops speaking → the user hears the first audio byte
 */
export function computeLatency(marks: LatencyMarks): LatencyValues {
  return {
    asrMs: between(marks.userStoppedSpeakingAt, marks.asrTranscriptAt),
    botMs: between(marks.transcriptSentAt, marks.botResponseAt),
    ttsMs: between(marks.ttsRequestAt, marks.ttsFirstByteAt),
    e2eMs: between(marks.userStoppedSpeakingAt, marks.firstAudioHeardAt),
  };
}

/** A turn's latency: the backend's values, filled in from the marks where the backend gave none. */
export function turnLatency(latency: TurnLatency): LatencyValues {
  const computed = latency.marks ? computeLatency(latency.marks) : null;
  return {
    asrMs: latency.asrMs ?? computed?.asrMs ?? null,
    botMs: latency.botMs ?? computed?.botMs ?? null,
    ttsMs: latency.ttsMs ?? computed?.ttsMs ?? null,
    e2eMs: latency.e2eMs ?? computed?.e2eMs ?? null,
  };
}

export interface LatencyStat {
  count: number;
  min: number | null;
  avg: number | null;
  max: number | null;
  p50: number | null;
  p90: number | null;
}

export interface LatencySummary {
  turns: number;
  asr: LatencyStat;
  bot: LatencyStat;
  tts: LatencyStat;
  e2e: LatencyStat;
}

function percentile(sorted: number[], p: number): number | null {
  if (sorted.length === 0) return null;
  // Nearest-rank: the smallest value with at least p% of values at or below it.
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1] ?? null;
}

function stat(values: (number | null)[]): LatencyStat {
  const present = values.filter((v): v is number => v !== null).sort((a, b) => a - b);
  if (present.length === 0) return { count: 0, min: null, avg: null, max: null, p50: null, p90: null };
  const sum = present.reduce((a, b) => a + b, 0);
  return {
    count: present.length,
    min: present[0]!,
    avg: sum / present.length,
    max: present[present.length - 1]!,
    p50: percentile(present, 50),
    p90: percentile(present, 90),
  };
}

/** Message items that carry latency, with their values. */
export function latencyTurns(items: readonly TranscriptItem[]) {
  return items.flatMap((item) =>
    item.kind === 'message' && item.latency ? [{ item, latency: turnLatency(item.latency) }] : [],
  );
}

/** Min/avg/max/p50/p90 of each metric over a transcript's turns. */
export function summarizeLatency(items: readonly TranscriptItem[]): LatencySummary {
  const turns = latencyTurns(items);
  return {
    turns: turns.length,
    asr: stat(turns.map((t) => t.latency.asrMs)),
    bot: stat(turns.map((t) => t.latency.botMs)),
    tts: stat(turns.map((t) => t.latency.ttsMs)),
    e2e: stat(turns.map((t) => t.latency.e2eMs)),
  };
}

/** The latency report as CSV (same columns as the contract's `latency-report`). */
export function latencyReportCsv(items: readonly TranscriptItem[]): string {
  return objectsToCsv(latencyTurns(items), [
    { header: 'seq', value: (t) => t.item.seq },
    { header: 'at', value: (t) => t.item.at },
    { header: 'speakerName', value: (t) => (t.item.kind === 'message' ? t.item.speakerName : null) },
    { header: 'text', value: (t) => (t.item.kind === 'message' ? t.item.text : null) },
    { header: 'asrMs', value: (t) => t.latency.asrMs },
    { header: 'botMs', value: (t) => t.latency.botMs },
    { header: 'ttsMs', value: (t) => t.latency.ttsMs },
    { header: 'e2eMs', value: (t) => t.latency.e2eMs },
  ]);
}
