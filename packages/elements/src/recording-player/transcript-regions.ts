import type { TranscriptItem } from '@conversations-kit/sdk';
import type { Messages } from '../i18n/messages.js';
import type { RecordingRegion } from './recording-player.js';

type Marks = Record<string, string | null | undefined>;

/** "290 ms" / "1.5 s", as the latency chips show them. */
function latencyValue(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`;
}

/**
 * Regions for `<recording-player>.regions` from a transcript: hold periods, and the ASR, Bot and TTS
 * stages of each AI-agent turn's latency (from its latency marks). A mark's place in the recording is
 * the turn's `offsetSeconds` moved by the mark's distance from the turn's `at`, so the markers sit in
 * the silence between the customer's last word and the agent's first.
 */
export function transcriptRegions(
  items: readonly TranscriptItem[],
  t: Pick<Messages, 'recordingRegionHold' | 'recordingRegionLatency'>,
  { hold = true, latency = true }: { hold?: boolean; latency?: boolean } = {},
): RecordingRegion[] {
  const regions: RecordingRegion[] = [];
  for (const item of items) {
    if (item.offsetSeconds == null) continue;
    if (hold && item.kind === 'hold' && item.durationSeconds) {
      regions.push({ start: item.offsetSeconds, end: item.offsetSeconds + item.durationSeconds, kind: 'hold', label: t.recordingRegionHold });
    }
    const marks = (item as { latency?: { marks?: Marks | null } | null }).latency?.marks;
    if (!latency || item.kind !== 'message' || !marks) continue;
    const at = Date.parse(item.at);
    const offsetOf = (mark: string | null | undefined) => (mark ? item.offsetSeconds! + (Date.parse(mark) - at) / 1000 : NaN);
    const stages: ['ASR' | 'Bot' | 'TTS', string, string][] = [
      ['ASR', 'userStoppedSpeakingAt', 'asrTranscriptAt'],
      ['Bot', 'transcriptSentAt', 'botResponseAt'],
      ['TTS', 'ttsRequestAt', 'ttsFirstByteAt'],
    ];
    for (const [stage, from, to] of stages) {
      const start = offsetOf(marks[from]);
      const end = offsetOf(marks[to]);
      if (!Number.isFinite(start) || !Number.isFinite(end) || end <= start || start < 0) continue;
      regions.push({ start, end, kind: 'latency', label: t.recordingRegionLatency(stage, latencyValue((end - start) * 1000)) });
    }
  }
  return regions;
}
