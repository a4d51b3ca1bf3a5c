import { candidatesForIdentifier, matchesIdentifier } from '../present/identifiers.js';
import { decodeCursor, encodeCursor } from '../store/query.js';
import { parsePublicId, publicId } from '../store/record.js';
import type { ConversationStore } from '../store/store.js';
import { invalid } from '../http/errors.js';
import { NO_HIGHLIGHT, type SearchRequest, type SearchResultPage } from './search.js';

/** Looks like an identifier: one token with digits, no spaces. */
export function looksLikeId(q: string): boolean {
  const t = q.trim();
  return t.length >= 4 && !/\s/.test(t) && /\d/.test(t) && /^[\w.:@+-]+$/.test(t);
}

/**
 * Conversations whose ID, session ID, user ID or derived identifiers equal `q` exactly, ignoring
 * case. Never a prefix: conv_00497 is not conv_000497.
 */
export async function findById(store: ConversationStore, q: string): Promise<number[]> {
  const id = q.trim().toLowerCase();
  const ns = new Set<number>();
  const direct = parsePublicId(id);
  if (direct !== null && publicId(direct) === id) ns.add(direct);
  for (const field of ['sessionId', 'userId'] as const) {
    if (/^(ses|u)_[0-9a-f]+$/.test(id)) {
      for (const rec of (await store.list({ [field]: [id] }, 'startTime:desc', 50, null)).records) ns.add(rec.n);
    }
  }
  for (const n of candidatesForIdentifier(id)) {
    const rec = await store.get(n);
    if (rec && matchesIdentifier(rec, id)) ns.add(n);
  }
  return [...ns];
}

/** An ID search page: matches (restricted by the filters) with tier `id`. */
export async function idSearch(store: ConversationStore, req: SearchRequest, found?: number[]): Promise<SearchResultPage> {
  const ns = found ?? (await findById(store, req.q));
  let offset = 0;
  if (req.cursor) {
    const c = decodeCursor(req.cursor);
    if (!Array.isArray(c) || c[0] !== 'id' || !Number.isSafeInteger(c[1]) || c[1] < 0) throw invalid('cursor', 'is not a cursor of this search');
    offset = c[1];
  }
  const empty: SearchResultPage = { hits: [], total: 0, totalIsLowerBound: false, nextCursor: null, highlight: NO_HIGHLIGHT };
  const ids = ns.map(publicId);
  const wanted = req.query.conversationId;
  const allowed = wanted?.length ? ids.filter((id) => wanted.includes(id)) : ids;
  if (!allowed.length) return empty;
  const sort = req.sort === 'startTime:asc' ? 'startTime:asc' : 'startTime:desc';
  const matched = (await store.list({ ...req.query, conversationId: allowed }, sort, 1000, null)).records;
  const page = matched.slice(offset, offset + req.limit);
  return {
    hits: page.map((r) => ({ n: r.n, score: 1, tier: 'id' as const })),
    total: matched.length,
    totalIsLowerBound: false,
    nextCursor: offset + req.limit < matched.length ? encodeCursor(['id', offset + req.limit]) : null,
    highlight: NO_HIGHLIGHT,
  };
}
