import type { TranscriptItem } from '../domain.js';
import type { Viewer } from '../present/conversation.js';
import { maskCustomer } from '../present/obscure.js';
import { transcriptFor } from '../present/transcript.js';
import type { ConversationRecord } from '../store/record.js';
import { allowsInfix, allowsPartial, wordSpans, type WordSpan } from './normalize.js';
import type { HighlightQuery } from './search.js';

export interface Highlight {
  field: 'transcript' | 'agent_note' | 'disposition_note';
  text: string;
  ranges: { start: number; end: number }[];
}

const MAX_TRANSCRIPT_HIGHLIGHTS = 3;
const MAX_FRAGMENT = 240;

interface Found {
  text: string;
  ranges: { start: number; end: number }[];
  /** Offset of the first exact phrase, or -1. */
  phraseAt: number;
  distinct: number;
}

/** Whether a folded word of the text matches a folded query word, as the index matches it. */
function matchesWord(w: string, q: string): boolean {
  return w === q || (allowsPartial(q) && w.startsWith(q)) || (allowsInfix(q) && w.includes(q));
}

/** Where the query occurs in one text: exact phrases as one range each, other matching words alone. */
function find(text: string, query: HighlightQuery): Found | null {
  const spans = wordSpans(text);
  const content = spans.filter((s) => !s.stop);
  const ranges: { start: number; end: number }[] = [];
  const covered = new Set<WordSpan>();
  let phraseAt = -1;
  for (const phrase of query.phrases) {
    if (phrase.length < 2) continue;
    for (let i = 0; i + phrase.length <= content.length; i++) {
      if (!phrase.every((w, k) => content[i + k].folded === w)) continue;
      const first = content[i];
      const last = content[i + phrase.length - 1];
      if (covered.has(first)) continue;
      ranges.push({ start: first.start, end: last.end });
      for (let k = 0; k < phrase.length; k++) covered.add(content[i + k]);
      if (phraseAt < 0 || first.start < phraseAt) phraseAt = first.start;
    }
  }
  const words = new Set<string>();
  for (const s of content) {
    if (covered.has(s)) {
      words.add(s.folded);
      continue;
    }
    const q = query.words.find((w) => matchesWord(s.folded, w));
    if (q === undefined) continue;
    ranges.push({ start: s.start, end: s.end });
    words.add(q);
  }
  if (!ranges.length) return null;
  ranges.sort((a, b) => a.start - b.start);
  return { text, ranges, phraseAt, distinct: words.size };
}

/** A fragment of at most MAX_FRAGMENT characters around the phrase (else the first match), ranges shifted into it. */
function fragment(f: Found): { text: string; ranges: { start: number; end: number }[] } {
  if (f.text.length <= MAX_FRAGMENT) return { text: f.text, ranges: f.ranges };
  const anchor = f.phraseAt >= 0 ? f.phraseAt : f.ranges[0].start;
  const from = Math.max(0, Math.min(anchor - 60, f.text.length - MAX_FRAGMENT));
  const to = Math.min(f.text.length, from + MAX_FRAGMENT);
  const prefix = from > 0 ? '…' : '';
  const suffix = to < f.text.length ? '…' : '';
  const shift = from - prefix.length;
  return {
    text: prefix + f.text.slice(from, to) + suffix,
    ranges: f.ranges.filter((r) => r.start >= from && r.end <= to).map((r) => ({ start: r.start - shift, end: r.end - shift })),
  };
}

function itemText(item: TranscriptItem): string | null {
  if (item.kind === 'message' && item.speaker !== 'system') return item.text;
  if (item.kind === 'whisper') return item.text;
  if (item.kind === 'email') return `${item.subject}\n${item.bodyText}`;
  return null;
}

/**
 * Where a search's words occur in a conversation, as the caller may see it: transcript turns
 * (those with the exact phrase first, then those with more of the words), agent notes,
 * disposition notes. Without pii.view the text is masked first, so PII is never highlighted.
 */
export function highlightsFor(rec: ConversationRecord, query: HighlightQuery, viewer: Viewer, nowMs: number): Highlight[] {
  if (!query.words.length) return [];
  const out: Highlight[] = [];
  const turns: Found[] = [];
  for (const item of transcriptFor(rec, viewer, nowMs).items) {
    const text = itemText(item);
    const f = text && find(text, query);
    if (f) turns.push(f);
  }
  turns.sort((a, b) => Number(b.phraseAt >= 0) - Number(a.phraseAt >= 0) || b.distinct - a.distinct);
  for (const t of turns.slice(0, MAX_TRANSCRIPT_HIGHLIGHTS)) out.push({ field: 'transcript', ...fragment(t) });
  const customer = { name: rec.customerName, email: rec.customerEmail, phone: rec.customerPhone };
  const safe = (s: string) => (viewer.canViewPii ? s : maskCustomer(s, customer));
  for (const note of rec.notes) {
    const f = find(safe(note.text), query);
    if (f) out.push({ field: 'agent_note', ...fragment(f) });
  }
  if (rec.dispositionNotes) {
    const f = find(safe(rec.dispositionNotes), query);
    if (f) out.push({ field: 'disposition_note', ...fragment(f) });
  }
  return out;
}
