#!/usr/bin/env node
// The packages as an adopting team receives them (run after `npm run build`):
// 1. `npm pack` every workspace package; publint and @arethetypeswrong/cli report no error;
// 2. the tarballs install into an empty folder;
// 3. there, `npx conversations-kit-server` seeds a data folder outside node_modules and serves the API,
//    /docs and /openapi.yaml; the elements import in Node without a DOM (SSR-safe); the SDK talks to the server.
// Writes { passed, failed } to $CK_COUNTS_FILE.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const packages = ['contract', 'sdk', 'server', 'elements', 'react'].filter((p) => existsSync(join(root, 'packages', p, 'dist')));
const work = mkdtempSync(join(tmpdir(), 'ck-packages-'));
const counts = { passed: 0, failed: 0 };
const bin = (pkg, file) => join(root, 'node_modules', pkg, file);

const started = Date.now();
function check(name, ok, output = '') {
  name = `${name} (${((Date.now() - started) / 1000).toFixed(0)} s)`;
  if (ok) counts.passed++;
  else counts.failed++;
  console.log(`${ok ? '✔' : '✘'} ${name}${ok || !output ? '' : `\n${output.trim().split('\n').map((l) => `    ${l}`).join('\n')}`}`);
  return ok;
}

function sh(command, args, options = {}) {
  const result = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, ...options });
  return { ok: result.status === 0, output: `${result.stdout ?? ''}${result.stderr ?? ''}` };
}

try {
  const tarballs = [];
  for (const pkg of packages) {
    const dir = join(root, 'packages', pkg);
    const packed = sh('npm', ['pack', '--json', '--pack-destination', work], { cwd: dir });
    if (!check(`${pkg}: npm pack`, packed.ok, packed.output)) continue;
    const [{ filename, files }] = JSON.parse(packed.output.slice(packed.output.indexOf('[')));
    tarballs.push(join(work, filename));
    const leaked = files.map((f) => f.path).filter((p) => /(\.test\.|\/test-support\/|\/testing\/|(^|\/)test-[^/]*$)/.test(p) && !/^dist\/testing\.|^dist\/store\/postgres\/test-database\.|^src\/testing\.ts$/.test(p));
    check(`${pkg}: ships no test support`, leaked.length === 0, leaked.join('\n'));
    const lint = sh(process.execPath, [bin('publint', 'src/cli.js'), 'run', join(work, filename), '--level', 'warning']);
    check(`${pkg}: publint`, lint.ok && !/\b(Errors?|Warnings?):/.test(lint.output), lint.output);
    // Every resolution mode, node10 included; the packages are ESM-only, so CommonJS `require` is out of scope.
    const types = sh(process.execPath, [bin('@arethetypeswrong/cli', 'dist/index.js'), join(work, filename), '--format', 'ascii', '--no-color',
      '--ignore-rules', 'cjs-resolves-to-esm', '--exclude-entrypoints', './openapi.yaml', './custom-elements.json', './html-custom-data.json', './web-types.json', './package.json']);
    check(`${pkg}: types resolve (attw: node10, node16, bundler)`, types.ok, types.output);
  }

  const app = join(work, 'app');
  sh('mkdir', ['-p', app]);
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'host-app', private: true, type: 'module' }));
  const install = sh('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error', ...tarballs], { cwd: app });
  if (check('the tarballs install into an empty folder', install.ok, install.output)) {
    // SSR: importing every element module must not touch DOM globals at module evaluation.
    const ssr = sh(process.execPath, ['--input-type=module', '-e', [
      "const el = await import('@conversations-kit/elements');",
      "if (typeof el.ConversationsTable !== 'function') throw new Error('ConversationsTable missing');",
      "await import('@conversations-kit/elements/conversations-table.js');",
      "const sdk = await import('@conversations-kit/sdk');",
      "if (typeof sdk.createClient !== 'function') throw new Error('createClient missing');",
      "console.log('imported');",
    ].join('\n')], { cwd: app });
    check('elements and SDK import in Node without a DOM', ssr.ok && ssr.output.includes('imported'), ssr.output);
    await checkServer(app);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

/** `npx conversations-kit-server` from the installed tarball: seeds, serves, answers. */
async function checkServer(app) {
  const data = join(app, 'data');
  // Its own process group, so stopping it stops the server npx started too.
  const server = spawn('npx', ['--no-install', 'conversations-kit-server', '--data', data, '--port', '0', '--count', '200', '--no-live'], { cwd: app, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let output = '';
  const url = await new Promise((resolve) => {
    const timer = setTimeout(() => resolve(null), 120_000);
    const onData = (chunk) => {
      output += chunk;
      const match = /listening on (http:\/\/[^\s]+)/.exec(output);
      if (match) { clearTimeout(timer); resolve(match[1]); }
    };
    server.stdout.on('data', onData);
    server.stderr.on('data', onData);
    server.on('exit', () => { clearTimeout(timer); resolve(null); });
  });
  try {
    if (!check('npx conversations-kit-server prints its URL', Boolean(url), output)) return;
    check('its data folder is outside node_modules', readdirSync(data).some((f) => f.endsWith('.sqlite')), output);
    const docs = await fetch(`${url}/docs`);
    check('it serves /docs', docs.ok, String(docs.status));
    const yaml = await fetch(`${url}/openapi.yaml`).then((r) => r.text());
    check('it serves /openapi.yaml', yaml.startsWith('openapi:'), yaml.slice(0, 200));
    const sdk = sh(process.execPath, ['--input-type=module', '-e', [
      "import { createClient } from '@conversations-kit/sdk';",
      `const client = createClient({ baseUrl: ${JSON.stringify(url)}, token: 'analyst-token' });`,
      'const page = await client.conversations.list({ limit: 5 });',
      "if (page.items.length !== 5) throw new Error('expected 5 conversations, got ' + page.items.length);",
      "console.log('listed');",
    ].join('\n')], { cwd: app });
    check('the installed SDK lists conversations from the installed server', sdk.ok && sdk.output.includes('listed'), sdk.output);
  } finally {
    try {
      process.kill(-server.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
}

if (process.env.CK_COUNTS_FILE) writeFileSync(process.env.CK_COUNTS_FILE, JSON.stringify(counts));
console.log(`packages: ${counts.passed} passed, ${counts.failed} failed`);
process.exit(counts.failed ? 1 : 0);
