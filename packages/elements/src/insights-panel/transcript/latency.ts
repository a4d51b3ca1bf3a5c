import { turnLatency, type LatencyValues, type TurnLatency } from '@conversations-kit/sdk';
import type { Formatter } from '../../i18n/format.js';
import type { Messages } from '../../i18n/messages.js';

export interface LatencyMetric {
  key: keyof LatencyValues;
  label: string;
  definition: string;
  value: string;
}

/** "450 ms" under a second, "1.7 s" from a second up (the spec's examples). */
export function formatLatency(ms: number | null, format: Formatter, t: Messages): string {
  if (ms == null || !Number.isFinite(ms)) return t.notAvailable;
  return ms < 1000 ? t.insightsMs(format.number(ms)) : t.insightsSeconds(format.number(ms / 1000, 1));
}

/** The four metrics of a turn in the spec's order, each with its definition for the tooltip. */
export function latencyMetrics(latency: TurnLatency, format: Formatter, t: Messages): LatencyMetric[] {
  const values = turnLatency(latency);
  return [
    { key: 'asrMs', label: t.insightsLatencyAsr, definition: t.insightsLatencyAsrDefinition, value: formatLatency(values.asrMs, format, t) },
    { key: 'botMs', label: t.insightsLatencyBot, definition: t.insightsLatencyBotDefinition, value: formatLatency(values.botMs, format, t) },
    { key: 'ttsMs', label: t.insightsLatencyTts, definition: t.insightsLatencyTtsDefinition, value: formatLatency(values.ttsMs, format, t) },
    { key: 'e2eMs', label: t.insightsLatencyE2e, definition: t.insightsLatencyE2eDefinition, value: formatLatency(values.e2eMs, format, t) },
  ];
}

/** All four definitions, for the keyboard-reachable help button of a latency row. */
export function latencyDefinitions(t: Messages): string {
  return [t.insightsLatencyAsrDefinition, t.insightsLatencyBotDefinition, t.insightsLatencyTtsDefinition, t.insightsLatencyE2eDefinition].join(' ');
}
