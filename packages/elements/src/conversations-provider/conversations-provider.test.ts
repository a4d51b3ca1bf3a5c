import { expect, fixture, html } from '@open-wc/testing';
import { backend, until } from '../test-support/backend.js';
import './conversations-provider.define.js';
import '../conversations-search/conversations-search.define.js';
import '../conversation-filters/conversation-filters.define.js';
import '../conversations-table/conversations-table.define.js';
import type { ConversationsProvider } from './conversations-provider.js';
import type { ConversationsSearch } from '../conversations-search/conversations-search.js';
import type { ConversationsTable } from '../conversations-table/conversations-table.js';
import { ListStateStore, type ListStateKey } from '../context/list-state.js';
import { readListParams, writeListParams } from '../context/list-url.js';
import { rowsOf, shadow } from '../conversations-table/testing/table-helpers.js';

const input = (el: ConversationsSearch) => shadow(el).querySelector<HTMLInputElement>('input[type="search"]')!;

async function mountList(attrs: { syncUrl?: boolean } = {}) {
  const { baseUrl, tokens } = backend();
  const provider = await fixture<ConversationsProvider>(html`<conversations-provider base-url=${baseUrl} token=${tokens.supervisor} ?sync-url=${attrs.syncUrl ?? false}>
    <conversations-search for="t"></conversations-search>
    <conversation-filters for="t" no-default></conversation-filters>
    <conversations-table id="t" style="height: 360px"></conversations-table>
  </conversations-provider>`);
  const search = provider.querySelector('conversations-search')!;
  const filters = provider.querySelector('conversation-filters')!;
  const table = provider.querySelector<ConversationsTable>('conversations-table')!;
  await until(() => rowsOf(table).length > 0, 'rows');
  return { provider, search, filters, table };
}

describe('ListStateStore', () => {
  it('notifies once per real change, with the keys that changed', () => {
    const store = new ListStateStore();
    const heard: ListStateKey[][] = [];
    store.subscribe((_s, changed) => heard.push([...changed].filter((k): k is ListStateKey => k !== 'results')));
    store.setFilters({ channel: ['voice'] });
    store.setFilters({ channel: ['voice'], queue: [] });
    store.setSearch({ q: '  refund ', sort: 'relevance' });
    store.setSearch({ q: 'refund', sort: 'relevance' });
    expect(heard).to.deep.equal([['filters'], ['search']]);
    expect(store.state.search).to.deep.equal({ q: 'refund', sort: 'relevance' });
    expect(store.request).to.deep.equal({ filters: { channel: ['voice'] }, q: 'refund', sort: 'relevance' });
  });

  it('orders the search while searching and the plain list otherwise; relevance needs a search', () => {
    const store = new ListStateStore();
    store.setOrder('relevance');
    expect(store.state.sort).to.equal('startTime:desc');
    store.setOrder('startTime:asc');
    expect(store.state.sort).to.equal('startTime:asc');
    store.setSearch({ q: 'refund', sort: 'relevance' });
    store.setOrder('startTime:desc');
    expect(store.state.search!.sort).to.equal('startTime:desc');
    expect(store.state.sort).to.equal('startTime:asc');
    store.setSearch(null);
    expect(store.request.sort).to.equal('startTime:asc');
  });

  it('forgets the count of the previous list when the filters or the search change', () => {
    const store = new ListStateStore();
    store.reportResults({ total: 12, exact: true, lowerBound: false, search: false });
    expect(store.results!.total).to.equal(12);
    store.setFilters({ status: ['error'] });
    expect(store.results).to.equal(null);
  });

  it('reads and writes the URL with the API’s parameter names, keeping the host’s own', () => {
    const params = new URLSearchParams('keep=1&channel=chat&q=refund&order=startTime%3Aasc&sort=startTime%3Aasc&from=2026-01-01T00%3A00%3A00.000Z');
    const state = readListParams(params);
    expect(state).to.deep.equal({
      filters: { channel: ['chat'], from: '2026-01-01T00:00:00.000Z' },
      search: { q: 'refund', sort: 'startTime:asc' },
      sort: 'startTime:asc',
    });
    const store = new ListStateStore(state);
    store.setFilters({ status: ['error'] });
    store.setSearch(null);
    store.setOrder('startTime:desc');
    writeListParams(params, store.state);
    expect(params.toString()).to.equal('keep=1&status=error');
  });
});

describe('<conversations-provider> list state', () => {
  it('gives search, filters and table one list state', async () => {
    const { provider, search, filters, table } = await mountList();
    search.value = 'refund';
    search.submit();
    expect(provider.listState.state.search).to.deep.equal({ q: 'refund', sort: 'relevance' });
    await until(() => table.search?.q === 'refund', 'the table searches');
    // The count the table reports reaches the box through the shared state.
    await until(() => provider.listState.results?.search && shadow(search).querySelector('[part~="count"]')!.textContent!.trim().endsWith('results'), 'result count');
    filters.apply({ channel: ['chat'] });
    expect(provider.listState.state.filters).to.deep.equal({ channel: ['chat'] });
    await until(() => table.query.channel?.[0] === 'chat', 'the table filters');
    // A change requested through the state shows in the elements.
    provider.listState.setSearch({ q: 'password', sort: 'startTime:desc' });
    await search.updateComplete;
    expect(input(search).value).to.equal('password');
    expect(shadow(search).querySelector<HTMLSelectElement>('[part~="order"] select')!.value).to.equal('startTime:desc');
    provider.listState.setFilters({}, null);
    await filters.updateComplete;
    expect(shadow(filters).querySelector('[part~="filter-button"] .badge')).to.equal(null);
  });

  it('mirrors the whole list state in the URL from one place, and restores it', async () => {
    const original = location.href;
    try {
      // Completed voice calls about a refund: the seeded data always has some (error calls may have no transcript).
      history.replaceState(null, '', '?keep=1&q=refund&order=startTime%3Aasc&channel=voice&status=completed');
      const { provider, search, filters, table } = await mountList({ syncUrl: true });
      expect(provider.listState.state.search).to.deep.equal({ q: 'refund', sort: 'startTime:asc' });
      expect(input(search).value).to.equal('refund');
      expect(filters.query).to.deep.equal({ channel: ['voice'], status: ['completed'] });
      await until(() => table.search?.sort === 'startTime:asc' && table.query.status?.[0] === 'completed', 'restored on the table');
      search.clear();
      filters.apply({ queue: ['q_sales'] });
      provider.listState.setOrder('startTime:asc');
      const params = new URL(location.href).searchParams;
      expect(params.has('q')).to.be.false;
      expect(params.getAll('queue')).to.deep.equal(['q_sales']);
      expect(params.has('channel')).to.be.false;
      expect(params.get('sort')).to.equal('startTime:asc');
      expect(params.get('keep')).to.equal('1');
    } finally {
      history.replaceState(null, '', original);
    }
  });

  it('leaves the URL alone without sync-url', async () => {
    const original = location.href;
    try {
      history.replaceState(null, '', '?keep=1');
      const { search } = await mountList();
      search.value = 'refund';
      search.submit();
      expect(location.search).to.equal('?keep=1');
    } finally {
      history.replaceState(null, '', original);
    }
  });
});
