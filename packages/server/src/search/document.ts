import type { TranscriptItem } from '../domain.js';
import { buildScript, searchableTranscript, type Script } from '../generator/transcript.js';
import { maskCustomer } from '../present/obscure.js';
import type { ConversationRecord } from '../store/record.js';
import { allowsPartial, contentWords } from './normalize.js';

/** Per-word document counts gathered while documents are built (seeding). */
export class VocabularyCounter {
  private readonly entries = new Map<string, { docs: number; last: number; vocabulary: boolean }>();
  private doc = 0;

  /** Starts counting the next document. */
  next(): void {
    this.doc++;
  }

  see(word: string): void {
    let e = this.entries.get(word);
    if (!e) this.entries.set(word, (e = { docs: 0, last: 0, vocabulary: allowsPartial(word) }));
    if (e.last !== this.doc) {
      e.last = this.doc;
      e.docs++;
    }
  }

  /** Counts of the words that can be expanded (3+ characters with a letter). */
  counts(): [string, number][] {
    const out: [string, number][] = [];
    for (const [w, e] of this.entries) if (e.vocabulary) out.push([w, e.docs]);
    return out;
  }
}

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

export function documentFor(rec: ConversationRecord, nowMs: number, script: Script = buildScript(rec), counter?: VocabularyCounter): SearchDocument {
  counter?.next();
  const words = (text: string) => {
    const out = contentWords(text);
    if (counter) for (const w of out) counter.see(w);
    return out.join(' ');
  };
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
    return words(masked);
  };
  return {
    transcript: field(rec.hasTranscript ? searchableTranscript(visibleItems(rec, script, nowMs)) : ''),
    agentNotes: field(rec.notes.map((n) => n.text).join('\n')),
    dispositionNotes: field(rec.dispositionNotes ?? ''),
    pii: words(pii.join('\n')),
  };
}
