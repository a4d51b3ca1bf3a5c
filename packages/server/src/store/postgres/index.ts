import { PgDatabase } from './database.js';
import { STORE_MIGRATIONS, migrate, type Migration } from './migrations.js';
import { PostgresStore } from './postgres-store.js';

export { PgDatabase } from './database.js';
export { STORE_MIGRATIONS, migrate, type Migration } from './migrations.js';
export { PostgresStore } from './postgres-store.js';

export interface PostgresStores {
  db: PgDatabase;
  store: PostgresStore;
}

/**
 * Opens the database at `url`, brings its schema up to date and returns the store. The seam for
 * other PostgreSQL-backed parts: pass their migrations in `migrations` (they run after the
 * store's, in order) and build them on `db` — its `query` joins the store's open transaction.
 */
export async function createPostgresStores(url: string, options: { migrations?: readonly Migration[]; poolSize?: number } = {}): Promise<PostgresStores> {
  const db = new PgDatabase(url, { max: options.poolSize });
  try {
    await migrate(db, [...STORE_MIGRATIONS, ...(options.migrations ?? [])]);
  } catch (e) {
    await db.close();
    throw e;
  }
  return { db, store: new PostgresStore(db) };
}
