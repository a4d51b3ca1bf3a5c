import type { ConversationQuery, Keyset, SortOrder } from './query.js';
import type { ConversationRecord } from './record.js';

export interface StoredEvent {
  id: number;
  n: number;
  type: string;
  atMs: number;
  actor: string | null;
  details: Record<string, unknown>;
}

export interface AuditEntry {
  id: number;
  n: number;
  atMs: number;
  actor: string;
  fromCode: string | null;
  fromNotes: string | null;
  toCode: string;
  toNotes: string | null;
  version: number;
}

export interface SavedFilterRow {
  id: string;
  userId: string;
  name: string;
  isDefault: boolean;
  query: ConversationQuery;
  createdMs: number;
  updatedMs: number;
}

export interface LiveEventRow {
  id: number;
  type: string;
  atMs: number;
  data: string;
}

export interface ListPage {
  records: ConversationRecord[];
  /** Keyset of the last row when more rows follow. */
  next: Keyset | null;
}

/**
 * Storage behind the HTTP layer. The SQLite implementation is the reference; a PostgreSQL one
 * implements the same methods. Methods are synchronous because better-sqlite3 is.
 */
export interface ConversationStore {
  get(n: number): ConversationRecord | null;
  getMany(ns: readonly number[]): ConversationRecord[];
  list(query: ConversationQuery, sort: SortOrder, limit: number, after: Keyset | null): ListPage;
  /** Matches of a query, counting at most `cap` (returns `cap` when there are at least that many). */
  count(query: ConversationQuery, cap?: number): number;
  /** Conversations matching a query, in the requested order, streamed (exports). */
  iterate(query: ConversationQuery, sort: SortOrder): IterableIterator<ConversationRecord>;
  inProgress(): ConversationRecord[];
  insert(rec: ConversationRecord): void;
  update(rec: ConversationRecord): void;
  maxN(): number;

  addEvent(e: Omit<StoredEvent, 'id'>): StoredEvent;
  events(n: number): StoredEvent[];

  addAudit(e: Omit<AuditEntry, 'id'>): AuditEntry;
  audit(n: number): AuditEntry[];

  filters(userId: string): SavedFilterRow[];
  filter(userId: string, id: string): SavedFilterRow | null;
  saveFilter(f: SavedFilterRow): void;
  deleteFilter(userId: string, id: string): boolean;

  appendLive(type: string, atMs: number, data: string): number;
  liveAfter(id: number, limit: number): LiveEventRow[];
  lastLiveId(): number;
  trimLive(keep: number): void;

  meta(key: string): string | null;
  setMeta(key: string, value: string): void;
  transaction<T>(fn: () => T): T;
  close(): void;
}
