import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { createClient } from '@conversations-kit/sdk';
import { apiBaseUrl, pendingClient, storyClient } from './story-backend.js';
import { createMemoryClient } from '../packages/elements/src/conversations-table/testing/memory-client.js';
import { hostileRows } from '../packages/elements/src/conversations-table/testing/hostile-rows.js';
import type { ConversationsTable } from '../packages/elements/src/conversations-table/conversations-table.js';
import '../packages/elements/src/conversations-table/conversations-table.define.js';
import '../packages/elements/src/conversations-search/conversations-search.define.js';
import '../packages/elements/src/conversation-filters/conversation-filters.define.js';
import '../packages/elements/src/conversations-provider/conversations-provider.define.js';

const frame = (content: unknown, width = '100%') =>
  html`<div style="height: 560px; width: min(${width}, 100%); display: flex; flex-direction: column;">${content}</div>`;

/** Waits until the story's table shows rows (for stories that act on it). */
async function ready(canvas: HTMLElement): Promise<ConversationsTable> {
  const table = canvas.querySelector<ConversationsTable>('conversations-table')!;
  for (let i = 0; i < 200 && !table.shadowRoot?.querySelector('.row[data-id]'); i++) await new Promise((r) => setTimeout(r, 25));
  return table;
}

const meta: Meta = {
  title: 'Elements/conversations-table',
  component: 'conversations-table',
  render: () => frame(html`<conversations-table .client=${storyClient()}></conversations-table>`),
};
export default meta;
type Story = StoryObj;

/** Real conversations from the reference backend, newest first, every column of the spec; new in-progress conversations appear live. */
export const Default: Story = {};

/** The whole list experience: search, filters and the table wired together with `for` (as the demo page does). */
export const WithSearchAndFilters: Story = {
  render: () => html`<conversations-provider .client=${storyClient()}>
    <div style="height: 620px; display: flex; flex-direction: column; gap: 12px;">
      <div style="display: flex; gap: 12px; align-items: flex-start; flex-wrap: wrap;">
        <conversations-search for="story-table" style="flex: 1; min-width: 260px;"></conversations-search>
        <conversation-filters for="story-table" no-default></conversation-filters>
      </div>
      <conversations-table id="story-table" style="flex: 1; min-height: 0;"></conversations-table>
    </div>
  </conversations-provider>`,
};

/** Compact 32 px rows. */
export const Compact: Story = {
  render: () => frame(html`<conversations-table compact .client=${storyClient()}></conversations-table>`),
};

/** Oldest first. */
export const SortedOldestFirst: Story = {
  render: () => frame(html`<conversations-table sort="startTime:asc" .client=${storyClient()}></conversations-table>`),
};

/** Search results: how each matched (Exact match, All words, Some words) and the fragment with the words marked, by relevance. */
export const SearchResults: Story = {
  render: () => frame(html`<conversations-table .client=${storyClient()} .search=${{ q: 'refund double charge', sort: 'relevance' }}></conversations-table>`),
};

/** Supervisor View: in-progress conversations only, with Join Conversation, Assign and Change Queue on each row. */
export const SupervisorView: Story = {
  render: () => frame(html`<conversations-table supervisor-view .client=${storyClient('supervisor')}></conversations-table>`),
};

/** An analyst: Supervisor View actions are visible but inactive, and say why on hover and focus. */
export const SupervisorViewWithoutPermission: Story = {
  render: () => frame(html`<conversations-table supervisor-view .client=${storyClient('analyst')}></conversations-table>`),
};

/** A viewer: customer details are obscured (the User ID shows), downloads and exports are inactive with the reason. */
export const Viewer: Story = {
  render: () => frame(html`<conversations-table .client=${storyClient('viewer')}></conversations-table>`),
  play: async ({ canvasElement }) => {
    const table = await ready(canvasElement);
    table.shadowRoot!.querySelector<HTMLButtonElement>('.row[data-id] [aria-controls="row-menu"]')?.click();
  },
};

/** Three rows selected: the toolbar counts them and the Export menu offers the three exports. */
export const Selection: Story = {
  play: async ({ canvasElement }) => {
    const table = await ready(canvasElement);
    for (const box of [...table.shadowRoot!.querySelectorAll<HTMLInputElement>('.row[data-id] .col-select input')].slice(0, 3)) box.click();
    table.shadowRoot!.querySelector<HTMLButtonElement>('[aria-controls="export-menu"]')!.click();
  },
};

/** A million conversations (in memory): the list is never cut off, any row is reachable, the DOM stays small. */
export const MillionRows: Story = {
  render: () => frame(html`<conversations-table .client=${createMemoryClient({ count: 1_000_000, latencyMs: 40 })}></conversations-table>`),
};

/** A million rows, scrolled to the very last one. */
export const MillionRowsAtTheEnd: Story = {
  render: () => frame(html`<conversations-table .client=${createMemoryClient({ count: 1_000_000, latencyMs: 40 })}></conversations-table>`),
  play: async ({ canvasElement }) => {
    const table = await ready(canvasElement);
    await table.focusRow(999_999);
  },
};

/** Emoji, right-to-left names, markup shown as text, very long strings, missing fields, nine agents, seven queues. */
export const HostileStrings: Story = {
  render: () => frame(html`<conversations-table .client=${createMemoryClient({ rows: hostileRows() })}></conversations-table>`),
};

/** One row the table cannot render: it says so, and the rest of the list stays. */
export const RowRenderFailure: Story = {
  render: () => frame(html`<conversations-table .client=${createMemoryClient({ count: 40, brokenIndexes: [1, 4] })}></conversations-table>`),
};

/** While the first page is on its way: skeleton rows with a spoken label. */
export const Loading: Story = {
  render: () => frame(html`<conversations-table .client=${pendingClient()}></conversations-table>`),
};

/** Filters that match nothing. */
export const Empty: Story = {
  render: () => frame(html`<conversations-table .client=${storyClient()} .query=${{ conversationId: ['conv_does_not_exist'] }}></conversations-table>`),
};

/** A search that matches nothing. */
export const EmptySearch: Story = {
  render: () => frame(html`<conversations-table .client=${storyClient()} .search=${{ q: 'xylophone quasar', sort: 'relevance' }}></conversations-table>`),
};

/** A backend without full-text search was asked for words: only ID search is available. */
export const SearchUnavailable: Story = {
  render: () => frame(html`<conversations-table .client=${createMemoryClient({ fullTextSearch: false })} .search=${{ q: 'refund', sort: 'relevance' }}></conversations-table>`),
};

/** The backend answers 403: the no-permission panel. */
export const NoPermission: Story = {
  render: () => {
    const client = createMemoryClient();
    Object.assign(client.conversations, { list: () => Promise.reject(Object.assign(new Error('Forbidden'), { status: 403, code: 'forbidden' })) });
    return frame(html`<conversations-table .client=${client}></conversations-table>`);
  },
};

/** A wrong token: the backend answers 401 and the table says so, with Retry. */
export const Unauthorized: Story = {
  render: () => frame(html`<conversations-table .client=${createClient({ baseUrl: apiBaseUrl, token: 'not-a-valid-token' })}></conversations-table>`),
};

/** The backend cannot be reached. */
export const NetworkError: Story = {
  render: () => frame(html`<conversations-table .client=${createClient({ baseUrl: 'http://127.0.0.1:9', token: 'x', retry: 0 })}></conversations-table>`),
};

/** No client at all: the element explains how to connect it. */
export const NotConnected: Story = {
  render: () => frame(html`<conversations-table></conversations-table>`),
};

/** A narrow container (400 px): low-priority columns step aside instead of scrolling sideways. */
export const Narrow: Story = {
  render: () => frame(html`<conversations-table .client=${storyClient()}></conversations-table>`, '400px'),
};

/** Dark theme. */
export const Dark: Story = { parameters: { theme: 'dark' } };

/** Dark theme, search results. */
export const DarkSearchResults: Story = { ...SearchResults, parameters: { theme: 'dark' } };

/** Right-to-left page with Arabic and Hebrew names. */
export const RightToLeft: Story = {
  ...HostileStrings,
  parameters: { dir: 'rtl' },
};
