// Sort and filter interaction time on 100k rows (median and p95 of repeated runs). The in-memory
// backend answers after a fixed latency, reported separately, so the element's own share shows.
import { openBenchPage, median, percentile } from './browser.mjs';

// The shared harness answers a missing file (Chromium's /favicon.ico) by writing headers twice,
// which rejects inside its request handler: that must not end the benchmark.
process.on('unhandledRejection', (error) => {
  if (error?.code === 'ERR_HTTP_HEADERS_SENT') return;
  console.error(error);
  process.exit(1);
});

const LATENCY = 20;
const { page, close } = await openBenchPage('bench/pages/table-interaction.page.ts');
try {
  await page.waitForFunction(() => typeof window.setupTable === 'function');
  await page.evaluate(([n, l]) => window.setupTable(n, l), [100_000, LATENCY]);
  const sorts = [];
  for (let i = 0; i < 11; i++) {
    const ms = await page.evaluate(() => window.sortOnce());
    if (i > 0) sorts.push(ms);
  }
  // Filters alternate so every run changes the first row; each query's match list is computed once
  // by the stand-in backend during warm-up, so the timings are the table's, not the filtering's.
  const queries = [{ channel: ['voice'] }, { status: ['error'] }, { channel: ['chat', 'email'], csatMin: 3 }, {}];
  for (const q of queries) await page.evaluate((query) => window.filterOnce(query), q);
  const filters = [];
  for (let i = 0; i < 12; i++) filters.push(await page.evaluate((query) => window.filterOnce(query), queries[i % queries.length]));
  console.log(`table interaction on 100,000 rows (backend latency ${LATENCY} ms per page, included):`);
  console.log(`  sort (Start Time header): median ${median(sorts).toFixed(1)} ms, p95 ${percentile(sorts, 95).toFixed(1)} ms over ${sorts.length} runs`);
  console.log(`  filter (new query):       median ${median(filters).toFixed(1)} ms, p95 ${percentile(filters, 95).toFixed(1)} ms over ${filters.length} runs`);
  console.log(`  element share (median − latency): sort ${(median(sorts) - LATENCY).toFixed(1)} ms, filter ${(median(filters) - LATENCY).toFixed(1)} ms`);
} finally {
  await close();
}
