// Mounts <sip-flow-diagram> over a synthetic call of N messages (generated before timing starts) and
// measures first paint, DOM size, scrolling frame times and the keyboard walk.
import { SipFlowDiagram } from '../../packages/elements/src/sip-flow-diagram/sip-flow-diagram.js';
import { largeFlow } from '../../packages/elements/src/sip-flow-diagram/test-flows.js';

// Defined here rather than through the .define.js module: the package's `sideEffects` list covers
// dist/ only, so a bundler may drop a bare `import '…define.js'` of the sources.
if (!customElements.get('sip-flow-diagram')) customElements.define('sip-flow-diagram', SipFlowDiagram);

const frame = () => new Promise<number>((r) => requestAnimationFrame(r));
let ladder: SipFlowDiagram | undefined;
const longTasks: number[] = [];
new PerformanceObserver((list) => list.getEntries().forEach((e) => longTasks.push(e.duration))).observe({ type: 'longtask', buffered: false });

/** Element + shadow DOM nodes of the ladder (what the 2,000-node budget is about). */
const nodeCount = () => 1 + (ladder?.shadowRoot?.querySelectorAll('*').length ?? 0);

declare global {
  interface Window {
    mountLadder(count: number): Promise<{ ms: number; scriptMs: number; domNodes: number }>;
    scrollLadder(pxPerFrame: number, maxFrames?: number): Promise<{ frames: number[]; updates: number[]; maxNodes: number; longTasks: number[] }>;
    walkLadder(steps: number): Promise<{ stepMs: number[]; domNodes: number }>;
  }
}

window.mountLadder = async (count) => {
  document.body.innerHTML = '';
  const flow = largeFlow(count);
  await frame();
  const started = performance.now();
  ladder = document.createElement('sip-flow-diagram');
  ladder.style.cssText = 'display:flex;height:860px;width:1380px';
  ladder.flow = flow;
  document.body.append(ladder);
  // Script time: from connection to the rows rendered (the model of 5,000 messages, filters, rows in view).
  while (!ladder.shadowRoot?.querySelector('.msg')) await ladder.updateComplete;
  const scriptMs = performance.now() - started;
  await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  return { ms: performance.now() - started, scriptMs, domNodes: nodeCount() };
};

window.scrollLadder = async (pxPerFrame, maxFrames = Infinity) => {
  const scroller = ladder!.shadowRoot!.querySelector<HTMLElement>('.scroller')!;
  scroller.scrollTop = 0;
  await frame();
  longTasks.length = 0;
  const frames: number[] = [];
  const updates: number[] = [];
  let maxNodes = 0;
  let last = await frame();
  while (scroller.scrollTop + scroller.clientHeight < scroller.scrollHeight - 1 && frames.length < maxFrames) {
    // Script time: the scroll handler plus the element's re-render of the rows in view.
    const t0 = performance.now();
    scroller.scrollTop += pxPerFrame;
    scroller.dispatchEvent(new Event('scroll'));
    await ladder!.updateComplete;
    updates.push(performance.now() - t0);
    const now = await frame();
    frames.push(now - last);
    last = now;
    maxNodes = Math.max(maxNodes, nodeCount());
  }
  return { frames, updates, maxNodes, longTasks: [...longTasks] };
};

window.walkLadder = async (steps) => {
  const el = ladder!;
  const scroller = el.shadowRoot!.querySelector<HTMLElement>('.scroller')!;
  scroller.scrollTop = 0;
  await frame();
  el.shadowRoot!.querySelector<HTMLElement>('.msg[data-index="0"]')!.focus();
  const stepMs: number[] = [];
  for (let i = 1; i <= steps; i++) {
    const started = performance.now();
    el.shadowRoot!.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true, composed: true }));
    while ((el.shadowRoot!.activeElement as HTMLElement | null)?.dataset.index !== String(i)) await new Promise((r) => setTimeout(r, 0));
    stepMs.push(performance.now() - started);
    await frame();
  }
  return { stepMs, domNodes: nodeCount() };
};
