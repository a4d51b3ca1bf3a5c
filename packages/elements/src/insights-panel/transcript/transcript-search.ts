import type { TranscriptItem } from '@conversations-kit/sdk';
import type { Messages } from '../../i18n/messages.js';

/** One occurrence of the query: which item, which of its text fields, and where in that text. */
export interface SearchMatch {
  item: number;
  field: number;
  start: number;
  end: number;
}

/**
 * The texts of an item that a reader sees and that search looks through, in display order.
 * The transcript renders exactly these strings, so match offsets line up with what is on screen.
 */
export function searchableFields(item: TranscriptItem, t: Messages): readonly string[] {
  switch (item.kind) {
    case 'message':
    case 'whisper':
      return [item.text ?? ''];
    case 'transfer':
      return [item.stage === 'to_automation' ? t.insightsTransfer_to_automation : t.insightsTransfer_to_agent];
    case 'no_input':
      return [item.maxReached ? t.insightsMaxNoInput : t.insightsNoInput(item.attempt, item.maxAttempts)];
    case 'email':
      return [item.subject ?? '', item.bodyText ?? ''];
    case 'llm_error':
      return [item.message ?? '', item.eventPayload ?? ''];
    default:
      return [];
  }
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Every case-insensitive occurrence of `query` in the items, in reading order. Offsets are UTF-16
 * indices into the original strings (the `iu` regex folds case without changing lengths).
 */
export function findMatches(items: readonly TranscriptItem[], query: string, t: Messages, limit = 100_000): SearchMatch[] {
  const needle = query.trim();
  if (!needle) return [];
  const pattern = new RegExp(escapeRegExp(needle), 'giu');
  const matches: SearchMatch[] = [];
  for (let i = 0; i < items.length; i++) {
    const fields = searchableFields(items[i]!, t);
    for (let f = 0; f < fields.length; f++) {
      const text = fields[f]!;
      if (text.length < needle.length) continue;
      pattern.lastIndex = 0;
      for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
        matches.push({ item: i, field: f, start: m.index, end: m.index + m[0].length });
        if (matches.length >= limit) return matches;
      }
    }
  }
  return matches;
}

/** Matches grouped by item index, each keeping its position in the full list (to mark the current one). */
export function matchesByItem(matches: readonly SearchMatch[]): Map<number, { match: SearchMatch; index: number }[]> {
  const byItem = new Map<number, { match: SearchMatch; index: number }[]>();
  matches.forEach((match, index) => {
    let list = byItem.get(match.item);
    if (!list) byItem.set(match.item, (list = []));
    list.push({ match, index });
  });
  return byItem;
}

/**
 * The words a list search highlights in a transcript: quoted phrases stay whole, `-excluded` words
 * and the `OR` operator are left out (they match nothing on screen), one-letter words too.
 */
export function listSearchTerms(q: string): string[] {
  const terms: string[] = [];
  const pattern = /(-?)"([^"]*)"|(\S+)/g;
  for (let m = pattern.exec(q); m; m = pattern.exec(q)) {
    if (m[2] !== undefined) {
      if (!m[1] && m[2].trim()) terms.push(m[2].trim().replace(/\s+/g, ' '));
      continue;
    }
    const word = m[3]!;
    if (word === 'OR' || word.startsWith('-')) continue;
    const clean = word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    if (clean.length > 1) terms.push(clean);
  }
  return [...new Set(terms)];
}

/** Every occurrence of any of `terms` (longest first where they overlap), in reading order. */
export function findTermMatches(items: readonly TranscriptItem[], terms: readonly string[], t: Messages, limit = 100_000): SearchMatch[] {
  if (!terms.length) return [];
  const sorted = [...terms].sort((a, b) => b.length - a.length);
  // Spaces inside a phrase match any run of whitespace, as the backend's phrase match does.
  const pattern = new RegExp(sorted.map((term) => escapeRegExp(term).replace(/ /g, '\\s+')).join('|'), 'giu');
  const matches: SearchMatch[] = [];
  for (let i = 0; i < items.length; i++) {
    const fields = searchableFields(items[i]!, t);
    for (let f = 0; f < fields.length; f++) {
      pattern.lastIndex = 0;
      for (let m = pattern.exec(fields[f]!); m; m = pattern.exec(fields[f]!)) {
        if (!m[0]) break;
        matches.push({ item: i, field: f, start: m.index, end: m.index + m[0].length });
        if (matches.length >= limit) return matches;
      }
    }
  }
  return matches;
}
