// Mounts <conversations-table> over N in-memory rows and reports the time from connection to the
// first painted rows. The in-memory client computes rows from their index, so a million rows cost
// nothing before the table asks for them: the bench measures the element, not data generation.
import { ConversationsTable } from '../../packages/elements/src/conversations-table/conversations-table.js';
import { createMemoryClient } from '../../packages/elements/src/conversations-table/testing/memory-client.js';

// Registered here rather than through define.js: bundlers may drop side-effect-only imports.
if (!customElements.get('conversations-table')) customElements.define('conversations-table', ConversationsTable);

declare global {
  interface Window {
    mountTable(count: number): Promise<{ ms: number; domNodes: number; requests: number; spacerPx: number }>;
  }
}

const frame = () => new Promise((r) => requestAnimationFrame(() => r(null)));

window.mountTable = async (count) => {
  document.body.innerHTML = '';
  const client = createMemoryClient({ count });
  await frame();
  const started = performance.now();
  const table = document.createElement('conversations-table');
  table.style.height = '800px';
  table.noLive = true;
  table.client = client;
  document.body.append(table);
  // Wait until rows are in the shadow DOM and a frame has painted them.
  while (!table.shadowRoot?.querySelector('.row[data-id]')) await frame();
  await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  const ms = performance.now() - started;
  return {
    ms,
    domNodes: table.shadowRoot!.querySelectorAll('*').length,
    requests: client.calls.list,
    spacerPx: table.shadowRoot!.querySelector<HTMLElement>('.spacer')!.offsetHeight,
  };
};
