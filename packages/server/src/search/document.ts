import type { TranscriptItem } from '../domain.js';
import { buildScript, searchableTranscript, type Script } from '../generator/transcript.js';
import { maskCustomer } from '../present/obscure.js';
import type { ConversationRecord } from '../store/record.js';
import { allowsPartial, contentWords } from './normalize.js';

/**
 * What the full-text index holds for one conversation: folded words (normalize.ts) per field.
 * Transcript and notes are indexed as callers without pii.view see them (the customer's name,
 * e-mail and phone masked, exactly as the presenters mask them); `pii` holds the customer's name,
 * e-mail and phone and the unmasked lines that contained them, matched only for pii.view.
 */
export interface SearchDocument {
  transcript: string;
  agentNotes: string;
  dispositionNotes: string;
  pii: string;
}

/** Items a reader can see at `nowMs`: a conversation in progress shows only what has happened. */
export function visibleItems(rec: ConversationRecord, script: Script, nowMs: number): TranscriptItem[] {
  if (rec.status !== 'in_progress') return script.items;
  const elapsed = nowMs - rec.startMs;
  return script.items.filter((i) => Date.parse(i.at) - rec.startMs <= elapsed);
}

export function documentFor(rec: ConversationRecord, nowMs: number, script: Script = buildScript(rec)): SearchDocument {
  const customer = { name: rec.customerName, email: rec.customerEmail, phone: rec.customerPhone };
  const pii: string[] = [rec.customerName, rec.customerEmail, rec.customerPhone];
  const field = (text: string) => {
    if (!text) return '';
    const masked = maskCustomer(text, customer);
    if (masked !== text) {
      const shown = masked.split('\n');
      text.split('\n').forEach((line, i) => {
        if (line !== shown[i]) pii.push(line);
      });
    }
    return contentWords(masked).join(' ');
  };
  return {
    transcript: field(rec.hasTranscript ? searchableTranscript(visibleItems(rec, script, nowMs)) : ''),
    agentNotes: field(rec.notes.map((n) => n.text).join('\n')),
    dispositionNotes: field(rec.dispositionNotes ?? ''),
    pii: contentWords(pii.join('\n')).join(' '),
  };
}

/** Adds one to `counts` for each distinct vocabulary word of the document (words that can be expanded). */
export function countVocabulary(doc: SearchDocument, counts: Map<string, number>): void {
  const seen = new Set<string>();
  for (const text of [doc.transcript, doc.agentNotes, doc.dispositionNotes, doc.pii]) {
    if (!text) continue;
    for (const w of text.split(' ')) {
      if (seen.has(w) || !allowsPartial(w)) continue;
      seen.add(w);
      counts.set(w, (counts.get(w) ?? 0) + 1);
    }
  }
}
