import type { ConversationQuery } from '../store/query.js';
import type { ConversationRecord } from '../store/record.js';
import type { SearchDocument } from './document.js';

export type SearchTier = 'exact' | 'all_words' | 'some_words' | 'id';
export type SearchSort = 'relevance' | 'startTime:desc' | 'startTime:asc';

export interface SearchRequest {
  q: string;
  sort: SearchSort;
  limit: number;
  cursor: string | null;
  query: ConversationQuery;
  /** Callers without pii.view never match the customer's name, e-mail or phone. */
  canViewPii: boolean;
}

export interface SearchHitRef {
  n: number;
  score: number;
  tier: SearchTier;
}

/** What the highlighter marks: folded words (partial matches included) and the exact-tier phrases. */
export interface HighlightQuery {
  words: string[];
  phrases: string[][];
}

export interface SearchResultPage {
  hits: SearchHitRef[];
  /** Matches in total; a lower bound when `totalIsLowerBound`. */
  total: number;
  totalIsLowerBound: boolean;
  nextCursor: string | null;
  highlight: HighlightQuery;
}

/** Totals are counted up to this many matches; beyond it the answer says "at least". */
export const TOTAL_CAP = 5_000;

export const NO_HIGHLIGHT: HighlightQuery = { words: [], phrases: [] };

/**
 * Full-text search behind the HTTP layer: FTS5 is the reference, PostgreSQL implements the same
 * behaviour, and "none" answers ID lookups only.
 */
export interface SearchIndex {
  readonly fullText: boolean;
  search(req: SearchRequest): Promise<SearchResultPage>;
  /**
   * Adds or replaces a conversation's document. The embedded (SQLite) index writes synchronously
   * before the promise is returned, so it joins the caller's open store transaction.
   */
  index(rec: ConversationRecord, doc: SearchDocument): Promise<void>;
}
