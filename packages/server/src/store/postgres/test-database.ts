import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { createPostgresStores } from './index.js';
import { seedPostgres } from './seed-copy.js';

/**
 * A private database for one test server in the cluster at `clusterUrl`, holding the same rows
 * as the seeded SQLite file `from`. `drop()` removes it (closing what still connects to it).
 */
export async function createTestDatabase(clusterUrl: string, from: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `ck_test_${randomBytes(6).toString('hex')}`;
  const admin = new URL(clusterUrl);
  admin.pathname = '/postgres';
  const run = async (sql: string) => {
    const client = new pg.Client({ connectionString: admin.toString() });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await run(`CREATE DATABASE ${name}`);
  const url = new URL(clusterUrl);
  url.pathname = `/${name}`;
  const { db } = await createPostgresStores(url.toString(), { poolSize: 2 });
  try {
    await seedPostgres(db, { count: 0, from });
  } finally {
    await db.close();
  }
  return { url: url.toString(), drop: () => run(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}
