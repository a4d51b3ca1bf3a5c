#!/usr/bin/env node
// The inner loop for elements: `npm run test:elements -- <folder> [--grep text] [--watch]` runs one
// element's browser tests (e.g. `conversations-table`) against the reference server in Chromium.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const root = new URL('..', import.meta.url).pathname;
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { grep: { type: 'string' }, watch: { type: 'boolean', default: false } },
});
const folders = positionals.length ? positionals : ['**'];
const args = ['--import', 'tsx', join(root, 'node_modules/@web/test-runner/dist/bin.js'), '--config', 'web-test-runner.config.mjs',
  '--files', ...folders.map((f) => `packages/elements/src/${f.replace(/\/+$/, '')}/**/*.test.ts`)];
if (values.watch) args.push('--watch');
const child = spawn(process.execPath, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...(values.grep ? { CK_GREP: values.grep } : {}) } });
child.on('exit', (code) => process.exit(code ?? 1));
