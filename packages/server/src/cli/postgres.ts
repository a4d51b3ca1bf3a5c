import type { SeedResult } from '../store/seed.js';
import type { PostgresSeedOptions } from '../store/postgres/seed-copy.js';

/** True for `postgres://…` and `postgresql://…` URLs (DATABASE_URL selects PostgreSQL). */
export function isPostgresUrl(url: string | undefined): url is string {
  return !!url && /^postgres(ql)?:\/\//i.test(url);
}

/** Brings the schema up to date and seeds `count` conversations when the database has none. */
export async function seedPostgresIfEmpty(url: string, count: number): Promise<SeedResult | null> {
  const { createPostgresStores } = await import('../store/postgres/index.js');
  const { ensurePostgresSeeded } = await import('../store/postgres/seed-copy.js');
  const { db } = await createPostgresStores(url);
  try {
    return await ensurePostgresSeeded(db, count);
  } finally {
    await db.close();
  }
}

/** Replaces the database's conversations with a freshly generated set (`npm run seed`). */
export async function seedPostgresAt(url: string, options: PostgresSeedOptions): Promise<SeedResult> {
  const { createPostgresStores } = await import('../store/postgres/index.js');
  const { seedPostgres } = await import('../store/postgres/seed-copy.js');
  const { db } = await createPostgresStores(url);
  try {
    return await seedPostgres(db, options);
  } finally {
    await db.close();
  }
}
