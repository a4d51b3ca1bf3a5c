// <sip-flow-diagram> at 5,000 messages against a 500-message baseline in the same run: time to first
// rows, DOM nodes (budget: 2,000), frame times while scrolling the whole ladder, and the keyboard walk.
import { openBenchPage, median, percentile } from './browser.mjs';

// bench/browser.mjs answers a 404 (the browser's /favicon.ico request) by writing headers twice, which
// rejects inside its request handler; keep that from ending the run.
process.on('unhandledRejection', (error) => {
  if (error?.code === 'ERR_HTTP_HEADERS_SENT') return;
  throw error;
});

const { page, close } = await openBenchPage('bench/pages/sip-ladder.page.ts');
// Frame intervals depend on what else the machine runs; the renderer's CPU time does much less.
const cdp = await page.context().newCDPSession(page);
await cdp.send('Performance.enable');
const cpu = async () => {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const get = (name) => metrics.find((m) => m.name === name)?.value ?? 0;
  return { thread: get('ThreadTime') * 1000, process: get('ProcessTime') * 1000, layout: get('LayoutDuration') * 1000, style: get('RecalcStyleDuration') * 1000, script: get('ScriptDuration') * 1000 };
};
try {
  await page.waitForFunction(() => typeof window.mountLadder === 'function');
  const sizes = [500, 5_000];
  const results = {};
  for (const size of sizes) {
    const mounts = [];
    const scripts = [];
    let nodes = 0;
    for (let i = 0; i < 6; i++) {
      const { ms, scriptMs, domNodes } = await page.evaluate((n) => window.mountLadder(n), size);
      if (i > 0) {
        // the first run warms the JIT
        mounts.push(ms);
        scripts.push(scriptMs);
      }
      nodes = domNodes;
    }
    const before = await cpu();
    const scroll = await page.evaluate(() => window.scrollLadder(880));
    const after = await cpu();
    const perFrame = (key) => (after[key] - before[key]) / scroll.frames.length;
    // Wheel-like scrolling (120 px per frame) over the first 300 frames.
    const wheel = await page.evaluate(() => window.scrollLadder(120, 300));
    const walk = await page.evaluate(() => window.walkLadder(60));
    results[size] = {
      mountMs: median(mounts),
      mountScriptMs: median(scripts),
      domNodes: nodes,
      scrollFrames: scroll.frames.length,
      frameP50: median(scroll.frames),
      frameP95: percentile(scroll.frames, 95),
      frameMax: Math.max(...scroll.frames),
      scrollMaxNodes: scroll.maxNodes,
      longTasks: scroll.longTasks.length,
      cpuThread: perFrame('thread'),
      cpuProcess: perFrame('process'),
      cpuScript: perFrame('script'),
      cpuLayout: perFrame('layout') + perFrame('style'),
      wheelP50: median(wheel.frames),
      wheelP95: percentile(wheel.frames, 95),
      wheelUpdateP50: median(wheel.updates),
      updateP50: median(scroll.updates),
      updateP95: percentile(scroll.updates, 95),
      stepP50: median(walk.stepMs),
      stepP95: percentile(walk.stepMs, 95),
      walkNodes: walk.domNodes,
    };
  }
  const f = (n) => n.toFixed(1);
  console.log('sip-flow-diagram (headless Chromium, 1380×860 ladder):');
  for (const size of sizes) {
    const r = results[size];
    console.log(`  ${size.toLocaleString().padStart(6)} messages: mount ${f(r.mountMs)} ms to painted rows (script ${f(r.mountScriptMs)} ms; median of 5), ${r.domNodes} DOM nodes after mount, ≤ ${r.scrollMaxNodes} while scrolling`);
    console.log(`                  scroll ${r.scrollFrames} frames of 880 px: frame p50 ${f(r.frameP50)} ms, p95 ${f(r.frameP95)} ms, max ${f(r.frameMax)} ms, ${r.longTasks} long tasks`);
    console.log(`                  wheel-like scroll (120 px/frame, 300 frames): frame p50 ${f(r.wheelP50)} ms, p95 ${f(r.wheelP95)} ms, re-render p50 ${f(r.wheelUpdateP50)} ms`);
    console.log(`                  re-render per scroll step (script): p50 ${f(r.updateP50)} ms, p95 ${f(r.updateP95)} ms`);
    console.log(`                  CPU per scroll frame: renderer main thread ${f(r.cpuThread)} ms (script ${f(r.cpuScript)}, style+layout ${f(r.cpuLayout)}), whole renderer ${f(r.cpuProcess)} ms`);
    console.log(`                  ArrowDown walk: p50 ${f(r.stepP50)} ms, p95 ${f(r.stepP95)} ms per step to the next focused row (${r.walkNodes} nodes)`);
  }
  const big = results[5_000];
  const base = results[500];
  console.log(`  ratio 5,000 / 500: mount script ${(big.mountScriptMs / base.mountScriptMs).toFixed(2)}×, main-thread CPU per scroll frame ${(big.cpuThread / base.cpuThread).toFixed(2)}×, scroll frame p95 ${(big.frameP95 / base.frameP95).toFixed(2)}×, DOM nodes ${(big.domNodes / base.domNodes).toFixed(2)}×`);
  console.log(`  DOM budget (2,000 nodes at 5,000 messages): ${Math.max(big.domNodes, big.scrollMaxNodes) <= 2000 ? 'within' : 'EXCEEDED'}`);
} finally {
  await close();
}
