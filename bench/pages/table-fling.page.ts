// Flings <conversations-table> (touchpad-style: a fast start that decays) and records the interval
// between animation frames. Rows come from an in-memory backend with a simulated network latency,
// so placeholders, seeks and page arrivals all happen during the fling, as they would for real.
import { ConversationsTable } from '../../packages/elements/src/conversations-table/conversations-table.js';
import { createMemoryClient } from '../../packages/elements/src/conversations-table/testing/memory-client.js';

if (!customElements.get('conversations-table')) customElements.define('conversations-table', ConversationsTable);

interface FlingResult {
  frames: number[];
  requests: number;
  loadedAtEnd: boolean;
  longTasks: number;
}

declare global {
  interface Window {
    fling(count: number, options: { latencyMs: number; flings: number; velocity: number }): Promise<FlingResult>;
  }
}

const frame = () => new Promise<number>((r) => requestAnimationFrame(r));

window.fling = async (count, { latencyMs, flings, velocity }) => {
  document.body.innerHTML = '';
  const client = createMemoryClient({ count, latencyMs });
  const table = document.createElement('conversations-table');
  table.style.height = '800px';
  table.noLive = true;
  table.client = client;
  document.body.append(table);
  while (!table.shadowRoot?.querySelector('.row[data-id]')) await frame();
  const scroller = table.shadowRoot!.querySelector<HTMLElement>('.scroller')!;
  let longTasks = 0;
  const observer = new PerformanceObserver((list) => (longTasks += list.getEntries().length));
  observer.observe({ type: 'longtask' });
  const frames: number[] = [];
  let last = await frame();
  for (let f = 0; f < flings; f++) {
    // Alternate direction so the fling covers fresh rows both ways; velocity decays like momentum.
    const sign = f % 2 === 0 ? 1 : -1;
    for (let v = velocity; v > 2; v *= 0.95) {
      scroller.scrollTop += sign * v;
      const now = await frame();
      frames.push(now - last);
      last = now;
    }
  }
  observer.disconnect();
  // Let the last pages arrive, then check the rows in view are real rows, not placeholders.
  await new Promise((r) => setTimeout(r, latencyMs * 6 + 200));
  const loadedAtEnd = !table.shadowRoot!.querySelector('.row.placeholder') && !!table.shadowRoot!.querySelector('.row[data-id]');
  return { frames, requests: client.calls.list, loadedAtEnd, longTasks };
};
