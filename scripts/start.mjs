#!/usr/bin/env node
// `npm start`: build the demo bundle, seed the embedded SQLite backend if it has no data yet, then
// serve the API (/v1), its reference (/docs) and the demo page (/) from one local server.
// With DATABASE_URL=postgres://… everything runs on that PostgreSQL database instead: the server
// creates the schema and seeds 5,000 conversations itself when the database is empty.
import { spawnSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const node = process.execPath;
const port = process.env.PORT ?? '8787';
const db = process.env.CK_DB ?? join(root, 'packages/server/data/conversations.sqlite');
const step = (label, args) => {
  console.log(`→ ${label}`);
  const result = spawnSync(node, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ONLY: 'demo' } });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

step('building the demo bundle', [join(root, 'node_modules/rollup/dist/bin/rollup'), '-c', 'rollup.config.mjs', '--silent']);
const postgres = /^postgres(ql)?:\/\//i.test(process.env.DATABASE_URL ?? '');
if (!postgres && !existsSync(db)) step('seeding 5,000 conversations (first run only)', ['--import', 'tsx', 'packages/server/src/cli/seed.ts', '--count', '5000', '--out', db]);

const server = spawn(node, ['--import', 'tsx', 'packages/server/src/cli/serve.ts', '--db', db, '--port', port, '--static', 'examples/vanilla'], {
  cwd: root,
  stdio: 'inherit',
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
