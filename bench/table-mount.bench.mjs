// Table mount time at 1k (baseline) and 100k rows, median of several runs, as a ratio.
import { openBenchPage, median } from './browser.mjs';

const { page, close } = await openBenchPage('bench/pages/table-mount.page.ts');
try {
  await page.waitForFunction(() => typeof window.mountTable === 'function');
  const sizes = [1_000, 100_000];
  const results = {};
  for (const size of sizes) {
    const runs = [];
    let nodes = 0;
    for (let i = 0; i < 7; i++) {
      const { ms, domNodes } = await page.evaluate((n) => window.mountTable(n), size);
      if (i > 0) runs.push(ms); // first run warms the JIT
      nodes = domNodes;
    }
    results[size] = { medianMs: median(runs), domNodes: nodes };
  }
  console.log('table mount (median of 6, after warm-up):');
  for (const size of sizes) console.log(`  ${size.toLocaleString().padStart(8)} rows: ${results[size].medianMs.toFixed(1)} ms, ${results[size].domNodes} shadow DOM nodes`);
  console.log(`  ratio 100k / 1k: ${(results[100_000].medianMs / results[1_000].medianMs).toFixed(2)}×`);
} finally {
  await close();
}
