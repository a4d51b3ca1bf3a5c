import { AsyncLocalStorage } from 'node:async_hooks';
import Database from 'better-sqlite3';
import type { ConversationQuery, Keyset, SortOrder } from '../query.js';
import type { ConversationRecord } from '../record.js';
import type { AuditEntry, ConversationStore, IdempotentAnswer, ListPage, LiveEventRow, RecordingSnapshot, SavedFilterRow, StoredEvent } from '../store.js';
import { whereClause } from './filters.js';
import { fromRow, toRow } from './rows.js';
import { CONVERSATION_COLUMNS, createConversationIndexes, createSchema, createSearchSchema } from './schema.js';

export function openDatabase(path: string): Database.Database {
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('busy_timeout = 5000');
  db.pragma('cache_size = -65536');
  db.pragma('mmap_size = 1073741824');
  createSchema(db);
  createConversationIndexes(db);
  createSearchSchema(db);
  return db;
}

const COLS = CONVERSATION_COLUMNS.join(', ');
const PLACEHOLDERS = CONVERSATION_COLUMNS.map(() => '?').join(', ');

/**
 * The embedded store. better-sqlite3 is synchronous; the async interface is kept honest by
 * `transaction`: while one is open (its callback may await), calls from outside it wait for it to
 * end, so nothing another request writes is committed or rolled back with it.
 */
export class SqliteStore implements ConversationStore {
  readonly engine = 'sqlite';
  readonly db: Database.Database;
  private readonly scope = new AsyncLocalStorage<object>();
  /** The open transaction (its token and a promise settled when it ends), if any. */
  private open: { token: object; done: Promise<void> } | null = null;
  /** Transactions queue up behind each other. */
  private tail: Promise<void> = Promise.resolve();
  private readonly stmts;
  /** Statement cache for the dynamic filter queries (the set of shapes is small). */
  private readonly dynamic = new Map<string, Database.Statement>();

  constructor(db: Database.Database) {
    this.db = db;
    this.stmts = {
      get: db.prepare(`SELECT ${COLS} FROM conversations WHERE n = ?`).raw(true),
      insert: db.prepare(`INSERT INTO conversations (${COLS}) VALUES (${PLACEHOLDERS})`),
      update: db.prepare(`INSERT OR REPLACE INTO conversations (${COLS}) VALUES (${PLACEHOLDERS})`),
      updateRecording: db.prepare(
        `UPDATE conversations SET rec_state = ?, rec_since_ms = ?, rec_attempts = ?, rec_failed_at_ms = ?
         WHERE n = ? AND rec_state IS ? AND rec_since_ms IS ? AND rec_attempts = ? AND rec_failed_at_ms IS ?`,
      ),
      inProgress: db.prepare(`SELECT ${COLS} FROM conversations WHERE status = 'in_progress' ORDER BY start_ms`).raw(true),
      maxN: db.prepare(`SELECT coalesce(max(n), 0) AS m FROM conversations`),
      addEvent: db.prepare(`INSERT INTO events (n, type, at_ms, actor, details) VALUES (?, ?, ?, ?, ?)`),
      events: db.prepare(`SELECT * FROM events WHERE n = ? ORDER BY at_ms, id`),
      addAudit: db.prepare(`INSERT INTO disposition_audit (n, at_ms, actor, from_code, from_notes, to_code, to_notes, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`),
      audit: db.prepare(`SELECT * FROM disposition_audit WHERE n = ? ORDER BY id`),
      filters: db.prepare(`SELECT * FROM saved_filters WHERE user_id = ? ORDER BY created_ms, id`),
      filter: db.prepare(`SELECT * FROM saved_filters WHERE user_id = ? AND id = ?`),
      saveFilter: db.prepare(`INSERT OR REPLACE INTO saved_filters (id, user_id, name, is_default, query, created_ms, updated_ms) VALUES (?, ?, ?, ?, ?, ?, ?)`),
      deleteFilter: db.prepare(`DELETE FROM saved_filters WHERE user_id = ? AND id = ?`),
      appendLive: db.prepare(`INSERT INTO live_events (type, at_ms, data) VALUES (?, ?, ?)`),
      liveAfter: db.prepare(`SELECT * FROM live_events WHERE id > ? ORDER BY id LIMIT ?`),
      lastLive: db.prepare(`SELECT coalesce(max(id), 0) AS m FROM live_events`),
      trimLive: db.prepare(`DELETE FROM live_events WHERE id <= (SELECT coalesce(max(id), 0) FROM live_events) - ?`),
      meta: db.prepare(`SELECT value FROM meta WHERE key = ?`),
      setMeta: db.prepare(`INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)`),
      idempotent: db.prepare(`SELECT request_hash, status, body, at_ms FROM idempotency_keys WHERE scope = ? AND key = ?`),
      saveIdempotent: db.prepare(`INSERT OR IGNORE INTO idempotency_keys (scope, key, request_hash, status, body, at_ms) VALUES (?, ?, ?, ?, ?, ?)`),
      expireIdempotent: db.prepare(`DELETE FROM idempotency_keys WHERE at_ms < ?`),
    };
  }

  static open(path: string): SqliteStore {
    return new SqliteStore(openDatabase(path));
  }

  private prepared(sql: string, raw = false): Database.Statement {
    let s = this.dynamic.get(sql);
    if (!s) {
      s = this.db.prepare(sql);
      if (raw) s.raw(true);
      if (this.dynamic.size > 500) this.dynamic.clear();
      this.dynamic.set(sql, s);
    }
    return s;
  }

  async get(n: number): Promise<ConversationRecord | null> {
    await this.outside();
    const row = this.stmts.get.get(n) as unknown[] | undefined;
    return row ? fromRow(row) : null;
  }

  async getMany(ns: readonly number[]): Promise<ConversationRecord[]> {
    if (!ns.length) return [];
    await this.outside();
    const out: ConversationRecord[] = [];
    for (let i = 0; i < ns.length; i += 500) {
      const chunk = ns.slice(i, i + 500);
      const rows = this.prepared(`SELECT ${COLS} FROM conversations WHERE n IN (${chunk.map(() => '?').join(',')})`, true).all(...chunk) as unknown[][];
      for (const row of rows) out.push(fromRow(row));
    }
    const byN = new Map(out.map((r) => [r.n, r]));
    return ns.map((n) => byN.get(n)).filter((r): r is ConversationRecord => r !== undefined);
  }

  async list(query: ConversationQuery, sort: SortOrder, limit: number, after: Keyset | null): Promise<ListPage> {
    await this.outside();
    const { sql, params } = whereClause(query);
    const desc = sort === 'startTime:desc';
    let keyset = '';
    if (after) {
      keyset = desc ? ' AND (c.start_ms < ? OR (c.start_ms = ? AND c.n < ?))' : ' AND (c.start_ms > ? OR (c.start_ms = ? AND c.n > ?))';
      params.push(after.startMs, after.startMs, after.n);
    }
    const dir = desc ? 'DESC' : 'ASC';
    const rows = this.prepared(
      `SELECT ${COLS} FROM conversations c WHERE ${sql}${keyset} ORDER BY c.start_ms ${dir}, c.n ${dir} LIMIT ?`,
      true,
    ).all(...params, limit + 1) as unknown[][];
    const records = rows.slice(0, limit).map(fromRow);
    const last = records[records.length - 1];
    return { records, next: rows.length > limit && last ? { startMs: last.startMs, n: last.n } : null };
  }

  async count(query: ConversationQuery, cap?: number): Promise<number> {
    await this.outside();
    const { sql, params } = whereClause(query);
    if (cap === undefined || sql === '1') {
      return (this.prepared(`SELECT count(*) AS c FROM conversations c WHERE ${sql}`).get(...params) as { c: number }).c;
    }
    return (this.prepared(`SELECT count(*) AS c FROM (SELECT 1 FROM conversations c WHERE ${sql} LIMIT ?)`).get(...params, cap) as { c: number }).c;
  }

  async *iterate(query: ConversationQuery, sort: SortOrder): AsyncIterableIterator<ConversationRecord> {
    // Pages rather than one long-lived statement, so writers are never blocked behind a slow download;
    // small pages, because each one is a synchronous read that holds the event loop while it runs.
    let after: Keyset | null = null;
    for (;;) {
      const page = await this.list(query, sort, 100, after);
      yield* page.records;
      if (!page.next) return;
      after = page.next;
    }
  }

  async inProgress(): Promise<ConversationRecord[]> {
    await this.outside();
    return (this.stmts.inProgress.all() as unknown[][]).map(fromRow);
  }

  async insert(rec: ConversationRecord): Promise<void> {
    await this.outside();
    this.stmts.insert.run(toRow(rec));
  }

  async update(rec: ConversationRecord): Promise<void> {
    await this.outside();
    this.stmts.update.run(toRow(rec));
  }

  async updateRecording(rec: ConversationRecord, before: RecordingSnapshot): Promise<boolean> {
    await this.outside();
    return this.stmts.updateRecording.run(
      rec.recState, rec.recSinceMs, rec.recAttempts, rec.recFailedAtMs,
      rec.n, before.recState, before.recSinceMs, before.recAttempts, before.recFailedAtMs,
    ).changes > 0;
  }

  async maxN(): Promise<number> {
    await this.outside();
    return (this.stmts.maxN.get() as { m: number }).m;
  }

  async addEvent(e: Omit<StoredEvent, 'id'>): Promise<StoredEvent> {
    await this.outside();
    const info = this.stmts.addEvent.run(e.n, e.type, e.atMs, e.actor, JSON.stringify(e.details));
    return { ...e, id: Number(info.lastInsertRowid) };
  }

  async events(n: number): Promise<StoredEvent[]> {
    await this.outside();
    return (this.stmts.events.all(n) as { id: number; n: number; type: string; at_ms: number; actor: string | null; details: string }[]).map((r) => ({
      id: r.id, n: r.n, type: r.type, atMs: r.at_ms, actor: r.actor, details: JSON.parse(r.details) as Record<string, unknown>,
    }));
  }

  async addAudit(e: Omit<AuditEntry, 'id'>): Promise<AuditEntry> {
    await this.outside();
    const info = this.stmts.addAudit.run(e.n, e.atMs, e.actor, e.fromCode, e.fromNotes, e.toCode, e.toNotes, e.version);
    return { ...e, id: Number(info.lastInsertRowid) };
  }

  async audit(n: number): Promise<AuditEntry[]> {
    await this.outside();
    return (this.stmts.audit.all(n) as Record<string, unknown>[]).map((r) => ({
      id: r.id as number, n: r.n as number, atMs: r.at_ms as number, actor: r.actor as string, fromCode: r.from_code as string | null,
      fromNotes: r.from_notes as string | null, toCode: r.to_code as string, toNotes: r.to_notes as string | null, version: r.version as number,
    }));
  }

  async filters(userId: string): Promise<SavedFilterRow[]> {
    await this.outside();
    return (this.stmts.filters.all(userId) as Record<string, unknown>[]).map(filterFromRow);
  }

  async filter(userId: string, id: string): Promise<SavedFilterRow | null> {
    await this.outside();
    const row = this.stmts.filter.get(userId, id) as Record<string, unknown> | undefined;
    return row ? filterFromRow(row) : null;
  }

  async saveFilter(f: SavedFilterRow): Promise<void> {
    await this.outside();
    this.stmts.saveFilter.run(f.id, f.userId, f.name, +f.isDefault, JSON.stringify(f.query), f.createdMs, f.updatedMs);
  }

  async deleteFilter(userId: string, id: string): Promise<boolean> {
    await this.outside();
    return this.stmts.deleteFilter.run(userId, id).changes > 0;
  }

  async appendLive(type: string, atMs: number, data: string): Promise<number> {
    await this.outside();
    return Number(this.stmts.appendLive.run(type, atMs, data).lastInsertRowid);
  }

  async liveAfter(id: number, limit: number): Promise<LiveEventRow[]> {
    await this.outside();
    return (this.stmts.liveAfter.all(id, limit) as { id: number; type: string; at_ms: number; data: string }[]).map((r) => ({ id: r.id, type: r.type, atMs: r.at_ms, data: r.data }));
  }

  async lastLiveId(): Promise<number> {
    await this.outside();
    return (this.stmts.lastLive.get() as { m: number }).m;
  }

  async trimLive(keep: number): Promise<void> {
    await this.outside();
    this.stmts.trimLive.run(keep);
  }

  async meta(key: string): Promise<string | null> {
    await this.outside();
    return (this.stmts.meta.get(key) as { value: string } | undefined)?.value ?? null;
  }

  async setMeta(key: string, value: string): Promise<void> {
    await this.outside();
    this.stmts.setMeta.run(key, value);
  }

  async idempotent(scope: string, key: string): Promise<IdempotentAnswer | null> {
    await this.outside();
    const row = this.stmts.idempotent.get(scope, key) as { request_hash: string; status: number; body: string; at_ms: number } | undefined;
    return row ? { requestHash: row.request_hash, status: row.status, body: JSON.parse(row.body) as unknown, atMs: row.at_ms } : null;
  }

  async saveIdempotent(scope: string, key: string, a: IdempotentAnswer): Promise<void> {
    await this.outside();
    this.stmts.saveIdempotent.run(scope, key, a.requestHash, a.status, JSON.stringify(a.body), a.atMs);
  }

  async expireIdempotent(beforeMs: number): Promise<void> {
    await this.outside();
    this.stmts.expireIdempotent.run(beforeMs);
  }

  async transaction<T>(fn: () => Promise<T>): Promise<T> {
    // A transaction opened inside another one joins it.
    if (this.open && this.scope.getStore() === this.open.token) return fn();
    const previous = this.tail;
    let end!: () => void;
    const done = new Promise<void>((resolve) => (end = resolve));
    this.tail = previous.then(() => done);
    await previous;
    await this.outside();
    const token = {};
    this.open = { token, done };
    try {
      this.db.exec('BEGIN IMMEDIATE');
      const result = await this.scope.run(token, fn);
      this.db.exec('COMMIT');
      return result;
    } catch (e) {
      if (this.db.inTransaction) this.db.exec('ROLLBACK');
      throw e;
    } finally {
      this.open = null;
      end();
    }
  }

  /** Waits while a transaction this call is not part of is open. */
  private async outside(): Promise<void> {
    while (this.open && this.scope.getStore() !== this.open.token) await this.open.done;
  }

  async tryExclusive(): Promise<() => Promise<void>> {
    // One process owns an embedded database: there is nobody to exclude.
    return async () => undefined;
  }

  async close(): Promise<void> {
    await this.tail;
    this.db.close();
  }
}

function filterFromRow(r: Record<string, unknown>): SavedFilterRow {
  return {
    id: r.id as string, userId: r.user_id as string, name: r.name as string, isDefault: r.is_default === 1,
    query: JSON.parse(r.query as string) as ConversationQuery, createdMs: r.created_ms as number, updatedMs: r.updated_ms as number,
  };
}
