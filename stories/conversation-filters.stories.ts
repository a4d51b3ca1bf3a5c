import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { Capabilities } from '@conversations-kit/sdk';
import { storyClient } from './story-backend.js';
import { createMemoryClient } from '../packages/elements/src/conversations-table/testing/memory-client.js';
import type { ConversationFilters } from '../packages/elements/src/conversation-filters/conversation-filters.js';
import '../packages/elements/src/conversation-filters/conversation-filters.define.js';
import '../packages/elements/src/conversations-table/conversations-table.define.js';

const filters = (canvas: HTMLElement) => canvas.querySelector<ConversationFilters>('conversation-filters')!;

async function settled(el: ConversationFilters): Promise<void> {
  for (let i = 0; i < 200 && !el.capabilities; i++) await new Promise((r) => setTimeout(r, 25));
  await el.updateComplete;
}

/** An in-memory backend with two saved filters, one of them the default. */
function withSavedFilters() {
  const client = createMemoryClient({ count: 400 });
  void client.filters.create({ name: 'Voice errors', query: { channel: ['voice'], status: ['error'] } }).then((f) => client.filters.markDefault(f.id));
  void client.filters.create({ name: 'Gold tier, not EMEA', query: { tag: [{ name: 'tier', op: 'contains', value: 'gold' }, { name: 'region', op: 'not_contains', value: 'emea' }] } });
  return client;
}

const meta: Meta = {
  title: 'Elements/conversation-filters',
  component: 'conversation-filters',
  render: () => html`<conversation-filters no-default .client=${storyClient('analyst')}></conversation-filters>`,
};
export default meta;
type Story = StoryObj;

/** The Filter button. */
export const Default: Story = {};

/** The panel open on New Filter: IDs, Queues, Channels, Agents, Status, SmartStatus, CSAT and Custom Tags, with Clear, Save & Apply and Apply. */
export const NewFilter: Story = {
  play: async ({ canvasElement }) => {
    const el = filters(canvasElement);
    await settled(el);
    el.query = { channel: ['voice', 'chat'], status: ['error'], csatMin: 2, tag: [{ name: 'tier', op: 'contains', value: 'gold' }, { name: 'region', op: 'not_contains', value: 'emea' }] };
    el.show('new');
  },
};

/** The Filters tab: saved filters, the default marked, each with Edit, Duplicate, Mark as Default and Delete. */
export const SavedFilters: Story = {
  render: () => {
    const client = withSavedFilters();
    return html`<div style="display: flex; flex-direction: column; gap: 12px; height: 480px;">
      <conversation-filters for="filters-story-table" .client=${client}></conversation-filters>
      <conversations-table id="filters-story-table" style="flex: 1; min-height: 0;" .client=${client}></conversations-table>
    </div>`;
  },
  play: async ({ canvasElement }) => {
    const el = filters(canvasElement);
    await settled(el);
    el.show('saved');
  },
};

/** The default saved filter applied on load, its name shown next to the button. */
export const DefaultApplied: Story = {
  render: () => {
    const client = withSavedFilters();
    return html`<div style="display: flex; flex-direction: column; gap: 12px; height: 480px;">
      <conversation-filters for="filters-story-default" .client=${client}></conversation-filters>
      <conversations-table id="filters-story-default" style="flex: 1; min-height: 0;" .client=${client}></conversations-table>
    </div>`;
  },
};

/** Without permission to save filters: Save & Apply stays visible but inactive, and says why. */
export const WithoutManagePermission: Story = {
  render: () => {
    const client = createMemoryClient();
    const caps = client.capabilities.get;
    Object.assign(client.capabilities, {
      get: async (): Promise<Capabilities> => {
        const c = await caps();
        return { ...c, permissions: c.permissions.filter((p) => p !== 'filters.manage') };
      },
    });
    return html`<conversation-filters no-default .client=${client}></conversation-filters>`;
  },
  play: async ({ canvasElement }) => {
    const el = filters(canvasElement);
    await settled(el);
    el.show('new');
  },
};

/** Dark theme, panel open. */
export const Dark: Story = { ...NewFilter, parameters: { theme: 'dark' } };

/** Right to left: the panel opens from the left edge. */
export const RightToLeft: Story = { ...NewFilter, parameters: { dir: 'rtl' } };

/** The time range: presets (today, last 7 / 30 days) and a custom range of two dates. */
export const TimeRange: Story = {
  render: () => html`<conversation-filters no-default .client=${storyClient('analyst')} .query=${{ from: '2026-11-01T00:00:00.000Z', to: '2026-11-08T00:00:00.000Z' }}></conversation-filters>`,
};

/** A saved filter's ⋮ menu, open inside the modal panel. */
export const SavedFilterMenu: Story = {
  render: () => html`<conversation-filters no-default .client=${withSavedFilters()}></conversation-filters>`,
  play: async ({ canvasElement }) => {
    const el = filters(canvasElement);
    await settled(el);
    el.show('saved');
    for (let i = 0; i < 200 && !el.shadowRoot!.querySelector('.saved li'); i++) await new Promise((r) => setTimeout(r, 25));
    el.shadowRoot!.querySelector<HTMLButtonElement>('.saved li [aria-haspopup="menu"]')?.click();
  },
};
