import type { TranscriptItem } from '../types.js';
import { objectsToCsv } from './csv.js';

/** What a reader sees for an item, as one line of plain text. */
export function transcriptItemText(item: TranscriptItem): string {
  switch (item.kind) {
    case 'message':
    case 'whisper':
      return item.text;
    case 'transfer':
      return item.label;
    case 'no_input':
      return item.maxReached ? 'Max no-input attempts reached' : `No input (${item.attempt}/${item.maxAttempts})`;
    case 'hold':
      return `On hold (${item.startedBy}) for ${item.durationSeconds} s`;
    case 'email':
      return `${item.subject}\n${item.bodyText}`;
    case 'llm_error':
      return `LLM Error Detected: ${item.message}`;
  }
}

function speakerOf(item: TranscriptItem): string | null {
  if (item.kind === 'message') return item.speaker;
  if (item.kind === 'whisper') return 'supervisor';
  if (item.kind === 'email') return item.direction === 'inbound' ? 'customer' : 'agent';
  return 'system';
}

function speakerNameOf(item: TranscriptItem): string | null {
  if (item.kind === 'message' || item.kind === 'whisper') return item.speakerName;
  if (item.kind === 'email') return item.from;
  return null;
}

/** A transcript as CSV with the contract's columns `seq,at,offsetSeconds,kind,speaker,speakerName,text`. */
export function transcriptToCsv(items: readonly TranscriptItem[]): string {
  return objectsToCsv(items, [
    { header: 'seq', value: (i) => i.seq },
    { header: 'at', value: (i) => i.at },
    { header: 'offsetSeconds', value: (i) => i.offsetSeconds },
    { header: 'kind', value: (i) => i.kind },
    { header: 'speaker', value: speakerOf },
    { header: 'speakerName', value: speakerNameOf },
    { header: 'text', value: transcriptItemText },
  ]);
}
