import type { ConversationQuery, Keyset, SortOrder } from '../query.js';
import type { ConversationRecord } from '../record.js';
import { fromRow, toRow } from '../sqlite/rows.js';
import { CONVERSATION_COLUMNS } from '../sqlite/schema.js';
import type { AuditEntry, ConversationStore, IdempotentAnswer, ListPage, LiveEventRow, RecordingSnapshot, SavedFilterRow, StoredEvent } from '../store.js';
import { placeholders, type PgDatabase, type Row } from './database.js';
import { Params, whereClause } from './filters.js';
import { LIVE_CHANNEL, watchLive } from './live-notify.js';

// Same columns, same order as SQLite: rows map through the same `toRow` / `fromRow`.
const COLS = CONVERSATION_COLUMNS.join(', ');
const UPSERT = `INSERT INTO conversations (${COLS}) VALUES (${placeholders(CONVERSATION_COLUMNS.length)})
  ON CONFLICT (n) DO UPDATE SET ${CONVERSATION_COLUMNS.filter((c) => c !== 'n').map((c) => `${c} = EXCLUDED.${c}`).join(', ')}`;

/** Serialises live-log appends, so ids commit in the order they are handed out (readers never skip one). */
const LIVE_APPEND_LOCK = 7_316_002;

/** Session advisory-lock keys of named locks. */
const LOCK_KEYS: Record<string, number> = { 'live-simulator': 7_316_100 };

/**
 * The store on PostgreSQL, for several server instances sharing one database. Rows read with
 * `get` inside a transaction are locked (`FOR UPDATE`) until it ends, as a SQLite transaction
 * would hold them: read-compare-write sequences (dispositions, supervisor actions) stay safe
 * across instances.
 */
export class PostgresStore implements ConversationStore {
  readonly engine = 'postgres';

  constructor(readonly db: PgDatabase) {}

  async get(n: number): Promise<ConversationRecord | null> {
    const lock = this.db.inTransaction ? ' FOR UPDATE' : '';
    const [row] = await this.db.queryArrays(`SELECT ${COLS} FROM conversations WHERE n = $1${lock}`, [n]);
    return row ? fromRow(row) : null;
  }

  async getMany(ns: readonly number[]): Promise<ConversationRecord[]> {
    if (!ns.length) return [];
    const rows = await this.db.queryArrays(`SELECT ${COLS} FROM conversations WHERE n = ANY($1::bigint[])`, [ns]);
    const byN = new Map(rows.map((r) => fromRow(r)).map((r) => [r.n, r]));
    return ns.map((n) => byN.get(n)).filter((r): r is ConversationRecord => r !== undefined);
  }

  async list(query: ConversationQuery, sort: SortOrder, limit: number, after: Keyset | null): Promise<ListPage> {
    const params = new Params();
    const where = whereClause(query, params);
    const desc = sort === 'startTime:desc';
    let keyset = '';
    if (after) keyset = ` AND (c.start_ms, c.n) ${desc ? '<' : '>'} (${params.add(after.startMs)}, ${params.add(after.n)})`;
    const dir = desc ? 'DESC' : 'ASC';
    const rows = await this.db.queryArrays(
      `SELECT ${COLS} FROM conversations c WHERE ${where}${keyset} ORDER BY c.start_ms ${dir}, c.n ${dir} LIMIT ${params.add(limit + 1)}`,
      params.values,
    );
    const records = rows.slice(0, limit).map(fromRow);
    const last = records[records.length - 1];
    return { records, next: rows.length > limit && last ? { startMs: last.startMs, n: last.n } : null };
  }

  async count(query: ConversationQuery, cap?: number): Promise<number> {
    const params = new Params();
    const where = whereClause(query, params);
    const sql = cap === undefined || where === 'true'
      ? `SELECT count(*) AS c FROM conversations c WHERE ${where}`
      : `SELECT count(*) AS c FROM (SELECT 1 FROM conversations c WHERE ${where} LIMIT ${params.add(cap)}) capped`;
    const [row] = await this.db.query<{ c: number }>(sql, params.values);
    return row.c;
  }

  async *iterate(query: ConversationQuery, sort: SortOrder): AsyncIterableIterator<ConversationRecord> {
    // Keyset pages rather than one long-running cursor: a slow download holds no snapshot open.
    let after: Keyset | null = null;
    for (;;) {
      const page = await this.list(query, sort, 500, after);
      yield* page.records;
      if (!page.next) return;
      after = page.next;
    }
  }

  async inProgress(): Promise<ConversationRecord[]> {
    return (await this.db.queryArrays(`SELECT ${COLS} FROM conversations WHERE status = 'in_progress' ORDER BY start_ms`)).map(fromRow);
  }

  async insert(rec: ConversationRecord): Promise<void> {
    await this.db.query(`INSERT INTO conversations (${COLS}) VALUES (${placeholders(CONVERSATION_COLUMNS.length)})`, toRow(rec));
  }

  async update(rec: ConversationRecord): Promise<void> {
    await this.db.query(UPSERT, toRow(rec));
  }

  async updateRecording(rec: ConversationRecord, before: RecordingSnapshot): Promise<boolean> {
    const rows = await this.db.query(
      `UPDATE conversations SET rec_state = $1, rec_since_ms = $2, rec_attempts = $3, rec_failed_at_ms = $4
       WHERE n = $5 AND rec_state IS NOT DISTINCT FROM $6 AND rec_since_ms IS NOT DISTINCT FROM $7::bigint
         AND rec_attempts = $8 AND rec_failed_at_ms IS NOT DISTINCT FROM $9::bigint
       RETURNING n`,
      [rec.recState, rec.recSinceMs, rec.recAttempts, rec.recFailedAtMs, rec.n, before.recState, before.recSinceMs, before.recAttempts, before.recFailedAtMs],
    );
    return rows.length > 0;
  }

  async maxN(): Promise<number> {
    const [row] = await this.db.query<{ m: number }>('SELECT coalesce(max(n), 0)::bigint AS m FROM conversations');
    return row.m;
  }

  async addEvent(e: Omit<StoredEvent, 'id'>): Promise<StoredEvent> {
    const [row] = await this.db.query<{ id: number }>(
      'INSERT INTO events (n, type, at_ms, actor, details) VALUES ($1, $2, $3, $4, $5) RETURNING id',
      [e.n, e.type, e.atMs, e.actor, JSON.stringify(e.details)],
    );
    return { ...e, id: row.id };
  }

  async events(n: number): Promise<StoredEvent[]> {
    const rows = await this.db.query('SELECT id, n, type, at_ms, actor, details FROM events WHERE n = $1 ORDER BY at_ms, id', [n]);
    return rows.map((r) => ({
      id: r.id as number, n: r.n as number, type: r.type as string, atMs: r.at_ms as number, actor: r.actor as string | null,
      details: JSON.parse(r.details as string) as Record<string, unknown>,
    }));
  }

  async addAudit(e: Omit<AuditEntry, 'id'>): Promise<AuditEntry> {
    const [row] = await this.db.query<{ id: number }>(
      'INSERT INTO disposition_audit (n, at_ms, actor, from_code, from_notes, to_code, to_notes, version) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id',
      [e.n, e.atMs, e.actor, e.fromCode, e.fromNotes, e.toCode, e.toNotes, e.version],
    );
    return { ...e, id: row.id };
  }

  async audit(n: number): Promise<AuditEntry[]> {
    const rows = await this.db.query('SELECT * FROM disposition_audit WHERE n = $1 ORDER BY id', [n]);
    return rows.map((r) => ({
      id: r.id as number, n: r.n as number, atMs: r.at_ms as number, actor: r.actor as string, fromCode: r.from_code as string | null,
      fromNotes: r.from_notes as string | null, toCode: r.to_code as string, toNotes: r.to_notes as string | null, version: r.version as number,
    }));
  }

  async filters(userId: string): Promise<SavedFilterRow[]> {
    return (await this.db.query('SELECT * FROM saved_filters WHERE user_id = $1 ORDER BY created_ms, id', [userId])).map(filterFromRow);
  }

  async filter(userId: string, id: string): Promise<SavedFilterRow | null> {
    const [row] = await this.db.query('SELECT * FROM saved_filters WHERE user_id = $1 AND id = $2', [userId, id]);
    return row ? filterFromRow(row) : null;
  }

  async saveFilter(f: SavedFilterRow): Promise<void> {
    await this.db.query(
      `INSERT INTO saved_filters (id, user_id, name, is_default, query, created_ms, updated_ms) VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (id) DO UPDATE SET user_id = EXCLUDED.user_id, name = EXCLUDED.name, is_default = EXCLUDED.is_default,
         query = EXCLUDED.query, created_ms = EXCLUDED.created_ms, updated_ms = EXCLUDED.updated_ms`,
      [f.id, f.userId, f.name, +f.isDefault, JSON.stringify(f.query), f.createdMs, f.updatedMs],
    );
  }

  async deleteFilter(userId: string, id: string): Promise<boolean> {
    return (await this.db.query('DELETE FROM saved_filters WHERE user_id = $1 AND id = $2 RETURNING id', [userId, id])).length > 0;
  }

  async appendLive(type: string, atMs: number, data: string): Promise<number> {
    // One statement, one round trip: the lock (held to commit) is taken before the id is drawn, so
    // ids commit in order; the NOTIFY reaches every instance at commit.
    const [row] = await this.db.query<{ id: number }>(
      `WITH locked AS (SELECT pg_advisory_xact_lock($1)),
            added AS (INSERT INTO live_events (type, at_ms, data) SELECT $2, $3, $4 FROM locked RETURNING id)
       SELECT id, pg_notify($5, id::text) FROM added`,
      [LIVE_APPEND_LOCK, type, atMs, data, LIVE_CHANNEL],
    );
    return row.id;
  }

  async liveAfter(id: number, limit: number): Promise<LiveEventRow[]> {
    const rows = await this.db.query('SELECT id, type, at_ms, data FROM live_events WHERE id > $1 ORDER BY id LIMIT $2', [id, limit]);
    return rows.map((r) => ({ id: r.id as number, type: r.type as string, atMs: r.at_ms as number, data: r.data as string }));
  }

  async lastLiveId(): Promise<number> {
    const [row] = await this.db.query<{ m: number }>('SELECT coalesce(max(id), 0)::bigint AS m FROM live_events');
    return row.m;
  }

  async trimLive(keep: number): Promise<void> {
    await this.db.query('DELETE FROM live_events WHERE id <= (SELECT coalesce(max(id), 0) FROM live_events) - $1', [keep]);
  }

  watchLive(onAppended: (id: number) => void): Promise<() => Promise<void>> {
    return watchLive(this.db, onAppended);
  }

  async idempotent(scope: string, key: string): Promise<IdempotentAnswer | null> {
    const [row] = await this.db.query('SELECT request_hash, status, body, at_ms FROM idempotency_keys WHERE scope = $1 AND key = $2', [scope, key]);
    return row ? { requestHash: row.request_hash as string, status: row.status as number, body: JSON.parse(row.body as string) as unknown, atMs: row.at_ms as number } : null;
  }

  async saveIdempotent(scope: string, key: string, a: IdempotentAnswer): Promise<void> {
    await this.db.query(
      'INSERT INTO idempotency_keys (scope, key, request_hash, status, body, at_ms) VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING',
      [scope, key, a.requestHash, a.status, JSON.stringify(a.body), a.atMs],
    );
  }

  async expireIdempotent(beforeMs: number): Promise<void> {
    await this.db.query('DELETE FROM idempotency_keys WHERE at_ms < $1', [beforeMs]);
  }

  async meta(key: string): Promise<string | null> {
    const [row] = await this.db.query<{ value: string }>('SELECT value FROM meta WHERE key = $1', [key]);
    return row?.value ?? null;
  }

  async setMeta(key: string, value: string): Promise<void> {
    await this.db.query('INSERT INTO meta (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value', [key, value]);
  }

  transaction<T>(fn: () => Promise<T>): Promise<T> {
    return this.db.transaction(fn);
  }

  /** A session advisory lock on a connection of its own: held until released or the connection drops. */
  async tryExclusive(name: string): Promise<(() => Promise<void>) | null> {
    const key = LOCK_KEYS[name];
    if (key === undefined) throw new Error(`Unknown lock ${name}`);
    const client = await this.db.connect();
    client.on('error', () => undefined);
    const { rows } = await client.query<{ got: boolean }>('SELECT pg_try_advisory_lock($1) AS got', [key]);
    if (!rows[0]?.got) {
      await client.end();
      return null;
    }
    return async () => {
      await client.query('SELECT pg_advisory_unlock($1)', [key]).catch(() => undefined);
      await client.end().catch(() => undefined);
    };
  }

  async close(): Promise<void> {
    await this.db.close();
  }
}

function filterFromRow(r: Row): SavedFilterRow {
  return {
    id: r.id as string, userId: r.user_id as string, name: r.name as string, isDefault: r.is_default === 1,
    query: JSON.parse(r.query as string) as ConversationQuery, createdMs: r.created_ms as number, updatedMs: r.updated_ms as number,
  };
}
