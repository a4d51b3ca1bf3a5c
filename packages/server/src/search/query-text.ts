/**
 * The search box's syntax, as Gmail and Genesys users expect it:
 *   words           each word counts; conversations with more (and rarer) of them rank higher
 *   "a phrase"      must occur as a phrase (common words inside it are skipped)
 *   -word, -"a b"   conversations containing it are left out
 *   a OR b          either word satisfies that part of the query
 * Anything else is text: FTS syntax characters are never passed through, so no input is an error.
 * A token such as TK-37887 or conv-12 is one term made of adjacent words.
 */
import { contentWords } from './normalize.js';

/** One searchable unit: a folded word, or adjacent folded words (TK-37887 → tk 37887). */
export type Term = string[];

export interface Clause {
  /** Any of these satisfies the clause (more than one with OR). */
  alternatives: Term[];
  /** A quoted phrase: every result must contain it. */
  required: boolean;
}

export interface ParsedQuery {
  clauses: Clause[];
  excluded: Term[];
  /** Every folded content word to look for, for highlighting. */
  words: string[];
}

const MAX_CLAUSES = 16;

interface RawItem {
  text: string;
  quoted: boolean;
  negated: boolean;
}

function lex(q: string): RawItem[] {
  const items: RawItem[] = [];
  let i = 0;
  while (i < q.length) {
    const c = q[i];
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    let negated = false;
    if (c === '-' && i + 1 < q.length && !/\s/.test(q[i + 1])) {
      negated = true;
      i++;
    }
    if (q[i] === '"' || q[i] === '“' || q[i] === '”') {
      const end = q.slice(i + 1).search(/["“”]/);
      const close = end < 0 ? q.length : i + 1 + end;
      items.push({ text: q.slice(i + 1, close), quoted: true, negated });
      i = close + 1;
      continue;
    }
    let j = i;
    while (j < q.length && !/\s/.test(q[j]) && q[j] !== '"' && q[j] !== '“') j++;
    items.push({ text: q.slice(i, j), quoted: false, negated });
    i = j;
  }
  return items;
}

export function parseQuery(q: string): ParsedQuery {
  const clauses: Clause[] = [];
  const excluded: Term[] = [];
  let joinNext = false;
  for (const item of lex(q.normalize('NFC'))) {
    if (!item.quoted && !item.negated && item.text === 'OR') {
      joinNext = clauses.length > 0;
      continue;
    }
    const words = contentWords(item.text);
    if (!words.length) continue;
    if (item.negated) {
      excluded.push(words);
      joinNext = false;
      continue;
    }
    const last = clauses[clauses.length - 1];
    if (joinNext && last && !last.required && !item.quoted) {
      last.alternatives.push(words);
    } else if (item.quoted || words.length === 1) {
      clauses.push({ alternatives: [words], required: item.quoted });
    } else {
      // Unquoted punctuation-joined words (TK-37887, e-mail) stay one term.
      clauses.push({ alternatives: [words], required: false });
    }
    joinNext = false;
  }
  const kept = clauses.slice(0, MAX_CLAUSES);
  const words = [...new Set(kept.flatMap((c) => c.alternatives.flat()))];
  return { clauses: kept, excluded, words };
}

/** The exact-tier phrases: the clauses' words in query order, one phrase per choice of OR alternatives (at most 8). */
export function exactSequences(p: ParsedQuery): Term[] {
  let seqs: Term[] = [[]];
  for (const c of p.clauses) {
    const next: Term[] = [];
    for (const s of seqs) for (const alt of c.alternatives) next.push([...s, ...alt]);
    if (next.length > 8) return [];
    seqs = next;
  }
  return seqs.filter((s) => s.length > 0);
}
