import Database from 'better-sqlite3';
import type { ConversationQuery, Keyset, SortOrder } from '../query.js';
import type { ConversationRecord } from '../record.js';
import type { AuditEntry, ConversationStore, ListPage, LiveEventRow, SavedFilterRow, StoredEvent } from '../store.js';
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

export class SqliteStore implements ConversationStore {
  readonly db: Database.Database;
  private readonly stmts;
  /** Statement cache for the dynamic filter queries (the set of shapes is small). */
  private readonly dynamic = new Map<string, Database.Statement>();

  constructor(db: Database.Database) {
    this.db = db;
    this.stmts = {
      get: db.prepare(`SELECT ${COLS} FROM conversations WHERE n = ?`).raw(true),
      insert: db.prepare(`INSERT INTO conversations (${COLS}) VALUES (${PLACEHOLDERS})`),
      update: db.prepare(`INSERT OR REPLACE INTO conversations (${COLS}) VALUES (${PLACEHOLDERS})`),
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

  get(n: number): ConversationRecord | null {
    const row = this.stmts.get.get(n) as unknown[] | undefined;
    return row ? fromRow(row) : null;
  }

  getMany(ns: readonly number[]): ConversationRecord[] {
    if (!ns.length) return [];
    const out: ConversationRecord[] = [];
    for (let i = 0; i < ns.length; i += 500) {
      const chunk = ns.slice(i, i + 500);
      const rows = this.prepared(`SELECT ${COLS} FROM conversations WHERE n IN (${chunk.map(() => '?').join(',')})`, true).all(...chunk) as unknown[][];
      for (const row of rows) out.push(fromRow(row));
    }
    const byN = new Map(out.map((r) => [r.n, r]));
    return ns.map((n) => byN.get(n)).filter((r): r is ConversationRecord => r !== undefined);
  }

  list(query: ConversationQuery, sort: SortOrder, limit: number, after: Keyset | null): ListPage {
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

  count(query: ConversationQuery, cap?: number): number {
    const { sql, params } = whereClause(query);
    if (cap === undefined || sql === '1') {
      return (this.prepared(`SELECT count(*) AS c FROM conversations c WHERE ${sql}`).get(...params) as { c: number }).c;
    }
    return (this.prepared(`SELECT count(*) AS c FROM (SELECT 1 FROM conversations c WHERE ${sql} LIMIT ?)`).get(...params, cap) as { c: number }).c;
  }

  *iterate(query: ConversationQuery, sort: SortOrder): IterableIterator<ConversationRecord> {
    // Pages rather than one long-lived statement, so writers are never blocked behind a slow download.
    let after: Keyset | null = null;
    for (;;) {
      const page = this.list(query, sort, 500, after);
      yield* page.records;
      if (!page.next) return;
      after = page.next;
    }
  }

  inProgress(): ConversationRecord[] {
    return (this.stmts.inProgress.all() as unknown[][]).map(fromRow);
  }

  insert(rec: ConversationRecord): void {
    this.stmts.insert.run(toRow(rec));
  }

  update(rec: ConversationRecord): void {
    this.stmts.update.run(toRow(rec));
  }

  maxN(): number {
    return (this.stmts.maxN.get() as { m: number }).m;
  }

  addEvent(e: Omit<StoredEvent, 'id'>): StoredEvent {
    const info = this.stmts.addEvent.run(e.n, e.type, e.atMs, e.actor, JSON.stringify(e.details));
    return { ...e, id: Number(info.lastInsertRowid) };
  }

  events(n: number): StoredEvent[] {
    return (this.stmts.events.all(n) as { id: number; n: number; type: string; at_ms: number; actor: string | null; details: string }[]).map((r) => ({
      id: r.id, n: r.n, type: r.type, atMs: r.at_ms, actor: r.actor, details: JSON.parse(r.details) as Record<string, unknown>,
    }));
  }

  addAudit(e: Omit<AuditEntry, 'id'>): AuditEntry {
    const info = this.stmts.addAudit.run(e.n, e.atMs, e.actor, e.fromCode, e.fromNotes, e.toCode, e.toNotes, e.version);
    return { ...e, id: Number(info.lastInsertRowid) };
  }

  audit(n: number): AuditEntry[] {
    return (this.stmts.audit.all(n) as Record<string, unknown>[]).map((r) => ({
      id: r.id as number, n: r.n as number, atMs: r.at_ms as number, actor: r.actor as string, fromCode: r.from_code as string | null,
      fromNotes: r.from_notes as string | null, toCode: r.to_code as string, toNotes: r.to_notes as string | null, version: r.version as number,
    }));
  }

  filters(userId: string): SavedFilterRow[] {
    return (this.stmts.filters.all(userId) as Record<string, unknown>[]).map(filterFromRow);
  }

  filter(userId: string, id: string): SavedFilterRow | null {
    const row = this.stmts.filter.get(userId, id) as Record<string, unknown> | undefined;
    return row ? filterFromRow(row) : null;
  }

  saveFilter(f: SavedFilterRow): void {
    this.stmts.saveFilter.run(f.id, f.userId, f.name, +f.isDefault, JSON.stringify(f.query), f.createdMs, f.updatedMs);
  }

  deleteFilter(userId: string, id: string): boolean {
    return this.stmts.deleteFilter.run(userId, id).changes > 0;
  }

  appendLive(type: string, atMs: number, data: string): number {
    return Number(this.stmts.appendLive.run(type, atMs, data).lastInsertRowid);
  }

  liveAfter(id: number, limit: number): LiveEventRow[] {
    return (this.stmts.liveAfter.all(id, limit) as { id: number; type: string; at_ms: number; data: string }[]).map((r) => ({ id: r.id, type: r.type, atMs: r.at_ms, data: r.data }));
  }

  lastLiveId(): number {
    return (this.stmts.lastLive.get() as { m: number }).m;
  }

  trimLive(keep: number): void {
    this.stmts.trimLive.run(keep);
  }

  meta(key: string): string | null {
    return (this.stmts.meta.get(key) as { value: string } | undefined)?.value ?? null;
  }

  setMeta(key: string, value: string): void {
    this.stmts.setMeta.run(key, value);
  }

  transaction<T>(fn: () => T): T {
    return this.db.transaction(fn)();
  }

  close(): void {
    this.db.close();
  }
}

function filterFromRow(r: Record<string, unknown>): SavedFilterRow {
  return {
    id: r.id as string, userId: r.user_id as string, name: r.name as string, isDefault: r.is_default === 1,
    query: JSON.parse(r.query as string) as ConversationQuery, createdMs: r.created_ms as number, updatedMs: r.updated_ms as number,
  };
}
