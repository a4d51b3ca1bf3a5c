// Fling at a million rows: <conversations-table> beside vaadin-grid and @lit-labs/virtualizer (the
// baselines, measured in the same run, same rows, same page latency). Reports per frame: main-thread
// CPU, elements restyled, layout objects dirtied, paint time; frame times; and the DOM size reached.
// Medians of 3 runs per grid. Nothing is asserted: every figure is printed beside its goal.
import { openBenchPage, percentile, median } from './browser.mjs';
import { TRACE_CATEGORIES, summarizeTrace } from './table-trace.mjs';

// The shared harness answers a missing file (Chromium's /favicon.ico) by writing headers twice,
// which rejects inside its request handler: that must not end the benchmark.
process.on('unhandledRejection', (error) => {
  if (error?.code === 'ERR_HTTP_HEADERS_SENT') return;
  console.error(error);
  process.exit(1);
});

const ROWS = 1_000_000;
const RUNS = Number(process.env.RUNS ?? 3);
const options = { latencyMs: 30, flings: 4, velocity: 900 };
const { page, close } = await openBenchPage('bench/pages/table-fling.page.ts');
const browser = page.context().browser();
const kinds = ['table', 'vaadin', 'virtualizer'].filter((k) => !process.env.KINDS || process.env.KINDS.split(',').includes(k));
try {
  await page.waitForFunction(() => typeof window.fling === 'function');
  const runs = Object.fromEntries(kinds.map((k) => [k, []]));
  for (let run = 0; run < RUNS; run++) {
    for (const kind of kinds) {
      await page.evaluate(([k, n, l]) => window.mount(k, n, l), [kind, ROWS, options.latencyMs]);
      if (run === 0) await page.evaluate((o) => window.fling({ ...o, flings: 1 }), options); // warm-up
      await browser.startTracing(page, { categories: TRACE_CATEGORIES });
      const r = await page.evaluate((o) => window.fling(o), options);
      const trace = await browser.stopTracing();
      runs[kind].push({ ...r, ...summarizeTrace(trace, r.frames.length) });
    }
  }
  const med = (kind, f) => median(runs[kind].map(f));
  const row = (kind) => ({
    cpu: med(kind, (r) => r.cpuPerFrame),
    restyled: med(kind, (r) => r.restyledPerFrame),
    dirtied: med(kind, (r) => r.dirtiedPerFrame),
    paint: med(kind, (r) => r.paintPerFrame),
    p95: med(kind, (r) => percentile(r.frames, 95)),
    p50: med(kind, (r) => median(r.frames)),
    over50: med(kind, (r) => r.frames.filter((f) => f > 50).length),
    frames: med(kind, (r) => r.frames.length),
    dom: Math.max(...runs[kind].map((r) => r.maxElements)),
    loaded: runs[kind].every((r) => r.loadedAtEnd),
  });
  const res = Object.fromEntries(kinds.map((k) => [k, row(k)]));
  const names = { table: 'conversations-table', vaadin: 'vaadin-grid', virtualizer: 'lit-virtualizer' };
  console.log(`table fling at ${ROWS.toLocaleString()} rows (${options.flings} flings from ${options.velocity} px/frame, ${options.latencyMs} ms per page; median of ${RUNS}):`);
  console.log('  grid                  CPU/frame  restyled  layout-dirty  paint/frame  p50     p95     >50ms  DOM elements  rows loaded after');
  for (const k of kinds) {
    const r = res[k];
    console.log(
      `  ${names[k].padEnd(20)} ${r.cpu.toFixed(1).padStart(6)} ms ${r.restyled.toFixed(0).padStart(9)} ${r.dirtied.toFixed(0).padStart(13)} ${r.paint.toFixed(2).padStart(9)} ms ${r.p50.toFixed(1).padStart(6)} ${r.p95.toFixed(1).padStart(7)} ${String(r.over50).padStart(6)}/${r.frames} ${String(r.dom).padStart(10)}   ${r.loaded ? 'yes' : 'no'}`,
    );
  }
  const t = res.table;
  const v = res.vaadin ?? t;
  const ok = (pass) => (pass ? 'met' : 'NOT MET');
  console.log('  goals:');
  console.log(`    CPU per frame ≤ vaadin-grid's: ${t.cpu.toFixed(1)} vs ${v.cpu.toFixed(1)} ms (ratio ${(t.cpu / v.cpu).toFixed(2)}×) — ${ok(t.cpu <= v.cpu)}`);
  console.log(`    p95 frame ≤ 16.7 ms (idle machine): ${t.p95.toFixed(1)} ms — ${ok(t.p95 <= 16.7)}`);
  console.log(`    0 frames > 50 ms: ${t.over50} — ${ok(t.over50 === 0)}`);
  console.log(`    restyled / layout-dirty / paint of the peers' order (vaadin ${v.restyled.toFixed(0)} / ${v.dirtied.toFixed(0)} / ${v.paint.toFixed(2)} ms): ${t.restyled.toFixed(0)} / ${t.dirtied.toFixed(0)} / ${t.paint.toFixed(2)} ms — ${ok(t.restyled <= v.restyled * 3 && t.dirtied <= v.dirtied * 3 && t.paint <= Math.max(v.paint * 3, 1))}`);
  console.log(`    table DOM ≤ 400 elements: ${t.dom} (vaadin ${v.dom}, virtualizer ${res.virtualizer?.dom}) — ${ok(t.dom <= 400)}`);
} finally {
  await close();
}
