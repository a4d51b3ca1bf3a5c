import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { storyClient } from './story-backend.js';
import { createMemoryClient } from '../packages/elements/src/conversations-table/testing/memory-client.js';
import type { ConversationsSearch } from '../packages/elements/src/conversations-search/conversations-search.js';
import '../packages/elements/src/conversations-search/conversations-search.define.js';
import '../packages/elements/src/conversations-table/conversations-table.define.js';

const withTable = (client: unknown, attrs: { value?: string } = {}) => html`<div style="display: flex; flex-direction: column; gap: 12px; height: 520px;">
  <conversations-search for="search-story-table" .client=${client} .value=${attrs.value ?? ''}></conversations-search>
  <conversations-table id="search-story-table" style="flex: 1; min-height: 0;" .client=${client}></conversations-table>
</div>`;

/** Runs the box's current text as a search, as Enter or the Search icon would. */
async function submit(canvas: HTMLElement): Promise<void> {
  const search = canvas.querySelector<ConversationsSearch>('conversations-search')!;
  await search.updateComplete;
  search.submit();
}

const meta: Meta = {
  title: 'Elements/conversations-search',
  component: 'conversations-search',
  render: () => html`<conversations-search .client=${storyClient()}></conversations-search>`,
};
export default meta;
type Story = StoryObj;

/** The empty box: full-text and ID search, with the order of results. */
export const Default: Story = {};

/** Wired to a table with `for`: results with how they matched, and the count next to the box. */
export const WithResults: Story = {
  render: () => withTable(storyClient(), { value: 'refund double charge' }),
  play: async ({ canvasElement }) => submit(canvasElement),
};

/** Results by start time, newest first. */
export const ByStartTime: Story = {
  render: () => html`<div style="display: flex; flex-direction: column; gap: 12px; height: 520px;">
    <conversations-search for="search-story-time" sort="startTime:desc" .value=${'cancel my subscription'} .client=${storyClient()}></conversations-search>
    <conversations-table id="search-story-time" style="flex: 1; min-height: 0;" .client=${storyClient()}></conversations-table>
  </div>`,
  play: async ({ canvasElement }) => submit(canvasElement),
};

/** A backend without full-text search: the box says only ID search works, and offers no relevance order. */
export const IdSearchOnly: Story = {
  render: () => withTable(createMemoryClient({ fullTextSearch: false, count: 200 }), { value: 'refund' }),
  play: async ({ canvasElement }) => submit(canvasElement),
};

/** Dark theme. */
export const Dark: Story = { ...WithResults, parameters: { theme: 'dark' } };

/** Right to left. */
export const RightToLeft: Story = { ...WithResults, parameters: { dir: 'rtl' } };

/** A narrow host (360 px). */
export const Narrow: Story = {
  render: () => html`<div style="width: 360px;"><conversations-search .client=${storyClient()} .value=${'password reset'}></conversations-search></div>`,
};

/** The search help: exact phrases, leaving a word out, either word. */
export const SearchHelp: Story = {
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector<ConversationsSearch>('conversations-search')!;
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="help-button"]')?.click();
  },
};
