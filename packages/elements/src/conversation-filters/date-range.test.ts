import { expect, fixture, html } from '@open-wc/testing';
import { backend, testClient, until } from '../test-support/backend.js';
import '../conversations-provider/conversations-provider.define.js';
import './conversation-filters.define.js';
import '../conversations-table/conversations-table.define.js';
import type { ConversationsProvider } from '../conversations-provider/conversations-provider.js';
import type { ConversationsTable } from '../conversations-table/conversations-table.js';
import { customRange, presetOf, presetRange } from './date-range.js';
import { rowsOf, shadow } from '../conversations-table/testing/table-helpers.js';

function choose(select: HTMLSelectElement, value: string) {
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
}

describe('time range', () => {
  it('computes presets in local time and recognises them again', () => {
    const now = new Date(2026, 10, 25, 15, 30);
    expect(new Date(presetRange('today', now).from).getTime()).to.equal(new Date(2026, 10, 25).getTime());
    expect(new Date(presetRange('last7', now).from).getTime()).to.equal(new Date(2026, 10, 19).getTime());
    expect(new Date(presetRange('last30', now).from).getTime()).to.equal(new Date(2026, 9, 27).getTime());
    expect(presetOf(presetRange('last7', now), now)).to.equal('last7');
    expect(presetOf({}, now)).to.equal('any');
    const custom = customRange('2026-11-01', '2026-11-03')!;
    expect(new Date(custom.to!).getTime(), 'the end day is included').to.equal(new Date(2026, 10, 4).getTime());
    expect(presetOf(custom, now)).to.equal('custom');
    expect(customRange('2026-11-05', '2026-11-01')).to.equal(null);
  });

  it('filters the list by a preset or a custom range, in the URL', async () => {
    const original = location.href;
    try {
      history.replaceState(null, '', '?keep=1');
      const { baseUrl, tokens } = backend();
      const provider = await fixture<ConversationsProvider>(html`<conversations-provider base-url=${baseUrl} token=${tokens.supervisor} sync-url>
        <conversation-filters for="r" no-default></conversation-filters>
        <conversations-table id="r" style="height: 320px"></conversations-table>
      </conversations-provider>`);
      const filters = provider.querySelector('conversation-filters')!;
      const table = provider.querySelector<ConversationsTable>('conversations-table')!;
      await until(() => rowsOf(table).length > 0 && filters.capabilities, 'rows');
      const select = shadow(filters).querySelector<HTMLSelectElement>('[part~="range"] select')!;
      expect([...select.options].map((o) => o.textContent!.trim())).to.deep.equal(['Any time', 'Today', 'Last 7 days', 'Last 30 days', 'Custom range']);
      expect(select.labels![0]!.textContent).to.include('Time range');

      choose(select, 'last7');
      const from = presetRange('last7').from;
      expect(provider.listState.state.filters).to.deep.equal({ from });
      expect(new URL(location.href).searchParams.get('from')).to.equal(from);
      await until(() => table.query.from === from, 'the table filters by time');
      const expected = (await testClient().conversations.list({ from, limit: 5 })).items.map((c) => c.id).join();
      await until(() => rowsOf(table).slice(0, 5).map((r) => r.dataset.id).join() === expected, 'the last 7 days');
      // The range has its own control: the Filter badge does not count it.
      expect(shadow(filters).querySelector('[part~="filter-button"] .badge')).to.equal(null);

      choose(select, 'custom');
      await filters.updateComplete;
      const form = shadow(filters).querySelector<HTMLFormElement>('.range-custom')!;
      const [start, end] = [...form.querySelectorAll<HTMLInputElement>('input[type="date"]')];
      start.value = '2026-11-10';
      end.value = '2026-11-01';
      form.requestSubmit();
      await filters.updateComplete;
      expect(form.querySelector('[role="alert"]')!.textContent).to.equal('The start date must be on or before the end date.');
      await expect(filters).to.be.accessible();
      end.value = '2026-11-12';
      form.requestSubmit();
      const range = customRange('2026-11-10', '2026-11-12')!;
      expect(provider.listState.state.filters).to.deep.equal(range);
      const params = new URL(location.href).searchParams;
      expect([params.get('from'), params.get('to'), params.get('keep')]).to.deep.equal([range.from, range.to, '1']);

      choose(shadow(filters).querySelector<HTMLSelectElement>('[part~="range"] select')!, 'any');
      expect(provider.listState.state.filters).to.deep.equal({});
      expect(new URL(location.href).searchParams.has('from')).to.be.false;
    } finally {
      history.replaceState(null, '', original);
    }
  });

  it('suggests tag names seen in recent conversations', async () => {
    const client = testClient();
    const filters = await fixture(html`<conversation-filters no-default .client=${client}></conversation-filters>`);
    const el = filters as unknown as import('./conversation-filters.js').ConversationFilters;
    el.show('new');
    const dialog = () => shadow(el).querySelector<HTMLDialogElement>('dialog.panel')!;
    await until(() => dialog().open && dialog().querySelector('fieldset .check'), 'editor');
    const enable = [...dialog().querySelectorAll<HTMLInputElement>('input[name="tagsEnabled"]')][0]!;
    enable.click();
    await until(() => dialog().querySelector('datalist#tag-names option'), 'suggestions');
    const recent = (await client.conversations.list({ limit: 200 })).items.flatMap((c) => c.customTags.map((t) => t.name));
    const offered = [...dialog().querySelectorAll<HTMLOptionElement>('datalist#tag-names option')].map((o) => o.value);
    expect(offered).to.deep.equal([...new Set(recent)].sort((a, b) => a.localeCompare(b)));
    expect(dialog().querySelector('input[list="tag-names"]')).to.exist;
  });
});
