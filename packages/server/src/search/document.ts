import type { TranscriptItem } from '../domain.js';
import { buildScript, searchableTranscript, type Script } from '../generator/transcript.js';
import type { ConversationRecord } from '../store/record.js';

/** What the full-text index holds for one conversation, one field per highlight source. */
export interface SearchDocument {
  transcript: string;
  agentNotes: string;
  dispositionNotes: string;
}

/** Items a reader can see at `nowMs`: a conversation in progress shows only what has happened. */
export function visibleItems(rec: ConversationRecord, script: Script, nowMs: number): TranscriptItem[] {
  if (rec.status !== 'in_progress') return script.items;
  const elapsed = nowMs - rec.startMs;
  return script.items.filter((i) => Date.parse(i.at) - rec.startMs <= elapsed);
}

export function documentFor(rec: ConversationRecord, nowMs: number, script: Script = buildScript(rec)): SearchDocument {
  return {
    transcript: rec.hasTranscript ? searchableTranscript(visibleItems(rec, script, nowMs)) : '',
    agentNotes: rec.notes.map((n) => n.text).join('\n'),
    dispositionNotes: rec.dispositionNotes ?? '',
  };
}
