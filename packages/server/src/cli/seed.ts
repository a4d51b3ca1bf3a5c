import path from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_SEED, seedDatabase } from '../store/seed.js';
import { databaseIn, defaultDataDir } from './paths.js';
import { isPostgresUrl, seedPostgresAt } from './postgres.js';

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '5000' },
    out: { type: 'string', default: databaseIn(defaultDataDir()) },
    seed: { type: 'string', default: String(DEFAULT_SEED) },
  },
});

const count = Number(values.count);
const seed = Number(values.seed);
if (!Number.isSafeInteger(count) || count < 1) {
  console.error(`--count must be a positive integer, got "${values.count}"`);
  process.exit(2);
}
if (!Number.isSafeInteger(seed)) {
  console.error(`--seed must be an integer, got "${values.seed}"`);
  process.exit(2);
}
// DATABASE_URL selects PostgreSQL (filled with COPY), as it does for the server.
const databaseUrl = isPostgresUrl(process.env.DATABASE_URL) ? process.env.DATABASE_URL : undefined;
const out = databaseUrl ? databaseUrl.replace(/\/\/[^@/]*@/, '//') : path.resolve(values.out!);
console.log(`Seeding ${count.toLocaleString('en-US')} conversations (seed ${seed}) into ${out} …`);
const onProgress = (done: number, total: number) => process.stdout.write(`  ${done.toLocaleString('en-US')} / ${total.toLocaleString('en-US')}\r`);
const result = databaseUrl ? await seedPostgresAt(databaseUrl, { count, seed, onProgress }) : await seedDatabase(out, { count, seed, onProgress });
console.log(`Seeded ${result.count.toLocaleString('en-US')} conversations in ${result.seconds.toFixed(1)} s → ${result.path}`);
