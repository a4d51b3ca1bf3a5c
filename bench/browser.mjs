// Shared harness for browser benchmarks: bundles a page entry with esbuild (workspace sources via the
// `ck-source` condition), serves it on loopback and opens it in Debian's Chromium.
import { build } from 'esbuild';
import { createServer } from 'node:http';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

export async function openBenchPage(entry, { html = '' } = {}) {
  const outdir = await mkdtemp(join(tmpdir(), 'ck-bench-'));
  await build({
    entryPoints: { page: entry },
    bundle: true,
    format: 'esm',
    splitting: true,
    outdir,
    conditions: ['ck-source', 'browser'],
    target: 'es2022',
    tsconfigRaw: { compilerOptions: { experimentalDecorators: true, useDefineForClassFields: false } },
    logLevel: 'error',
  });
  await writeFile(join(outdir, 'index.html'), `<!doctype html><html lang="en"><body>${html}<script type="module" src="./page.js"></script></body></html>`);
  const server = createServer(async (req, res) => {
    const file = join(outdir, new URL(req.url, 'http://x').pathname.replace(/^\/+/, '') || 'index.html');
    // Read first: a missing file (e.g. favicon.ico) must answer 404 before any header is sent.
    const body = await readFile(file).catch(() => null);
    if (!body) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': file.endsWith('.js') ? 'text/javascript' : 'text/html' });
    res.end(body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--enable-precise-memory-info', '--js-flags=--expose-gc'],
  });
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  page.on('pageerror', (error) => console.error('page error:', error.message));
  await page.goto(`http://127.0.0.1:${server.address().port}/index.html`);
  return {
    page,
    async close() {
      await browser.close();
      server.close();
    },
  };
}

export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};
export const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
};
