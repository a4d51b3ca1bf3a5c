import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import Database from 'better-sqlite3';
import { from as copyFrom } from 'pg-copy-streams';
import type { ConversationRecord } from '../record.js';
import { DEFAULT_SEED, seedDatabase, type SeedResult } from '../seed.js';
import { fromRow } from '../sqlite/rows.js';
import { CONVERSATION_COLUMNS } from '../sqlite/schema.js';
import type { PgDatabase } from './database.js';

/**
 * Extra rows to COPY for every conversation (e.g. a PostgreSQL search index's documents), so
 * other parts of the server seed along with the store.
 */
export interface SeedCopyExtension {
  table: string;
  columns: readonly string[];
  rows(rec: ConversationRecord, nowMs: number): unknown[][];
}

export interface PostgresSeedOptions {
  count: number;
  seed?: number;
  /** A seeded SQLite database to copy from (e.g. the test cache); otherwise one is generated and removed. */
  from?: string;
  extensions?: readonly SeedCopyExtension[];
  onProgress?: (done: number, total: number) => void;
}

/** Rows read from SQLite and sent per COPY chunk. */
const BATCH = 5_000;
/** Arbitrary constant: instances starting together on an empty database seed it once. */
const SEED_LOCK = 7_316_003;

const NEEDS_ESCAPE = /[\\\t\n\r]/;

/** COPY text format: tab-separated, `\N` for null, backslash escapes. */
function copyField(v: unknown): string {
  if (v === null || v === undefined) return '\\N';
  const s = typeof v === 'string' ? v : typeof v === 'boolean' ? (v ? '1' : '0') : typeof v === 'object' ? JSON.stringify(v) : String(v);
  return NEEDS_ESCAPE.test(s) ? s.replace(/[\\\t\n\r]/g, (c) => (c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r')) : s;
}
const copyLine = (values: readonly unknown[]) => `${values.map(copyField).join('\t')}\n`;

async function copyInto(db: PgDatabase, table: string, columns: readonly string[], lines: readonly string[]): Promise<void> {
  const client = await db.pool.connect();
  try {
    // One chunk per batch: thousands of tiny writes cost more than the rows.
    await pipeline(Readable.from([lines.join('')]), client.query(copyFrom(`COPY ${table} (${columns.join(', ')}) FROM STDIN`)));
  } finally {
    client.release();
  }
}

/**
 * Replaces the database's conversations with a generated data set: the very rows the SQLite
 * seeder makes (same generator, same seed, so both stores hold the same data), streamed in with
 * COPY. Events, audit, saved filters, the live log and idempotency keys start empty.
 */
export async function seedPostgres(db: PgDatabase, options: PostgresSeedOptions): Promise<SeedResult> {
  const began = performance.now();
  const seed = options.seed ?? DEFAULT_SEED;
  let source = options.from;
  let scratch: string | null = null;
  if (!source) {
    scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'ck-pg-seed-'));
    source = path.join(scratch, 'seed.sqlite');
    await seedDatabase(source, { count: options.count, seed, onProgress: options.onProgress });
  }
  const lite = new Database(source, { readonly: true });
  try {
    const meta = new Map((lite.prepare('SELECT key, value FROM meta').all() as { key: string; value: string }[]).map((r) => [r.key, r.value]));
    const nowMs = Number(meta.get('now_ms'));
    const total = (lite.prepare('SELECT count(*) AS c FROM conversations').get() as { c: number }).c;
    await db.query('TRUNCATE conversations, events, disposition_audit, saved_filters, live_events, idempotency_keys, meta');
    for (const ext of options.extensions ?? []) await db.query(`TRUNCATE ${ext.table}`);

    const rows = lite.prepare(`SELECT ${CONVERSATION_COLUMNS.join(', ')} FROM conversations ORDER BY n`).raw(true);
    const extensionLines = (options.extensions ?? []).map(() => [] as string[]);
    let done = 0;
    // Conversations in batches; each batch's extension rows are copied right after it.
    const batches = function* () {
      let batch: string[] = [];
      for (const row of rows.iterate() as IterableIterator<unknown[]>) {
        batch.push(copyLine(row));
        if (options.extensions?.length) {
          const rec = fromRow(row);
          options.extensions.forEach((ext, i) => extensionLines[i].push(...ext.rows(rec, nowMs).map(copyLine)));
        }
        if (batch.length >= BATCH) {
          yield batch;
          batch = [];
        }
      }
      if (batch.length) yield batch;
    };
    for (const batch of batches()) {
      await copyInto(db, 'conversations', CONVERSATION_COLUMNS, batch);
      for (const [i, ext] of (options.extensions ?? []).entries()) {
        await copyInto(db, ext.table, ext.columns, extensionLines[i].splice(0));
      }
      done += batch.length;
      if (options.onProgress && done % 50_000 < BATCH) options.onProgress(done, total);
    }
    const seconds = (performance.now() - began) / 1000;
    meta.set('seeded_at', new Date().toISOString());
    meta.set('seed_seconds', seconds.toFixed(1));
    meta.set('engine', 'postgres');
    await copyInto(db, 'meta', ['key', 'value'], [...meta].map(([k, v]) => copyLine([k, v])));
    await db.query(`ANALYZE conversations${(options.extensions ?? []).map((e) => `, ${e.table}`).join('')}`);
    return { count: total, seconds, path: db.url.replace(/\/\/[^@/]*@/, '//') };
  } finally {
    lite.close();
    if (scratch) fs.rmSync(scratch, { recursive: true, force: true });
  }
}

/** Seeds only an empty database (the first start); instances starting together seed it once. */
export async function ensurePostgresSeeded(db: PgDatabase, count = 5000, options: Omit<PostgresSeedOptions, 'count'> = {}): Promise<SeedResult | null> {
  const client = await db.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [SEED_LOCK]);
    const { rows } = await client.query<{ any: boolean }>('SELECT EXISTS (SELECT 1 FROM conversations) AS any');
    if (rows[0].any) return null;
    return await seedPostgres(db, { ...options, count });
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [SEED_LOCK]).catch(() => undefined);
    await client.end();
  }
}
