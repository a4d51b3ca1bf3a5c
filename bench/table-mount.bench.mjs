// Table mount time at 1k (baseline), 100k and 1M rows, median of several runs, as ratios.
// A flat ratio means mounting does not depend on the list's size (keyset pages, virtual rows).
import { openBenchPage, median } from './browser.mjs';

// The shared harness answers a missing file (Chromium's /favicon.ico) by writing headers twice,
// which rejects inside its request handler: that must not end the benchmark.
process.on('unhandledRejection', (error) => {
  if (error?.code === 'ERR_HTTP_HEADERS_SENT') return;
  console.error(error);
  process.exit(1);
});

const { page, close } = await openBenchPage('bench/pages/table-mount.page.ts');
try {
  await page.waitForFunction(() => typeof window.mountTable === 'function');
  const sizes = [1_000, 100_000, 1_000_000];
  const results = {};
  for (const size of sizes) {
    const runs = [];
    let last;
    for (let i = 0; i < 7; i++) {
      last = await page.evaluate((n) => window.mountTable(n), size);
      if (i > 0) runs.push(last.ms); // first run warms the JIT
    }
    results[size] = { medianMs: median(runs), ...last };
  }
  console.log('table mount (median of 6, after warm-up):');
  for (const size of sizes) {
    const r = results[size];
    console.log(`  ${size.toLocaleString().padStart(9)} rows: ${r.medianMs.toFixed(1)} ms, ${r.domNodes} shadow DOM nodes, ${r.requests} request(s), scroll height ${r.spacerPx.toLocaleString()} px`);
  }
  console.log(`  ratio 100k / 1k: ${(results[100_000].medianMs / results[1_000].medianMs).toFixed(2)}×`);
  console.log(`  ratio 1M / 1k:   ${(results[1_000_000].medianMs / results[1_000].medianMs).toFixed(2)}×`);
} finally {
  await close();
}
