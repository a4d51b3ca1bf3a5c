import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { storyClient } from './story-backend.js';
import type { ConversationsSearch } from '../packages/elements/src/conversations-search/conversations-search.js';
import '../packages/elements/src/conversations-provider/conversations-provider.define.js';
import '../packages/elements/src/conversations-search/conversations-search.define.js';
import '../packages/elements/src/conversations-table/conversations-table.define.js';

/** A search box and table under a provider whose `locale` picks the catalogue, numbers and dates. */
const list = (locale: string, q = '') => html`<conversations-provider .client=${storyClient()} locale=${locale}>
  <div style="display: flex; flex-direction: column; gap: 12px; height: 520px;">
    <conversations-search for="i18n-story-table" .value=${q}></conversations-search>
    <conversations-table id="i18n-story-table" style="flex: 1; min-height: 0;"></conversations-table>
  </div>
</conversations-provider>`;

async function submit(canvas: HTMLElement): Promise<void> {
  const search = canvas.querySelector<ConversationsSearch>('conversations-search')!;
  await search.updateComplete;
  search.submit();
}

const meta: Meta = {
  title: 'Guides/Localisation',
  render: () => list('de-DE'),
};
export default meta;
type Story = StoryObj;

/** `locale="de-DE"` on the provider: German labels, German plural forms and number grouping ("1.000 Gespräche"). */
export const German: Story = {};

/** A German search: the count next to the box and in the toolbar is pluralised in German. */
export const GermanSearch: Story = {
  render: () => list('de-DE', 'refund'),
  play: async ({ canvasElement }) => submit(canvasElement),
};

/** German in the dark theme. */
export const GermanDark: Story = { ...German, parameters: { theme: 'dark' } };

/** German, right to left: the layout mirrors while the catalogue stays the provider's. */
export const GermanRightToLeft: Story = { ...German, parameters: { dir: 'rtl' } };
