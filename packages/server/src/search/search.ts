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
}

export interface SearchHitRef {
  n: number;
  score: number;
  tier: SearchTier;
}

export interface SearchResultPage {
  hits: SearchHitRef[];
  total: number;
  nextCursor: string | null;
  /** Content words of the query (stop words removed), for highlighting. */
  terms: string[];
}

/**
 * Full-text search behind the HTTP layer: FTS5 is the reference, "none" answers ID lookups only,
 * and an OpenSearch adapter implements the same interface.
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
