import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createApp } from './app.js';
import { openDatabase } from './store/sqlite/sqlite-store.js';
import { loadConfig, type ServerConfig } from './config.js';
import { DATASET_VERSION, DEFAULT_SEED, seedDatabase } from './store/seed.js';

export interface TestServerOptions {
  /** Conversations to seed (default 1,000, fixed seed). */
  count?: number;
  fullTextSearch?: boolean;
  clock?: () => number;
  /** Run the live simulator (off by default so data stays still during a test). */
  live?: boolean;
  /** Recording synthesis: 'fast' (default in tests, same timing, no TTS) or 'speech' (Flite). */
  synthesis?: 'speech' | 'fast';
  /** Further configuration overrides (e.g. `recordings.fetchSuccessRate`). */
  config?: Partial<ServerConfig>;
  /** `features.maxTranscriptExport` (default 25). */
  maxTranscriptExport?: number;
  /** false: list answers never carry `total` (a backend that cannot count cheaply). Default true. */
  listTotals?: boolean;
  /** Relabels SmartStatus values in this server's copy of the data, e.g. `{ Escalated: 'Callback scheduled' }`. */
  smartStatusRename?: Record<string, string>;
  /**
   * The store behind the server: `sqlite` (a private copy of the seed file) or `postgres` (a
   * private database with the same rows, in the cluster at `postgresUrl`). Default: `$CK_TEST_STORE`, else sqlite.
   */
  store?: TestStore;
  /** A PostgreSQL cluster the test may create databases in. Default: `$CK_TEST_POSTGRES_URL`. */
  postgresUrl?: string;
}

export type TestStore = 'sqlite' | 'postgres';

/** The store test servers use unless told otherwise: the server suite runs once per store. */
export function defaultTestStore(): TestStore {
  return process.env.CK_TEST_STORE === 'postgres' ? 'postgres' : 'sqlite';
}

/**
 * A backend that differs from the reference defaults wherever the contract lets backends differ:
 * 10 transcripts per export, no `total` in list answers, a SmartStatus outside the documented examples.
 * `startTestServer({ ...ALTERNATIVE_BACKEND, count: 200 })`.
 */
export const ALTERNATIVE_BACKEND = {
  maxTranscriptExport: 10,
  listTotals: false,
  smartStatusRename: { Escalated: 'Callback scheduled' },
} as const satisfies TestServerOptions;

export interface TestServer {
  baseUrl: string;
  /** The data set's "now": what was in progress, recent or old is relative to it. Drive injected clocks from here. */
  seededAt: number;
  tokens: { viewer: string; analyst: string; supervisor: string; admin: string };
  close(): Promise<void>;
}

export const TEST_TOKENS = { viewer: 'viewer-token', analyst: 'analyst-token', supervisor: 'supervisor-token', admin: 'admin-token' } as const;

const CACHE_DIR = path.join(os.tmpdir(), 'conversations-kit-cache');

/**
 * A seeded database for `count`, cached under the OS temp folder so repeated runs skip seeding.
 * Keyed by count, seed and data-set version, and for test-sized sets by day too, since the data
 * is relative to "now" (in progress, last 30 days). Benchmark-sized sets are kept across days.
 */
export function cachedSeedPath(count: number, seed = DEFAULT_SEED): string {
  const day = count < 100_000 ? `-${new Date().toISOString().slice(0, 10)}` : '';
  return path.join(CACHE_DIR, `seed-${count}-${seed}-v${DATASET_VERSION}${day}.sqlite`);
}

export async function cachedSeed(count: number, seed = DEFAULT_SEED): Promise<string> {
  const file = cachedSeedPath(count, seed);
  if (!fs.existsSync(file)) {
    fs.mkdirSync(CACHE_DIR, { recursive: true });
    for (const old of fs.readdirSync(CACHE_DIR)) {
      if (old.startsWith(`seed-${count}-`) && old.endsWith('.sqlite') && !file.endsWith(old) && count < 100_000) fs.rmSync(path.join(CACHE_DIR, old), { force: true });
    }
    await seedDatabase(file, { count, seed });
  }
  return file;
}

/** Starts the reference server on 127.0.0.1 (random port) over a private copy of a cached seed. */
export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const source = await cachedSeed(options.count ?? 1000);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ck-test-'));
  const dbPath = path.join(dir, 'conversations.sqlite');
  fs.copyFileSync(source, dbPath);
  if (options.smartStatusRename) renameSmartStatuses(dbPath, options.smartStatusRename);
  const live = { stream: true, simulate: options.live ?? false, conversationsPerMinute: 30, tickMs: 250 };
  const recordings = { fetchSuccessRate: 0.75, synthesis: options.synthesis ?? 'fast', cacheDir: path.join(dir, 'media'), prewarm: 0 } as const;
  const store = options.store ?? defaultTestStore();
  let database: { url: string; drop(): Promise<void> } | null = null;
  if (store === 'postgres') {
    const cluster = options.postgresUrl ?? process.env.CK_TEST_POSTGRES_URL;
    if (!cluster) throw new Error('A PostgreSQL test server needs a cluster: set CK_TEST_POSTGRES_URL (node scripts/postgres-cluster.mjs starts one)');
    const { createTestDatabase } = await import('./store/postgres/test-database.js');
    database = await createTestDatabase(cluster, dbPath);
  }
  const app = await createApp({
    ...(database ? { databaseUrl: database.url } : { dbPath }),
    clock: options.clock,
    config: {
      fullTextSearch: options.fullTextSearch ?? true,
      ...(options.maxTranscriptExport === undefined ? {} : { maxTranscriptExport: options.maxTranscriptExport }),
      ...(options.listTotals === undefined ? {} : { listTotals: options.listTotals }),
      ...(options.smartStatusRename ? { smartStatuses: renamedSmartStatuses(options.smartStatusRename) } : {}),
      ...options.config,
      live: { ...live, ...options.config?.live },
      recordings: { ...recordings, ...options.config?.recordings },
    },
  });
  const address = await app.listen({ host: '127.0.0.1', port: 0 });
  return {
    baseUrl: address,
    seededAt: Number(await app.ck.store.meta('now_ms')),
    tokens: { ...TEST_TOKENS },
    async close() {
      await app.close();
      await database?.drop();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The catalogue follows the data: renamed values replace the defaults in place. */
function renamedSmartStatuses(rename: Record<string, string>): string[] {
  return loadConfig().smartStatuses.map((s) => rename[s] ?? s);
}

function renameSmartStatuses(dbPath: string, rename: Record<string, string>): void {
  const db = openDatabase(dbPath);
  try {
    const stmt = db.prepare('UPDATE conversations SET smart_status = ? WHERE smart_status = ?');
    for (const [from, to] of Object.entries(rename)) stmt.run(to, from);
  } finally {
    db.close();
  }
}
