// Sort and filter interaction time on 100k in-memory rows: from the user's action (a click on the
// Start Time header, a new filter) to the first frame that shows the new first row.
import { ConversationsTable } from '../../packages/elements/src/conversations-table/conversations-table.js';
import { createMemoryClient } from '../../packages/elements/src/conversations-table/testing/memory-client.js';

if (!customElements.get('conversations-table')) customElements.define('conversations-table', ConversationsTable);

declare global {
  interface Window {
    setupTable(count: number, latencyMs: number): Promise<void>;
    sortOnce(): Promise<number>;
    filterOnce(query: Record<string, unknown>): Promise<number>;
  }
}

const frame = () => new Promise((r) => requestAnimationFrame(() => r(null)));
let table: ConversationsTable;

const firstId = () => table.shadowRoot!.querySelector<HTMLElement>('.row[data-index="0"]')?.dataset.id;

/** Waits for the first row to change to a real row, then for that frame to paint. */
async function settle(before: string | undefined, started: number): Promise<number> {
  while (firstId() === before || !firstId()) await frame();
  await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  return performance.now() - started;
}

window.setupTable = async (count, latencyMs) => {
  document.body.innerHTML = '';
  table = document.createElement('conversations-table');
  table.style.height = '800px';
  table.noLive = true;
  table.client = createMemoryClient({ count, latencyMs });
  document.body.append(table);
  while (!firstId()) await frame();
};

window.sortOnce = async () => {
  const before = firstId();
  const started = performance.now();
  table.shadowRoot!.querySelector<HTMLButtonElement>('button.sort')!.click();
  return settle(before, started);
};

window.filterOnce = async (query) => {
  const before = firstId();
  const started = performance.now();
  table.query = query;
  return settle(before, started);
};
