#!/usr/bin/env node
// The framework examples as a host team runs them (after `npm run build`): each of examples/react,
// examples/vue and examples/angular builds with Vite, then loads in Chromium against a real reference
// server: rows appear in the table, selecting one opens it in the insights panel, and nothing logs an
// error. Writes { passed, failed } to $CK_COUNTS_FILE. `node --import tsx scripts/check-examples.mjs react`
// checks one.
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { writeFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { build } from 'vite';
import { chromium } from 'playwright-core';
import { startTestServer } from '../packages/server/src/testing.ts';

const root = new URL('..', import.meta.url).pathname;
const examples = process.argv.slice(2).length ? process.argv.slice(2) : ['react', 'vue', 'angular'];
const counts = { passed: 0, failed: 0 };
const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.json': 'application/json' };

function check(name, ok, detail = '') {
  if (ok) counts.passed++;
  else counts.failed++;
  console.log(`${ok ? '✔' : '✘'} ${name}${ok || !detail ? '' : `\n    ${detail.trim().split('\n').join('\n    ')}`}`);
}

/** Serves a built example's dist folder. */
async function serve(dir) {
  const server = createServer(async (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^\/+/, '');
    const file = join(dir, path || 'index.html');
    try {
      if (!file.startsWith(dir) || !(await stat(file)).isFile()) throw new Error('not a file');
      res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
      res.end(await readFile(file));
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${server.address().port}`, close: () => server.close() };
}

const api = await startTestServer({ count: 300 });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

try {
  for (const name of examples) {
    const dir = join(root, 'examples', name);
    try {
      await build({ root: dir, configFile: join(dir, 'vite.config.ts'), logLevel: 'warn' });
      check(`${name}: builds with Vite`, true);
    } catch (error) {
      check(`${name}: builds with Vite`, false, String(error?.stack ?? error));
      continue;
    }
    if (name === 'react') {
      // The wrappers' props and on<Event> handlers typecheck in TSX against the built packages.
      const tsc = spawnSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', dir, '--noEmit'], { encoding: 'utf8' });
      check(`${name}: the app typechecks (props and event handlers of the wrappers)`, tsc.status === 0, `${tsc.stdout}${tsc.stderr}`);
    }
    const site = await serve(join(dir, 'dist'));
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const problems = [];
    page.on('console', (msg) => msg.type() === 'error' && problems.push(`console: ${msg.text()}`));
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('response', (response) => response.status() >= 400 && problems.push(`HTTP ${response.status()}: ${response.request().method()} ${response.url()}`));
    try {
      await page.goto(`${site.url}/?api=${encodeURIComponent(api.baseUrl)}&token=supervisor-token`);
      const rows = await page.waitForFunction(() => {
        const table = document.querySelector('conversations-table');
        return table?.shadowRoot?.querySelectorAll('.row[data-id]').length ?? 0;
      }, null, { timeout: 20_000 }).then((h) => h.jsonValue()).catch(() => 0);
      check(`${name}: rows appear in the table`, rows > 1, `${rows} rows`);
      // Clicking a row opens the panel on that conversation (playwright's CSS locators pierce shadow roots).
      const row = page.locator('conversations-table .row[data-id]').first();
      const id = await row.getAttribute('data-id');
      await row.click();
      const opened = await page.waitForFunction((want) => {
        const panel = document.querySelector('insights-panel');
        return panel?.conversationId === want && Boolean(panel.shadowRoot?.querySelector('[role="tab"]'));
      }, id, { timeout: 15_000 }).then(() => true).catch(() => false);
      check(`${name}: selecting a row opens it in the panel`, opened, `row ${id}; panel shows ${await page.evaluate(() => document.querySelector('insights-panel')?.conversationId ?? 'nothing')}`);
      check(`${name}: no console or page errors`, problems.length === 0, problems.join('\n'));
    } finally {
      await page.close();
      site.close();
    }
  }
} finally {
  await browser.close();
  await api.close();
}

if (process.env.CK_COUNTS_FILE) writeFileSync(process.env.CK_COUNTS_FILE, JSON.stringify(counts));
console.log(`examples: ${counts.passed} passed, ${counts.failed} failed`);
process.exit(counts.failed ? 1 : 0);
