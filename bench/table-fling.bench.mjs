// p95 frame time while flinging the table: 1M rows (scaled scrolling, seeking by start time) against
// 1k rows (the baseline, everything within one scroll range), same fling, same 30 ms network latency.
import { openBenchPage, percentile, median } from './browser.mjs';

// The shared harness answers a missing file (Chromium's /favicon.ico) by writing headers twice,
// which rejects inside its request handler: that must not end the benchmark.
process.on('unhandledRejection', (error) => {
  if (error?.code === 'ERR_HTTP_HEADERS_SENT') return;
  console.error(error);
  process.exit(1);
});

const { page, close } = await openBenchPage('bench/pages/table-fling.page.ts');
try {
  await page.waitForFunction(() => typeof window.fling === 'function');
  const options = { latencyMs: 30, flings: 6, velocity: 900 };
  await page.evaluate(([n, o]) => window.fling(n, o), [1_000, { ...options, flings: 1 }]); // warm-up
  const results = {};
  for (const size of [1_000, 1_000_000]) {
    const r = await page.evaluate(([n, o]) => window.fling(n, o), [size, options]);
    results[size] = { ...r, p95: percentile(r.frames, 95), p50: median(r.frames), max: Math.max(...r.frames) };
  }
  console.log(`table fling (${options.flings} flings from ${options.velocity} px/frame, ${options.latencyMs} ms latency per page):`);
  for (const [size, r] of Object.entries(results)) {
    console.log(
      `  ${Number(size).toLocaleString().padStart(9)} rows: p50 ${r.p50.toFixed(1)} ms, p95 ${r.p95.toFixed(1)} ms, max ${r.max.toFixed(1)} ms per frame over ${r.frames.length} frames; ${r.longTasks} long task(s); ${r.requests} page request(s); rows in view loaded afterwards: ${r.loadedAtEnd}`,
    );
  }
  console.log(`  p95 ratio 1M / 1k: ${(results[1_000_000].p95 / results[1_000].p95).toFixed(2)}×`);
} finally {
  await close();
}
