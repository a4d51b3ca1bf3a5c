#!/usr/bin/env node
// `npm run bench`: runs every bench/*.bench.mjs in turn. Each benchmark measures a candidate against
// a baseline in the same run and prints ratios; nothing here asserts timings.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const dir = new URL('.', import.meta.url).pathname;
const only = process.argv.slice(2);
const benches = readdirSync(dir).filter((f) => f.endsWith('.bench.mjs') && (!only.length || only.some((o) => f.includes(o))));
let failed = 0;
for (const file of benches) {
  console.log(`\n━━ ${file}`);
  const result = spawnSync(process.execPath, ['--import', 'tsx', join(dir, file)], { stdio: 'inherit', cwd: join(dir, '..') });
  if (result.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
