import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { testClient, until } from '../test-support/backend.js';
import './conversations-table.define.js';
import type { ConversationsTable } from './conversations-table.js';

const rowsOf = (el: ConversationsTable) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('.row[data-index]')];
const loaded = (el: ConversationsTable) => until(() => rowsOf(el).length > 0, 'rows');

async function mount(client = testClient()) {
  const el = await fixture<ConversationsTable>(html`<conversations-table style="height: 500px" .client=${client}></conversations-table>`);
  return el;
}

describe('<conversations-table>', () => {
  it('shows real conversations from the backend, newest first', async () => {
    const el = await mount();
    await loaded(el);
    const rows = rowsOf(el);
    expect(rows.length).to.be.greaterThan(5);
    const firstCells = rows.slice(0, 5).map((row) => row.querySelector('[role="gridcell"].col-start')!.textContent!.trim());
    expect(firstCells.every((text) => text.length > 0 && text !== '—')).to.be.true;
    expect(el.shadowRoot!.querySelector('[role="columnheader"][aria-sort]')!.getAttribute('aria-sort')).to.equal('descending');
  });

  it('sorts oldest first when the Start Time header is activated', async () => {
    const client = testClient();
    const el = await mount(client);
    await loaded(el);
    const newest = (await client.conversations.list({ limit: 1, sort: 'startTime:desc' })).items[0];
    const oldest = (await client.conversations.list({ limit: 1, sort: 'startTime:asc' })).items[0];
    expect(rowsOf(el)[0].textContent).to.include(el.format.dateTime(newest.startTime));
    el.shadowRoot!.querySelector<HTMLButtonElement>('button.sort')!.click();
    await until(() => el.shadowRoot!.querySelector('[aria-sort="ascending"]') && rowsOf(el)[0]?.textContent?.includes(el.format.dateTime(oldest.startTime)), 'ascending rows');
  });

  it('fires conversation-select with the id on click and on Enter', async () => {
    const el = await mount();
    await loaded(el);
    const [first, second] = rowsOf(el);
    setTimeout(() => first.click());
    const clicked = await oneEvent(el, 'conversation-select');
    expect(clicked.detail.id).to.match(/\S/);
    // The open conversation is marked current; aria-selected is for the checkbox selection.
    expect(first.getAttribute('aria-current')).to.equal('true');

    second.focus();
    setTimeout(() => second.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true })));
    const entered = await oneEvent(el, 'conversation-select');
    expect(entered.detail.id).to.equal(entered.detail.conversation.id);
    expect(entered.detail.id).not.to.equal(clicked.detail.id);
  });

  it('moves focus through rows with the arrow keys, Home and End', async () => {
    const el = await mount();
    await loaded(el);
    const focused = () => (el.shadowRoot!.activeElement as HTMLElement | null)?.dataset.index;
    rowsOf(el)[0].focus();
    const key = (k: string) => el.shadowRoot!.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, composed: true }));
    key('ArrowDown');
    await until(() => focused() === '1', 'row 1 focused');
    key('ArrowDown');
    await until(() => focused() === '2', 'row 2 focused');
    key('ArrowUp');
    await until(() => focused() === '1', 'row 1 focused again');
    key('Home');
    await until(() => focused() === '0', 'first row focused');
    expect(rowsOf(el).filter((row) => row.tabIndex === 0)).to.have.length(1);
  });

  it('says why when the token is rejected, and recovers on Retry', async () => {
    const el = await mount(testClient('supervisor', { token: 'wrong-token' }));
    await until(() => el.shadowRoot!.querySelector('[role="alert"]'), 'error state');
    expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.include(el.t.errorUnauthorized);
    el.client = testClient();
    await until(() => rowsOf(el).length > 0, 'rows after new client');
  });

  it('offers Retry on a failed load and reloads when it is pressed', async () => {
    const client = testClient();
    let failNext = true;
    const flaky = {
      ...client,
      conversations: {
        ...client.conversations,
        list: (...args: Parameters<typeof client.conversations.list>) =>
          failNext ? ((failNext = false), Promise.reject(Object.assign(new Error('boom'), { name: 'NetworkError' }))) : client.conversations.list(...args),
      },
    } as typeof client;
    const el = await mount(flaky);
    await until(() => el.shadowRoot!.querySelector('[part~="retry-button"]'), 'retry button');
    expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.include(el.t.errorNetwork);
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="retry-button"]')!.click();
    await loaded(el);
  });

  it('shows the empty state when nothing matches', async () => {
    const el = await fixture<ConversationsTable>(
      html`<conversations-table style="height: 400px" .client=${testClient()} .query=${{ conversationId: ['conv_none'] }}></conversations-table>`,
    );
    await until(() => el.shadowRoot!.querySelector('.state.empty'), 'empty state');
    expect(el.shadowRoot!.textContent).to.include(el.t.emptyTitle);
  });

  it('has no axe violations', async () => {
    const el = await mount();
    await loaded(el);
    await expect(el).to.be.accessible();
  });
});
