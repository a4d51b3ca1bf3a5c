// Three grids over the same million generated rows, flung the same way: <conversations-table>,
// vaadin-grid and @lit-labs/virtualizer (the in-run baselines). Each answers pages after the same
// simulated latency, so placeholders and page arrivals happen during the fling for all three.
import { html, render } from 'lit';
import '@vaadin/grid/vaadin-grid.js';
import '@vaadin/grid/vaadin-grid-column.js';
import '@lit-labs/virtualizer';
import { ConversationsTable } from '../../packages/elements/src/conversations-table/conversations-table.js';
import { createMemoryClient, memoryRow } from '../../packages/elements/src/testing/memory-client.js';

if (!customElements.get('conversations-table')) customElements.define('conversations-table', ConversationsTable);

type Kind = 'table' | 'vaadin' | 'virtualizer';
interface FlingResult {
  frames: number[];
  requests: number;
  loadedAtEnd: boolean;
  longTasks: number;
  maxElements: number;
}

declare global {
  interface Window {
    mount(kind: Kind, count: number, latencyMs: number): Promise<void>;
    fling(options: { flings: number; velocity: number; latencyMs: number }): Promise<FlingResult>;
  }
}

const frame = () => new Promise<number>((r) => requestAnimationFrame(r));
const delay = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Elements in the document, shadow roots included (what the browser styles and lays out). */
function countElements(root: Document | ShadowRoot | Element = document): number {
  let n = 0;
  for (const el of (root as ParentNode).querySelectorAll('*')) {
    n++;
    if (el.shadowRoot) n += countElements(el.shadowRoot);
  }
  return n;
}

/** The flat record the peers show: the same nine columns the table shows. */
const flat = (i: number) => {
  const r = memoryRow(i);
  return {
    customer: r.customer.name, agent: r.supportAgent?.name ?? '', start: new Date(r.startTime).toLocaleString(), duration: `${r.durationSeconds}s`,
    agents: r.agents.map((a) => a.name).join(', '), queue: r.queues.at(-1)?.name ?? '', skills: r.skills.join(', '), status: r.status, id: r.id,
  };
};

let scroller: HTMLElement;
let host: HTMLElement;
let requests = 0;
let baseElements = 0;
let isLoaded: () => boolean = () => true;

window.mount = async (kind, count, latencyMs) => {
  document.body.innerHTML = '';
  await frame();
  baseElements = countElements();
  requests = 0;
  if (kind === 'table') {
    const client = createMemoryClient({ count, latencyMs });
    const table = document.createElement('conversations-table');
    table.style.height = '800px';
    table.noLive = true;
    table.client = client;
    document.body.append(table);
    while (!table.shadowRoot?.querySelector('.row[data-id]')) await frame();
    host = table;
    scroller = table.shadowRoot!.querySelector<HTMLElement>('.scroller')!;
    Object.defineProperty(window, '__requests', { get: () => client.calls.list, configurable: true });
    isLoaded = () => !table.shadowRoot!.querySelector('.row[aria-busy="true"]') && !!table.shadowRoot!.querySelector('.row[data-id]');
  } else if (kind === 'vaadin') {
    const grid = document.createElement('vaadin-grid') as HTMLElement & { size: number; pageSize: number; dataProvider: unknown };
    grid.style.height = '800px';
    for (const path of ['customer', 'agent', 'start', 'duration', 'agents', 'queue', 'skills', 'status', 'id']) {
      const col = document.createElement('vaadin-grid-column');
      col.setAttribute('path', path);
      grid.append(col);
    }
    grid.pageSize = 50;
    grid.size = count;
    grid.dataProvider = (params: { page: number; pageSize: number }, callback: (items: unknown[], size: number) => void) => {
      requests++;
      setTimeout(() => {
        const items = [];
        for (let i = params.page * params.pageSize; i < Math.min(count, (params.page + 1) * params.pageSize); i++) items.push(flat(i));
        callback(items, count);
      }, latencyMs);
    };
    document.body.append(grid);
    while (!grid.querySelector('vaadin-grid-cell-content')?.textContent) await frame();
    host = grid;
    scroller = grid.shadowRoot!.querySelector<HTMLElement>('#table')!;
    Object.defineProperty(window, '__requests', { get: () => requests, configurable: true });
    isLoaded = () => !grid.shadowRoot!.querySelector('tr[loading]');
  } else {
    // lit-virtualizer over an index array; rows fill from a page cache with the same latency.
    const cache = new Map<number, ReturnType<typeof flat>[]>();
    const pending = new Set<number>();
    const el = document.createElement('div');
    document.body.append(el);
    const items2 = Array.from({ length: count }, (_, i) => i);
    let rerender = () => {};
    const rowFor = (i: number) => {
      const page = Math.floor(i / 50);
      const rows = cache.get(page);
      if (!rows) {
        if (!pending.has(page)) {
          pending.add(page);
          requests++;
          setTimeout(() => {
            const out = [];
            for (let k = page * 50; k < Math.min(count, page * 50 + 50); k++) out.push(flat(k));
            cache.set(page, out);
            pending.delete(page);
            rerender();
          }, latencyMs);
        }
        return html`<div class="r loading"><span>…</span></div>`;
      }
      const r = rows[i - page * 50];
      return html`<div class="r"><span>${r.customer}</span><span>${r.agent}</span><span>${r.start}</span><span>${r.duration}</span><span>${r.agents}</span><span>${r.queue}</span><span>${r.skills}</span><span>${r.status}</span><span>${r.id}</span></div>`;
    };
    let tick = 0;
    rerender = () => {
      tick++;
      render(
        html`<style>
            lit-virtualizer { height: 800px; display: block; }
            .r { width: 100%; height: 40px; display: grid; grid-template-columns: repeat(9, 1fr); align-items: center; border-bottom: 1px solid #ddd; }
            .r span { overflow: hidden; white-space: nowrap; text-overflow: ellipsis; padding: 0 8px; }
          </style>
          <lit-virtualizer scroller .items=${items2} data-tick=${tick} .renderItem=${(i: number) => rowFor(i)}></lit-virtualizer>`,
        el,
      );
    };
    rerender();
    while (!el.querySelector('.r:not(.loading)')) await frame();
    host = el.querySelector('lit-virtualizer')!;
    scroller = host;
    Object.defineProperty(window, '__requests', { get: () => requests, configurable: true });
    isLoaded = () => !el.querySelector('.r.loading');
  }
  await delay(200);
};

window.fling = async ({ flings, velocity, latencyMs }) => {
  let longTasks = 0;
  const observer = new PerformanceObserver((list) => (longTasks += list.getEntries().length));
  observer.observe({ type: 'longtask' });
  const frames: number[] = [];
  let maxElements = 0;
  const before = (window as unknown as { __requests: number }).__requests;
  performance.mark('fling-start');
  let last = await frame();
  for (let f = 0; f < flings; f++) {
    // Alternate direction so the fling covers fresh rows both ways; velocity decays like momentum.
    const sign = f % 2 === 0 ? 1 : -1;
    for (let v = velocity; v > 2; v *= 0.95) {
      scroller.scrollTop += sign * v;
      const now = await frame();
      frames.push(now - last);
      last = now;
      if (frames.length % 10 === 0) maxElements = Math.max(maxElements, countElements() - baseElements);
    }
  }
  performance.mark('fling-end');
  observer.disconnect();
  await delay(latencyMs * 6 + 200);
  maxElements = Math.max(maxElements, countElements() - baseElements);
  void host;
  return { frames, requests: (window as unknown as { __requests: number }).__requests - before, loadedAtEnd: isLoaded(), longTasks, maxElements };
};
