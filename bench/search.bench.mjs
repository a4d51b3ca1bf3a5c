// Search benchmark: GET /v1/search top-20 latency (p50/p95) on 1,000 and 1,000,000 conversations, per kind
// of query (one word, three words, quoted phrase, rare token, ID, with a filter), reported as ratios of the
// big database against the small one measured in the same run, plus the seconds the big seed took.
// The 1M database is seeded once and kept under .bench/search-cache (gitignored); a search-index or schema
// change reseeds it. Nothing here asserts timings.
//   node --import tsx bench/search.bench.mjs [--sizes 1000,1000000] [--rounds 5]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { buildScript, searchableTranscript } from '../packages/server/src/generator/transcript.ts';
import { SEARCH_INDEX_VERSION } from '../packages/server/src/search/fts5-schema.ts';
import { DEFAULT_SEED, seedDatabase } from '../packages/server/src/store/seed.ts';
import { fromRow } from '../packages/server/src/store/sqlite/rows.ts';
import { CONVERSATION_COLUMNS, SCHEMA_VERSION } from '../packages/server/src/store/sqlite/schema.ts';
import { cachedSeed } from '../packages/server/src/testing.ts';

const { values } = parseArgs({ options: { sizes: { type: 'string', default: '1000,1000000' }, rounds: { type: 'string', default: '5' } } });
const sizes = values.sizes.split(',').map(Number);
const rounds = Number(values.rounds);
const TOKEN = { authorization: 'Bearer admin-token' };
const CACHE = path.join(new URL('..', import.meta.url).pathname, '.bench', 'search-cache');

async function database(count) {
  if (count < 100_000) return { file: await cachedSeed(count), seeded: null };
  const file = path.join(CACHE, `search-${count}-${DEFAULT_SEED}-s${SCHEMA_VERSION}-i${SEARCH_INDEX_VERSION}.sqlite`);
  if (fs.existsSync(file)) return { file, seeded: null };
  fs.mkdirSync(CACHE, { recursive: true });
  for (const old of fs.readdirSync(CACHE)) if (old.startsWith(`search-${count}-`)) fs.rmSync(path.join(CACHE, old), { force: true });
  console.log(`  seeding ${count.toLocaleString('en-US')} conversations …`);
  const cpu = process.cpuUsage();
  const result = await seedDatabase(file, { count, onProgress: (done) => process.stdout.write(`  ${done.toLocaleString('en-US')}\r`) });
  const used = process.cpuUsage(cpu);
  const seeded = { wallSeconds: +result.seconds.toFixed(1), cpuSeconds: +((used.user + used.system) / 1e6).toFixed(1), loadAverage: os.loadavg().map((x) => +x.toFixed(1)) };
  console.log(`  seeded in ${seeded.wallSeconds} s wall, ${seeded.cpuSeconds} s CPU`);
  return { file, seeded };
}

/** Query texts taken from the data set itself: rare tokens (ticket and order numbers) and IDs. */
function sampleData(file) {
  const db = new Database(file, { readonly: true });
  const max = db.prepare('SELECT max(n) FROM conversations').pluck().get();
  const get = db.prepare(`SELECT ${CONVERSATION_COLUMNS.join(', ')} FROM conversations WHERE n = ?`).raw(true);
  const rare = [];
  const ids = [];
  for (let i = 1; rare.length < 8 && i < 400; i++) {
    const rec = fromRow(get.get(1 + ((i * 7919) % max)));
    if (ids.length < 8) ids.push(i % 2 ? `conv_${String(rec.n).padStart(6, '0')}` : rec.sessionId);
    const m = /\b(?:TK-\d{5}|NW-\d{6})\b/.exec(searchableTranscript(buildScript(rec).items));
    if (m) rare.push(m[0]);
  }
  db.close();
  return { rare, ids };
}

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

const KINDS = {
  oneWord: () => ['refund', 'router', 'technician', 'password', 'invoice', 'roaming'],
  threeWords: () => ['router keeps dropping', 'cancel my subscription', 'charged twice september', 'internet down since last night', 'reset password email'],
  quoted: () => ['"late fee"', '"charged twice"', '"reset your password"', '"technician appointment"'],
  rareToken: (d) => d.rare,
  id: (d) => d.ids,
  filtered: () => ['refund&channel=chat', 'router keeps dropping&channel=voice', '"late fee"&status=completed', 'password&csatMin=4'],
};

const report = { machine: `${os.cpus().length} cores, ${os.cpus()[0]?.model ?? ''}`.trim(), loadAverage: os.loadavg().map((x) => +x.toFixed(1)), sizes: {} };
for (const count of sizes) {
  console.log(`\n${count.toLocaleString('en-US')} conversations`);
  const { file, seeded } = await database(count);
  const data = sampleData(file);
  // Imported after seeding, so a long first seed does not hold the server's modules.
  const { createApp } = await import('../packages/server/src/app.ts');
  const app = await createApp({ dbPath: file, config: { live: { stream: false, simulate: false, conversationsPerMinute: 0, tickMs: 1000 } } });
  const baseUrl = await app.listen({ host: '127.0.0.1', port: 0 });
  const result = { seeded, databaseMB: Math.round(fs.statSync(file).size / 1e6), kinds: {} };
  try {
    for (const [kind, queries] of Object.entries(KINDS)) {
      const ms = [];
      const totals = [];
      for (let r = 0; r < rounds; r++) {
        for (const q of queries(data)) {
          const [text, ...filters] = q.split('&');
          const url = `${baseUrl}/v1/search?q=${encodeURIComponent(text)}&limit=20${filters.map((f) => `&${f}`).join('')}`;
          const t = performance.now();
          const res = await fetch(url, { headers: TOKEN });
          const body = await res.json();
          ms.push(performance.now() - t);
          if (res.status !== 200) throw new Error(`${q} answered ${res.status}: ${JSON.stringify(body)}`);
          if (r === 0) totals.push(`${q} → ${body.total}${body.totalIsLowerBound ? '+' : ''} (${body.items[0]?.tier ?? 'none'})`);
        }
      }
      ms.sort((a, b) => a - b);
      result.kinds[kind] = { p50: +percentile(ms, 50).toFixed(1), p95: +percentile(ms, 95).toFixed(1), samples: ms.length, totals };
    }
  } finally {
    await app.close();
  }
  report.sizes[count] = result;
  console.log(JSON.stringify(result, null, 2));
}

const [small, big] = [...sizes].sort((a, b) => a - b).map((s) => report.sizes[s]);
if (small && big) {
  report.ratios = Object.fromEntries(
    Object.keys(KINDS).map((k) => [k, { p50: +(big.kinds[k].p50 / small.kinds[k].p50).toFixed(2), p95: +(big.kinds[k].p95 / small.kinds[k].p95).toFixed(2) }]),
  );
}
console.log('\nsearch.bench report');
console.log(JSON.stringify({ ...report, sizes: Object.fromEntries(Object.entries(report.sizes).map(([k, v]) => [k, { seeded: v.seeded, databaseMB: v.databaseMB, kinds: Object.fromEntries(Object.entries(v.kinds).map(([n, x]) => [n, { p50: x.p50, p95: x.p95 }])) }])) }, null, 2));
