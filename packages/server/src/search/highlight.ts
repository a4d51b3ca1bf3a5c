import type { TranscriptItem } from '../domain.js';
import type { Viewer } from '../present/conversation.js';
import { maskCustomer } from '../present/obscure.js';
import { transcriptFor } from '../present/transcript.js';
import type { ConversationRecord } from '../store/record.js';

export interface Highlight {
  field: 'transcript' | 'agent_note' | 'disposition_note';
  text: string;
  ranges: { start: number; end: number }[];
}

const MAX_TRANSCRIPT_HIGHLIGHTS = 3;
const MAX_FRAGMENT = 240;

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Word-prefix matcher for the query's terms (the index matches prefixes too). */
export function termMatcher(terms: readonly string[]): RegExp | null {
  if (!terms.length) return null;
  return new RegExp(`(?<![\\p{L}\\p{N}\\p{M}])(?:${terms.map(escapeRegExp).join('|')})[\\p{L}\\p{N}\\p{M}]*`, 'giu');
}

/** A fragment of `text` around its matches, with ranges relative to the fragment. */
function fragment(text: string, re: RegExp): { text: string; ranges: { start: number; end: number }[]; distinct: number } | null {
  const ranges: { start: number; end: number }[] = [];
  const words = new Set<string>();
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    ranges.push({ start: m.index, end: m.index + m[0].length });
    words.add(m[0].toLowerCase());
  }
  if (!ranges.length) return null;
  if (text.length <= MAX_FRAGMENT) return { text, ranges, distinct: words.size };
  const from = Math.max(0, ranges[0].start - 60);
  const to = Math.min(text.length, from + MAX_FRAGMENT);
  const prefix = from > 0 ? '…' : '';
  const suffix = to < text.length ? '…' : '';
  const shift = from - prefix.length;
  return {
    text: prefix + text.slice(from, to) + suffix,
    ranges: ranges.filter((r) => r.end <= to).map((r) => ({ start: r.start - shift, end: r.end - shift })),
    distinct: words.size,
  };
}

function itemText(item: TranscriptItem): string | null {
  if (item.kind === 'message' && item.speaker !== 'system') return item.text;
  if (item.kind === 'whisper') return item.text;
  if (item.kind === 'email') return `${item.subject}\n${item.bodyText}`;
  return null;
}

/** Where a search's terms occur in a conversation: transcript turns (best first), agent notes, disposition notes. */
export function highlightsFor(rec: ConversationRecord, terms: readonly string[], viewer: Viewer, nowMs: number): Highlight[] {
  const re = termMatcher(terms);
  if (!re) return [];
  const out: Highlight[] = [];
  const turns: (Highlight & { distinct: number })[] = [];
  for (const item of transcriptFor(rec, viewer, nowMs).items) {
    const text = itemText(item);
    const f = text && fragment(text, re);
    if (f) turns.push({ field: 'transcript', text: f.text, ranges: f.ranges, distinct: f.distinct });
  }
  turns.sort((a, b) => b.distinct - a.distinct);
  for (const t of turns.slice(0, MAX_TRANSCRIPT_HIGHLIGHTS)) out.push({ field: t.field, text: t.text, ranges: t.ranges });
  const customer = { name: rec.customerName, email: rec.customerEmail, phone: rec.customerPhone };
  const safe = (s: string) => (viewer.canViewPii ? s : maskCustomer(s, customer));
  for (const note of rec.notes) {
    const f = fragment(safe(note.text), re);
    if (f) out.push({ field: 'agent_note', text: f.text, ranges: f.ranges });
  }
  if (rec.dispositionNotes) {
    const f = fragment(safe(rec.dispositionNotes), re);
    if (f) out.push({ field: 'disposition_note', text: f.text, ranges: f.ranges });
  }
  return out;
}
