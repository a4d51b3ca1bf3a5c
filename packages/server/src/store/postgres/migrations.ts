import type { PgDatabase } from './database.js';
import { SCHEMA_V1 } from './schema.js';

/**
 * A versioned schema change. Applied once per database, in list order, at server start-up
 * (several instances starting together take turns behind an advisory lock). Never edit a
 * migration that has shipped: add the next one.
 */
export interface Migration {
  /** Unique and stable, prefixed by the part of the server that owns it: `store/001-…`, `search/001-…`. */
  id: string;
  sql: string;
}

/** The store's migrations. Other parts (the PostgreSQL search index) pass theirs to `migrate` after these. */
export const STORE_MIGRATIONS: readonly Migration[] = [{ id: 'store/001-schema', sql: SCHEMA_V1 }];

/** Arbitrary constant: the advisory lock migrations run under. */
const MIGRATION_LOCK = 7_316_001;

/** Applies every migration not yet recorded in `schema_migrations`. Returns the ids applied. */
export async function migrate(db: PgDatabase, migrations: readonly Migration[]): Promise<string[]> {
  const seen = new Set<string>();
  for (const m of migrations) {
    if (seen.has(m.id)) throw new Error(`Migration ${m.id} is listed twice`);
    seen.add(m.id);
  }
  return db.transaction(async () => {
    await db.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await db.query('CREATE TABLE IF NOT EXISTS schema_migrations (id text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())');
    const done = new Set((await db.query<{ id: string }>('SELECT id FROM schema_migrations')).map((r) => r.id));
    const applied: string[] = [];
    for (const m of migrations) {
      if (done.has(m.id)) continue;
      await db.query(m.sql);
      await db.query('INSERT INTO schema_migrations (id) VALUES ($1)', [m.id]);
      applied.push(m.id);
    }
    return applied;
  });
}
