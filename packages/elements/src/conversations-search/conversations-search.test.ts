import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { Capabilities } from '@conversations-kit/sdk';
import { testClient, until } from '../test-support/backend.js';
import './conversations-search.define.js';
import '../conversations-table/conversations-table.define.js';
import type { ConversationsSearch } from './conversations-search.js';
import type { ConversationsTable } from '../conversations-table/conversations-table.js';
import { createMemoryClient } from '../conversations-table/testing/memory-client.js';
import { rowsOf, shadow, toolbarText } from '../conversations-table/testing/table-helpers.js';

async function mountPair(client: unknown = testClient()) {
  const wrap = await fixture<HTMLDivElement>(html`<div>
    <conversations-search for="list" .client=${client}></conversations-search>
    <conversations-table id="list" style="height: 420px" .client=${client}></conversations-table>
  </div>`);
  const search = wrap.querySelector('conversations-search')!;
  const table = wrap.querySelector('conversations-table')!;
  await until(() => rowsOf(table).length > 0, 'table rows');
  return { search, table };
}

const input = (el: ConversationsSearch) => shadow(el).querySelector<HTMLInputElement>('input[type="search"]')!;
function type(el: ConversationsSearch, text: string) {
  input(el).value = text;
  input(el).dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}
const submit = (el: ConversationsSearch) => shadow(el).querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
function fill(select: HTMLSelectElement, value: string) {
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
}
const count = (el: ConversationsSearch) => shadow(el).querySelector('[part~="count"]')!.textContent!.trim();

describe('<conversations-search>', () => {
  it('searches from the Search icon and shows the result count', async () => {
    const client = testClient();
    const { search, table } = await mountPair(client);
    expect(input(search).getAttribute('aria-label')).to.equal('Search conversations');
    type(search, 'refund');
    setTimeout(() => submit(search));
    const event = await oneEvent(search, 'search-change');
    expect(event.detail).to.deep.equal({ q: 'refund', sort: 'relevance' });
    expect(table.search).to.deep.equal({ q: 'refund', sort: 'relevance' });
    const total = (await client.search.query({ q: 'refund', limit: 1 })).total;
    await until(() => count(search) === `${total.toLocaleString()} results`, 'result count');
    await until(() => toolbarText(table) === `${total.toLocaleString()} results` && shadow(table).querySelector('.row .tier'), 'results in the table');
  });

  it('orders results by start time when asked, relevance by default', async () => {
    const client = testClient();
    const { search, table } = await mountPair(client);
    type(search, 'refund');
    submit(search);
    await search.updateComplete;
    const select = shadow(search).querySelector<HTMLSelectElement>('[part~="order"] select')!;
    expect([...select.options].map((o) => o.textContent!.trim())).to.deep.equal(['Relevance', 'Start Time (newest first)', 'Start Time (oldest first)']);
    expect(select.value).to.equal('relevance');
    select.value = 'startTime:asc';
    setTimeout(() => select.dispatchEvent(new Event('change')));
    const event = await oneEvent(search, 'search-change');
    expect(event.detail.sort).to.equal('startTime:asc');
    const oldest = (await client.search.query({ q: 'refund', sort: 'startTime:asc', limit: 3 })).items.map((h) => h.conversation.id);
    await until(() => rowsOf(table).slice(0, 3).map((r) => r.dataset.id).join() === oldest.join(), 'oldest results first');
    expect(shadow(table).querySelector('[aria-sort="ascending"]')).to.exist;
    // Sorting from the table's Start Time header updates the box's order too.
    shadow(table).querySelector<HTMLButtonElement>('button.sort')!.click();
    await until(() => search.sort === 'startTime:desc', 'order follows the table header');
  });

  it('clears with Escape and lists conversations again', async () => {
    const { search, table } = await mountPair();
    type(search, 'refund');
    submit(search);
    await until(() => toolbarText(table).endsWith('results'), 'results');
    setTimeout(() => input(search).dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true })));
    const event = await oneEvent(search, 'search-change');
    expect(event.detail.q).to.equal('');
    expect(table.search).to.equal(null);
    expect(input(search).value).to.equal('');
    await until(() => toolbarText(table) === '1,000 conversations', 'all conversations again');
    expect(count(search)).to.equal('');
  });

  it('finds a conversation by its ID', async () => {
    const client = testClient();
    const target = (await client.conversations.list({ limit: 40 })).items[37];
    const { search, table } = await mountPair(client);
    type(search, target.identifiers.sessionId!);
    submit(search);
    await until(() => rowsOf(table)[0]?.dataset.id === target.id, 'the conversation');
    expect(rowsOf(table)[0].querySelector('.tier')!.textContent).to.equal('ID match');
    await until(() => count(search) === '1 result', 'one result');
  });

  it('says only ID search is available when the backend has no full-text search, and behaves so', async () => {
    const client = createMemoryClient({ count: 60, fullTextSearch: false });
    const { search, table } = await mountPair(client);
    await until(() => search.capabilities, 'capabilities');
    expect(shadow(search).querySelector('[part~="hint"]')!.textContent).to.include('Only ID search works');
    expect(input(search).placeholder).to.equal('Search by ID');
    expect(shadow(search).querySelector('[part~="order"]')).to.equal(null);
    type(search, 'refund');
    submit(search);
    await until(() => shadow(table).querySelector('.state.search-unavailable'), 'only ID search');
    type(search, 'conv_0000012');
    submit(search);
    await until(() => rowsOf(table).map((r) => r.dataset.id).join() === 'conv_0000012', 'ID result');
    await expect(search).to.be.accessible();
  });

  it('reflects the search in the page URL and restores it', async () => {
    const original = location.href;
    try {
      history.replaceState(null, '', '?keep=1&q=refund&order=startTime%3Adesc');
      const client = testClient();
      const wrap = await fixture<HTMLDivElement>(html`<div>
        <conversations-search sync-url for="u" .client=${client}></conversations-search>
        <conversations-table id="u" style="height: 300px" .client=${client}></conversations-table>
      </div>`);
      const search = wrap.querySelector('conversations-search')!;
      const table = wrap.querySelector<ConversationsTable>('conversations-table')!;
      expect(input(search).value).to.equal('refund');
      await until(() => table.search?.q === 'refund' && table.search.sort === 'startTime:desc', 'search restored on the table');
      type(search, 'password reset');
      submit(search);
      const params = new URL(location.href).searchParams;
      expect(params.get('q')).to.equal('password reset');
      expect(params.get('keep')).to.equal('1');
      search.clear();
      expect(new URL(location.href).searchParams.has('q')).to.be.false;
    } finally {
      history.replaceState(null, '', original);
    }
  });

  it('never shows Relevance without a search: the Order select then orders the list by start time', async () => {
    const client = testClient();
    const { search, table } = await mountPair(client);
    const select = () => shadow(search).querySelector<HTMLSelectElement>('[part~="order"] select')!;
    const options = () => [...select().options].map((o) => o.textContent!.trim());
    expect(options()).to.deep.equal(['Start Time (newest first)', 'Start Time (oldest first)']);
    expect(select().value).to.equal('startTime:desc');
    fill(select(), 'startTime:asc');
    await until(() => table.sort === 'startTime:asc', 'the list sorted oldest first');
    const oldest = (await client.conversations.list({ sort: 'startTime:asc', limit: 3 })).items.map((c) => c.id);
    await until(() => rowsOf(table).slice(0, 3).map((r) => r.dataset.id).join() === oldest.join(), 'oldest conversations first');
    // The table's own header keeps the select in step.
    shadow(table).querySelector<HTMLButtonElement>('button.sort')!.click();
    await until(() => select().value === 'startTime:desc' && options().length === 2, 'newest first again, still no Relevance');
    // A search the user did not order comes by relevance; clearing it shows the list's order again.
    type(search, 'refund');
    submit(search);
    await search.updateComplete;
    expect(options()[0]).to.equal('Relevance');
    search.clear();
    await search.updateComplete;
    expect(options()).to.deep.equal(['Start Time (newest first)', 'Start Time (oldest first)']);
    expect(select().value).to.equal('startTime:desc');
  });

  it('explains the search syntax in a help popover (phrase, -word, OR)', async () => {
    const { search } = await mountPair();
    const help = shadow(search).querySelector<HTMLButtonElement>('[part~="help-button"]')!;
    expect(help.getAttribute('aria-label')).to.equal('Search help');
    const popover = shadow(search).querySelector<HTMLElement>('[part~="help"]')!;
    expect(popover.matches(':popover-open')).to.be.false;
    help.click();
    await until(() => popover.matches(':popover-open') && help.getAttribute('aria-expanded') === 'true', 'help open');
    const rows = [...popover.querySelectorAll('dt')].map((dt) => `${dt.textContent!.trim()} = ${dt.nextElementSibling!.textContent!.trim()}`);
    expect(rows).to.deep.equal(['"charged twice" = Exact phrase', 'refund -card = Leave out a word', 'refund OR chargeback = Either word']);
    await expect(search).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    await until(() => !popover.matches(':popover-open'), 'help closed with Escape');
  });

  it('passes quoted phrases, exclusions and OR to the backend as typed', async () => {
    const client = testClient();
    const { search, table } = await mountPair(client);
    for (const q of ['"charged twice"', 'refund -card', 'refund OR chargeback']) {
      type(search, q);
      submit(search);
      await until(() => table.search?.q === q, `table searches ${q}`);
      const total = (await client.search.query({ q, limit: 1 })).total;
      await until(() => count(search) === `${total.toLocaleString()} ${total === 1 ? 'result' : 'results'}`, `count for ${q}`);
    }
  });

  it('shows "5,000+" when the backend bounded its count', async () => {
    const { search, table } = await mountPair();
    type(search, 'refund');
    submit(search);
    await until(() => count(search).endsWith('results'), 'a count');
    table.dispatchEvent(new CustomEvent('results-change', { detail: { total: 5000, exact: false, lowerBound: true, search: true }, bubbles: true, composed: true }));
    await search.updateComplete;
    expect(count(search)).to.equal('5,000+ results');
  });

  it('has no axe violations', async () => {
    const { search } = await mountPair();
    type(search, 'refund');
    submit(search);
    await expect(search).to.be.accessible();
    search.capabilities = { ...(search.capabilities as Capabilities), features: { ...(search.capabilities as Capabilities).features, fullTextSearch: false } };
    await search.updateComplete;
    await expect(search).to.be.accessible();
  });
});
