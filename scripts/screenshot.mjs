#!/usr/bin/env node
// Dev utility: screenshot a page in Debian's Chromium.
//   node scripts/screenshot.mjs URL out.png [--width 1400] [--height 900] [--theme dark] [--wait 1500] [--click selector]
import { chromium } from 'playwright-core';

const [url, out, ...rest] = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = rest.indexOf(`--${name}`);
  return i >= 0 ? rest[i + 1] : fallback;
};
if (!url || !out) {
  console.error('usage: screenshot.mjs URL out.png [--width N] [--height N] [--theme light|dark] [--wait ms] [--click selector]');
  process.exit(2);
}
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const page = await browser.newPage({ viewport: { width: Number(opt('width', 1400)), height: Number(opt('height', 900)) }, colorScheme: opt('theme', 'light') });
page.on('pageerror', (e) => console.error('page error:', e.message));
page.on('console', (m) => m.type() === 'error' && console.error('console:', m.text()));
await page.goto(url, { waitUntil: 'load' });
await page.waitForTimeout(Number(opt('wait', 1500)));
const click = opt('click');
if (click) {
  await page.locator(click).first().click();
  await page.waitForTimeout(Number(opt('wait', 1500)));
}
await page.screenshot({ path: out });
await browser.close();
console.log(out);
