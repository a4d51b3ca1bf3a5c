// PostgreSQL next to SQLite: the same data set (the SQLite seeder's rows, copied in with COPY) served
// by the reference server on each store, list and search latency p50/p95 measured in the same run,
// requests alternating between the two so machine load hits both alike. Run through bench/run.mjs, or:
//   node --import tsx bench/postgres.bench.mjs [--sizes 1000000] [--samples 120] [--from FILE]
// --from takes any seeded SQLite file (its own size) instead of seeding one.
// Needs PostgreSQL installed (a throwaway cluster is made and removed). Nothing here asserts timings.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createApp } from '../packages/server/src/app.ts';
import { cachedSeed } from '../packages/server/src/testing.ts';
import { DEFAULT_SEED, seedDatabase } from '../packages/server/src/store/seed.ts';
import { SCHEMA_VERSION } from '../packages/server/src/store/sqlite/schema.ts';
import { createPostgresStores } from '../packages/server/src/store/postgres/index.ts';
import { seedPostgres } from '../packages/server/src/store/postgres/seed-copy.ts';
import { postgresBinDir, startPostgresCluster } from '../scripts/postgres-cluster.mjs';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000000' },
    samples: { type: 'string', default: '120' },
    from: { type: 'string' },
  },
});
const sizes = values.from ? [0] : values.sizes.split(',').map(Number);
const samples = Number(values.samples);
const TOKEN = { authorization: 'Bearer admin-token' };
const CACHE = path.join(os.tmpdir(), 'conversations-kit-cache');
const QUIET = { live: { stream: true, simulate: false, conversationsPerMinute: 0, tickMs: 1000 }, recordings: { prewarm: 0 } };

if (!postgresBinDir()) {
  console.log('  PostgreSQL is not installed (apt-get install -y postgresql): skipped');
  process.exit(0);
}

/** The same SQLite file server.bench.mjs uses for big sizes (seeded once, kept across runs). */
async function sqliteDatabase(count) {
  if (count < 100_000) return cachedSeed(count);
  const file = path.join(CACHE, `bench-${count}-${DEFAULT_SEED}-s${SCHEMA_VERSION}.sqlite`);
  if (!fs.existsSync(file)) {
    fs.mkdirSync(CACHE, { recursive: true });
    console.log(`  seeding ${count.toLocaleString('en-US')} conversations into SQLite (first run only) …`);
    const result = await seedDatabase(file, { count });
    console.log(`  seeded in ${result.seconds.toFixed(0)} s`);
  }
  return file;
}

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
const stats = (ms) => {
  const s = [...ms].sort((a, b) => a - b);
  return { p50: +percentile(s, 50).toFixed(1), p95: +percentile(s, 95).toFixed(1), n: s.length };
};

async function timed(baseUrl, p) {
  const t = performance.now();
  const res = await fetch(baseUrl + p, { headers: TOKEN });
  await res.arrayBuffer();
  if (res.status !== 200) throw new Error(`${p} answered ${res.status}`);
  return performance.now() - t;
}

/** Each path on every server in turn, so a busy moment of the machine costs all of them alike. */
async function compare(servers, paths) {
  const ms = servers.map(() => []);
  for (const p of paths) {
    for (const [i, s] of servers.entries()) ms[i].push(await timed(s.baseUrl, p));
  }
  return ms.map(stats);
}

const LIST_QUERIES = [
  '', '&channel=voice', '&status=completed', '&channel=chat&status=completed', '&csatMin=4', '&queue=q_billing',
  '&agent=agt_h_003', '&status=completed_drop_off', '&tag=tier:contains:gold', '&sort=startTime:asc', '&smartStatus=Escalated',
];
const SEARCH_QUERIES = ['refund', 'charged twice', 'router keeps dropping', 'technician appointment', 'password reset email', 'cancel my subscription'];

const report = { machine: `${os.cpus().length} cores, ${os.cpus()[0]?.model ?? ''}`.trim(), loadAverage: os.loadavg().map((x) => +x.toFixed(1)), sizes: {} };
const cluster = await startPostgresCluster();
const apps = [];
try {
  for (const count of sizes) {
    const file = values.from ?? (await sqliteDatabase(count));
    const { db } = await createPostgresStores(cluster.url);
    const copy = await seedPostgres(db, { count, from: file });
    console.log(`\n${copy.count.toLocaleString('en-US')} conversations`);
    const [{ size }] = await db.query('SELECT pg_database_size(current_database())::bigint AS size');
    await db.close();
    console.log(`  copied into PostgreSQL with COPY in ${copy.seconds.toFixed(1)} s`);

    const sqlite = await createApp({ dbPath: file, config: QUIET });
    const postgres = await createApp({ databaseUrl: cluster.url, config: QUIET });
    apps.push(sqlite, postgres);
    const servers = [{ baseUrl: await sqlite.listen({ host: '127.0.0.1', port: 0 }) }, { baseUrl: await postgres.listen({ host: '127.0.0.1', port: 0 }) }];

    const listPaths = Array.from({ length: samples }, (_, i) => `/v1/conversations?limit=50${LIST_QUERIES[i % LIST_QUERIES.length]}`);
    await compare(servers, listPaths.slice(0, 10)); // warm caches
    const [listSqlite, listPostgres] = await compare(servers, listPaths);

    const searchPaths = Array.from({ length: samples }, (_, i) => `/v1/search?q=${encodeURIComponent(SEARCH_QUERIES[i % SEARCH_QUERIES.length])}&limit=25${i % 3 === 2 ? '&sort=startTime:desc' : ''}`);
    const fullText = await Promise.all(servers.map(async (s) => (await (await fetch(`${s.baseUrl}/v1/capabilities`, { headers: TOKEN })).json()).features.fullTextSearch));
    let search = { sqlite: null, postgres: null, note: 'PostgreSQL has no full-text index in this build: search answers ID lookups only' };
    if (fullText.every(Boolean)) {
      await compare(servers, searchPaths.slice(0, 6));
      const [s, p] = await compare(servers, searchPaths);
      search = { sqlite: s, postgres: p };
    }
    const ratio = (p, s) => (p && s ? +(p / s).toFixed(2) : null);
    report.sizes[copy.count] = {
      copySeconds: +copy.seconds.toFixed(1),
      postgresMB: Math.round(Number(size) / 1e6),
      sqliteMB: Math.round(fs.statSync(file).size / 1e6),
      listMs: { sqlite: listSqlite, postgres: listPostgres, p50Ratio: ratio(listPostgres.p50, listSqlite.p50), p95Ratio: ratio(listPostgres.p95, listSqlite.p95) },
      searchMs: { ...search, p50Ratio: ratio(search.postgres?.p50, search.sqlite?.p50), p95Ratio: ratio(search.postgres?.p95, search.sqlite?.p95) },
    };
    console.log(JSON.stringify(report.sizes[copy.count], null, 2));
    await sqlite.close();
    await postgres.close();
    apps.length = 0;
  }
} finally {
  for (const app of apps) await app.close().catch(() => undefined);
  await cluster.stop();
}
console.log('\npostgres.bench report');
console.log(JSON.stringify(report, null, 2));
