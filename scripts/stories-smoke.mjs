#!/usr/bin/env node
// Opens every story of the built Storybook in Debian's Chromium against a real reference server and
// fails a story on any console error, uncaught page error, or axe violation.
// Browser-generated "Failed to load resource" lines are not app errors: the error-state stories
// provoke 401s and refused connections on purpose, and the elements show those as readable states.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { writeFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';
import { startTestServer } from '../packages/server/src/testing.ts';

const root = new URL('..', import.meta.url).pathname;
const staticDir = process.env.STORYBOOK_DIR ?? join(root, 'storybook-static');
const require = createRequire(import.meta.url);
const axeSource = await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.woff2': 'font/woff2', '.png': 'image/png' };

const files = createServer(async (req, res) => {
  const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^\/+/, '');
  const file = join(staticDir, path || 'index.html');
  try {
    if (!(await stat(file)).isFile()) throw new Error('not a file');
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
    res.end(await readFile(file));
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise((resolve) => files.listen(0, '127.0.0.1', resolve));
const storybookUrl = `http://127.0.0.1:${files.address().port}`;
const api = await startTestServer({ count: 1000 });

const index = JSON.parse(await readFile(join(staticDir, 'index.json'), 'utf8'));
const stories = Object.values(index.entries).filter((entry) => entry.type === 'story');
const docs = Object.values(index.entries).filter((entry) => entry.type === 'docs');
const only = process.env.STORY_FILTER;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--autoplay-policy=no-user-gesture-required'],
});
const counts = { passed: 0, failed: 0 };
// Stories are independent: several pages at once hide each story's network waits behind the others'.
const concurrency = Number(process.env.STORY_CONCURRENCY ?? 3);

async function smoke(context, story) {
  const page = await context.newPage();
  const problems = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error' && !msg.text().startsWith('Failed to load resource')) problems.push(`console: ${msg.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  try {
    await page.goto(`${storybookUrl}/iframe.html?id=${story.id}&viewMode=story&apiBaseUrl=${encodeURIComponent(api.baseUrl)}`, { waitUntil: 'load' });
    await page.waitForSelector('#storybook-root > *, #storybook-root:not(:empty)', { timeout: 20_000 });
    await page.waitForLoadState('networkidle', { timeout: 4_000 }).catch(() => {});
    await page.waitForTimeout(300);
    await page.addScriptTag({ content: axeSource });
    const violations = await page.evaluate(async () => {
      // color-contrast is checked too; the story root holds the element and its shadow DOM.
      const result = await window.axe.run(document.querySelector('#storybook-root'), { resultTypes: ['violations'] });
      return result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
    });
    problems.push(...violations.map((v) => `axe: ${v}`));
  } catch (error) {
    problems.push(`failed to render: ${error.message.split('\n')[0]}`);
  }
  await page.close();
  if (problems.length) {
    counts.failed++;
    console.log(`✘ ${story.title} › ${story.name}\n${problems.map((p) => `    ${p}`).join('\n')}`);
  } else {
    counts.passed++;
    console.log(`✔ ${story.title} › ${story.name}`);
  }
}

/** A Docs page renders its element's reference (the manifest's tables), not a blank page. */
async function smokeDocs(context, entry) {
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  try {
    await page.goto(`${storybookUrl}/iframe.html?id=${entry.id}&viewMode=docs&apiBaseUrl=${encodeURIComponent(api.baseUrl)}`, { waitUntil: 'domcontentloaded', timeout: 60_000 });
    await page.waitForSelector('.sbdocs-title', { timeout: 45_000 });
    const isElement = entry.title.startsWith('Elements/');
    if (isElement) await page.waitForSelector('.docblock-argstable', { timeout: 20_000 });
  } catch (error) {
    problems.push(`docs page did not render: ${error.message.split('\n')[0]}`);
  }
  await page.close();
  if (problems.length) {
    counts.failed++;
    console.log(`✘ ${entry.title} › Docs\n${problems.map((p) => `    ${p}`).join('\n')}`);
  } else {
    counts.passed++;
    console.log(`✔ ${entry.title} › Docs`);
  }
}

try {
  const queue = [
    ...stories.filter((story) => !only || story.id.includes(only)).map((story) => (context) => smoke(context, story)),
    ...docs.filter((entry) => !only || entry.id.includes(only)).map((entry) => (context) => smokeDocs(context, entry)),
  ];
  await Promise.all(Array.from({ length: Math.min(concurrency, queue.length) }, async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    for (let job = queue.shift(); job; job = queue.shift()) await job(context);
    await context.close();
  }));
} finally {
  await browser.close();
  await api.close();
  files.close();
}
if (process.env.CK_COUNTS_FILE) writeFileSync(process.env.CK_COUNTS_FILE, JSON.stringify(counts));
console.log(`stories: ${counts.passed} passed, ${counts.failed} failed`);
process.exit(counts.failed ? 1 : 0);
