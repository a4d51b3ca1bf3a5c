// <qos-chart> over a 2-hour call (7,200 reports per connection) at 400 and 1,400 px: time to painted
// bars and a metric switch, against uPlot drawing the same series as bars in the same run.
// Goals (issue: performance): render ≤ 100 ms, metric switch ≤ 50 ms, bars visible at every width.
import { openBenchPage, median } from './browser.mjs';

process.on('unhandledRejection', (error) => {
  if (error?.code === 'ERR_HTTP_HEADERS_SENT') return;
  throw error;
});

const { page, close } = await openBenchPage('bench/pages/qos-chart.page.ts');
page.on('crash', () => console.error('the page crashed'));
try {
  await page.waitForFunction(() => typeof window.mountQos === 'function');
  const f = (n) => n.toFixed(1);
  console.log('qos-chart, 2-hour call (7,200 reports), headless Chromium, median of 5 after a warm-up:');
  for (const width of [400, 1400]) {
    const runs = { mount: [], switch: [], uMount: [], uSwitch: [], bars: 0 };
    for (let i = 0; i < 6; i++) {
      const m = await page.evaluate((w) => window.mountQos(w), width);
      const s = await page.evaluate((metric) => window.switchQos(metric), 'jitter');
      const um = await page.evaluate((w) => window.mountUplot(w), width);
      const us = await page.evaluate((metric) => window.switchUplot(metric), 'jitter');
      if (i === 0) continue; // warms the JIT and loads Chart.js
      runs.mount.push(m.ms);
      runs.switch.push(s.ms);
      runs.uMount.push(um.ms);
      runs.uSwitch.push(us.ms);
      runs.bars = m.bars;
    }
    const [mount, sw, um, us] = [median(runs.mount), median(runs.switch), median(runs.uMount), median(runs.uSwitch)];
    console.log(`  ${String(width).padStart(5)} px: render ${f(mount)} ms (goal ≤ 100; uPlot ${f(um)} ms, ratio ${f(mount / um)}×), metric switch ${f(sw)} ms (goal ≤ 50; uPlot ${f(us)} ms, ratio ${f(sw / us)}×), ${runs.bars} bars drawn`);
  }
} finally {
  await close();
}
