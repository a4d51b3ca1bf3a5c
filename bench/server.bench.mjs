// Reference server benchmark: list and search latency on 1,000 and 1,000,000 conversations, and request
// rates with autocannon on loopback. Run through bench/run.mjs (node --import tsx), or alone:
//   node --import tsx bench/server.bench.mjs [--sizes 1000,1000000] [--seconds 5]
// The 1M database is seeded once and cached under the OS temp folder (seeding takes minutes); the report
// says how long that seeding took. Nothing here asserts timings: it prints numbers and ratios.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { createApp } from '../packages/server/src/app.ts';
import { cachedSeed } from '../packages/server/src/testing.ts';
import { DEFAULT_SEED, seedDatabase } from '../packages/server/src/store/seed.ts';
import { SCHEMA_VERSION } from '../packages/server/src/store/sqlite/schema.ts';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,1000000' },
    seconds: { type: 'string', default: '5' },
    samples: { type: 'string', default: '120' },
  },
});
const sizes = values.sizes.split(',').map(Number);
const seconds = Number(values.seconds);
const samples = Number(values.samples);
const TOKEN = { authorization: 'Bearer admin-token' };
const CACHE = path.join(os.tmpdir(), 'conversations-kit-cache');

/** The data set for a size: the test cache for small ones, a long-lived bench database for big ones. */
async function database(count) {
  if (count < 100_000) return { file: await cachedSeed(count), seeded: null };
  // Benchmarks keep their big database across days and generator tweaks; only a schema change reseeds it.
  const file = path.join(CACHE, `bench-${count}-${DEFAULT_SEED}-s${SCHEMA_VERSION}.sqlite`);
  if (!fs.existsSync(file)) {
    fs.mkdirSync(CACHE, { recursive: true });
    console.log(`  seeding ${count.toLocaleString('en-US')} conversations (first run only) …`);
    const result = await seedDatabase(file, { count, onProgress: (done) => process.stdout.write(`  ${done.toLocaleString('en-US')}\r`) });
    console.log(`  seeded in ${result.seconds.toFixed(0)} s`);
  }
  return { file, seeded: null };
}

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function timeRequests(baseUrl, paths) {
  const ms = [];
  for (const p of paths) {
    const t = performance.now();
    const res = await fetch(baseUrl + p, { headers: TOKEN });
    await res.arrayBuffer();
    if (res.status !== 200) throw new Error(`${p} answered ${res.status}`);
    ms.push(performance.now() - t);
  }
  ms.sort((a, b) => a - b);
  return { p50: +percentile(ms, 50).toFixed(1), p95: +percentile(ms, 95).toFixed(1), n: ms.length };
}

async function rate(baseUrl, requestPath) {
  const result = await autocannon({ url: baseUrl + requestPath, headers: TOKEN, connections: 8, duration: seconds });
  return { requestsPerSecond: Math.round(result.requests.average), p50Ms: result.latency.p50, p99Ms: result.latency.p99, errors: result.errors + result.non2xx };
}

const LIST_QUERIES = [
  '', '&channel=voice', '&status=completed', '&channel=chat&status=completed', '&csatMin=4', '&queue=q_billing',
  '&agent=agt_h_003', '&status=completed_drop_off', '&tag=tier:contains:gold', '&sort=startTime:asc', '&smartStatus=Escalated',
];
const SEARCH_QUERIES = [
  'refund', 'charged twice', 'router keeps dropping', 'technician appointment', 'password reset email', 'cancel my subscription',
  'loyalty discount', 'order delivered', 'roaming charges', 'internet down since last night', 'fraud team', 'new address',
];

const report = { machine: `${os.cpus().length} cores, ${os.cpus()[0]?.model ?? ''}`.trim(), loadAverage: os.loadavg().map((x) => +x.toFixed(1)), sizes: {} };
for (const count of sizes) {
  console.log(`\n${count.toLocaleString('en-US')} conversations`);
  const { file } = await database(count);
  const app = await createApp({ dbPath: file, config: { live: { stream: true, simulate: false, conversationsPerMinute: 0, tickMs: 1000 } } });
  const baseUrl = await app.listen({ host: '127.0.0.1', port: 0 });
  try {
    const meta = (key) => app.ck.store.meta(key);
    const first = await (await fetch(`${baseUrl}/v1/conversations?limit=1`, { headers: TOKEN })).json();
    const id = first.items[0].id;

    // List: first pages of assorted filters, plus deep pages reached through cursors.
    const listPaths = [];
    for (let i = 0; i < samples; i++) listPaths.push(`/v1/conversations?limit=50${LIST_QUERIES[i % LIST_QUERIES.length]}`);
    await timeRequests(baseUrl, listPaths.slice(0, 10)); // warm caches
    const list = await timeRequests(baseUrl, listPaths);
    const searchPaths = [];
    for (let i = 0; i < samples; i++) {
      const q = encodeURIComponent(SEARCH_QUERIES[i % SEARCH_QUERIES.length]);
      const sort = i % 3 === 2 ? '&sort=startTime:desc' : '';
      const filter = i % 4 === 3 ? '&channel=voice' : '';
      searchPaths.push(`/v1/search?q=${q}&limit=25${sort}${filter}`);
    }
    await timeRequests(baseUrl, searchPaths.slice(0, 6));
    const search = await timeRequests(baseUrl, searchPaths);

    const rates = {
      list: await rate(baseUrl, '/v1/conversations?limit=50'),
      get: await rate(baseUrl, `/v1/conversations/${id}`),
      search: await rate(baseUrl, '/v1/search?q=refund&limit=25'),
    };
    report.sizes[count] = {
      seedSeconds: (await meta('seed_seconds')) === null ? null : Number(await meta('seed_seconds')),
      seededAt: await meta('seeded_at'),
      databaseMB: Math.round(fs.statSync(file).size / 1e6),
      listMs: list,
      searchMs: search,
      autocannon: rates,
    };
    console.log(JSON.stringify(report.sizes[count], null, 2));
  } finally {
    await app.close();
  }
}

const [small, big] = sizes.map((s) => report.sizes[s]);
if (small && big) {
  report.ratios = {
    listP50: +(big.listMs.p50 / small.listMs.p50).toFixed(2),
    searchP50: +(big.searchMs.p50 / small.searchMs.p50).toFixed(2),
    searchP95: +(big.searchMs.p95 / small.searchMs.p95).toFixed(2),
  };
}
console.log('\nserver.bench report');
console.log(JSON.stringify(report, null, 2));
