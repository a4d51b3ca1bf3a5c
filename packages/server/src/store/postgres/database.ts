import { AsyncLocalStorage } from 'node:async_hooks';
import pg from 'pg';

/** int8 (counts, bigint columns) as numbers: every stored value is a safe integer (milliseconds, ids). */
const TYPES = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === 20 ? (v: string) => Number(v) : pg.types.getTypeParser(oid, format as 'text')) as typeof pg.types.getTypeParser,
};

export type Row = Record<string, unknown>;

/**
 * One PostgreSQL database shared by every server instance: a connection pool, plus transactions
 * that follow the async call chain. Inside `transaction(fn)`, every `query` made by `fn` — however
 * deep, in the store or the search index — runs on that transaction's connection.
 */
export class PgDatabase {
  readonly pool: pg.Pool;
  private readonly scope = new AsyncLocalStorage<pg.PoolClient>();

  constructor(readonly url: string, options: { max?: number } = {}) {
    this.pool = new pg.Pool({ connectionString: url, max: options.max ?? 10, types: TYPES, application_name: 'conversations-kit' });
    // An idle connection dropped by the server must not crash the process; the pool replaces it.
    this.pool.on('error', () => undefined);
  }

  /** True inside `transaction`. */
  get inTransaction(): boolean {
    return this.scope.getStore() !== undefined;
  }

  async query<T extends Row = Row>(sql: string, params: readonly unknown[] = []): Promise<T[]> {
    const on = this.scope.getStore() ?? this.pool;
    return (await on.query<T>(sql, params as unknown[])).rows;
  }

  /** Rows as arrays of values in column order (cheaper than objects for wide rows). */
  async queryArrays(sql: string, params: readonly unknown[] = []): Promise<unknown[][]> {
    const on = this.scope.getStore() ?? this.pool;
    return (await on.query({ text: sql, values: params as unknown[], rowMode: 'array' })).rows as unknown[][];
  }

  async transaction<T>(fn: () => Promise<T>): Promise<T> {
    // A transaction opened inside another one joins it.
    if (this.scope.getStore()) return fn();
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const result = await this.scope.run(client, fn);
      await client.query('COMMIT');
      return result;
    } catch (e) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw e;
    } finally {
      client.release();
    }
  }

  /** A connection of its own (not from the pool), for LISTEN and session locks. */
  async connect(): Promise<pg.Client> {
    const client = new pg.Client({ connectionString: this.url, types: TYPES, application_name: 'conversations-kit' });
    await client.connect();
    return client;
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}

/** `$1, $2, …` for `count` parameters starting after `offset`. */
export function placeholders(count: number, offset = 0): string {
  return Array.from({ length: count }, (_, i) => `$${offset + i + 1}`).join(', ');
}
