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

/** The recording columns of a conversation, as the state machine last saw them (compare-and-set). */
export interface RecordingSnapshot {
  recState: ConversationRecord['recState'];
  recSinceMs: number | null;
  recAttempts: number;
  recFailedAtMs: number | null;
}

/** A remembered answer to an `Idempotency-Key` write. */
export interface IdempotentAnswer {
  /** Hash of the request (method, path, body) the key was first used with. */
  requestHash: string;
  status: number;
  body: unknown;
  atMs: number;
}

/** Conversations themselves. */
export interface ConversationRows {
  get(n: number): Promise<ConversationRecord | null>;
  getMany(ns: readonly number[]): Promise<ConversationRecord[]>;
  list(query: ConversationQuery, sort: SortOrder, limit: number, after: Keyset | null): Promise<ListPage>;
  /** Matches of a query, counting at most `cap` (returns `cap` when there are at least that many). */
  count(query: ConversationQuery, cap?: number): Promise<number>;
  /** Conversations matching a query, in the requested order, streamed page by page (exports). */
  iterate(query: ConversationQuery, sort: SortOrder): AsyncIterableIterator<ConversationRecord>;
  inProgress(): Promise<ConversationRecord[]>;
  insert(rec: ConversationRecord): Promise<void>;
  /** Replaces the whole row: read it inside `transaction` first so no concurrent edit is lost. */
  update(rec: ConversationRecord): Promise<void>;
  /**
   * Saves only the recording columns, and only if they still hold `before` (another request or
   * instance may have moved the recording meanwhile). Returns whether it was saved.
   */
  updateRecording(rec: ConversationRecord, before: RecordingSnapshot): Promise<boolean>;
  maxN(): Promise<number>;
}

/** Stored conversation events (supervisor actions, disposition updates). */
export interface EventLog {
  addEvent(e: Omit<StoredEvent, 'id'>): Promise<StoredEvent>;
  events(n: number): Promise<StoredEvent[]>;
}

export interface AuditLog {
  addAudit(e: Omit<AuditEntry, 'id'>): Promise<AuditEntry>;
  audit(n: number): Promise<AuditEntry[]>;
}

export interface SavedFilters {
  filters(userId: string): Promise<SavedFilterRow[]>;
  filter(userId: string, id: string): Promise<SavedFilterRow | null>;
  saveFilter(f: SavedFilterRow): Promise<void>;
  deleteFilter(userId: string, id: string): Promise<boolean>;
}

/** The live events log behind SSE and `Last-Event-ID`. */
export interface LiveLog {
  appendLive(type: string, atMs: number, data: string): Promise<number>;
  liveAfter(id: number, limit: number): Promise<LiveEventRow[]>;
  lastLiveId(): Promise<number>;
  trimLive(keep: number): Promise<void>;
  /**
   * Stores shared by several server instances tell each instance about every appended event id
   * (PostgreSQL LISTEN/NOTIFY). Absent on single-process stores: the hub publishes directly.
   * Resolves to a function that stops watching.
   */
  watchLive?(onAppended: (id: number) => void): Promise<() => Promise<void>>;
}

export interface IdempotencyStore {
  idempotent(scope: string, key: string): Promise<IdempotentAnswer | null>;
  /** Remembers the first answer for (scope, key); a second save of the same key keeps the first. */
  saveIdempotent(scope: string, key: string, answer: IdempotentAnswer): Promise<void>;
  /** Forgets answers older than `beforeMs`. */
  expireIdempotent(beforeMs: number): Promise<void>;
}

export interface MetaStore {
  meta(key: string): Promise<string | null>;
  setMeta(key: string, value: string): Promise<void>;
}

/**
 * Storage behind the HTTP layer: embedded SQLite (the default) or PostgreSQL, several server
 * instances sharing one database. Every method is async; `transaction` runs its callback with
 * every store call made inside it (however deep) in one database transaction, and rows read by
 * `get` inside it stay locked against other writers until it ends.
 */
export interface ConversationStore extends ConversationRows, EventLog, AuditLog, SavedFilters, LiveLog, IdempotencyStore, MetaStore {
  readonly engine: 'sqlite' | 'postgres';
  transaction<T>(fn: () => Promise<T>): Promise<T>;
  /**
   * Takes a named lock that one instance at a time holds among all instances sharing the store
   * (a PostgreSQL session advisory lock); resolves to its release, or null when another holds it.
   */
  tryExclusive(name: string): Promise<(() => Promise<void>) | null>;
  close(): Promise<void>;
}
