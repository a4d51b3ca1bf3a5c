import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { Capabilities, ConversationQuery } from '@conversations-kit/sdk';
import { testClient, until } from '../test-support/backend.js';
import './conversation-filters.define.js';
import '../conversations-table/conversations-table.define.js';
import type { ConversationFilters } from './conversation-filters.js';
import type { ConversationsTable } from '../conversations-table/conversations-table.js';
import { cellText, rowsOf, shadow, toastText, tooltipOf } from '../conversations-table/testing/table-helpers.js';

type Client = ReturnType<typeof testClient>;

async function mountPair(client: Client = testClient(), attrs: { noDefault?: boolean } = {}) {
  const wrap = await fixture<HTMLDivElement>(html`<div>
    <conversation-filters for="list" ?no-default=${attrs.noDefault ?? true} .client=${client}></conversation-filters>
    <conversations-table id="list" style="height: 420px" .client=${client}></conversations-table>
  </div>`);
  const filters = wrap.querySelector<ConversationFilters>('conversation-filters')!;
  const table = wrap.querySelector<ConversationsTable>('conversations-table')!;
  await until(() => rowsOf(table).length > 0 && filters.capabilities, 'ready');
  return { filters, table };
}

const panel = (el: ConversationFilters) => shadow(el).querySelector<HTMLDialogElement>('dialog.panel')!;
async function openPanel(el: ConversationFilters) {
  shadow(el).querySelector<HTMLButtonElement>('[part~="filter-button"]')!.click();
  await until(() => panel(el).open && panel(el).querySelector('fieldset .check'), 'panel with options');
}
/** The checkbox whose label reads `label` inside the fieldset whose legend reads `legend`. */
function check(el: ConversationFilters, legend: string, label: string): HTMLInputElement {
  const fieldset = [...panel(el).querySelectorAll('fieldset')].find((f) => f.querySelector('legend')!.textContent!.trim() === legend)!;
  const box = [...fieldset.querySelectorAll('label.check')].find((l) => l.textContent!.trim() === label);
  if (!box) throw new Error(`No "${label}" in ${legend}`);
  return box.querySelector('input')!;
}
const button = (root: ParentNode, label: string) => [...root.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent!.trim() === label)!;
function fill(input: HTMLInputElement | HTMLSelectElement, value: string) {
  input.value = value;
  input.dispatchEvent(new Event(input instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true, composed: true }));
}
async function applied(el: ConversationFilters, act: () => void): Promise<ConversationQuery> {
  setTimeout(act);
  return (await oneEvent(el, 'filters-change')).detail.query;
}
const sameIds = async (client: Client, table: ConversationsTable, query: ConversationQuery) => {
  const expected = (await client.conversations.list({ ...query, limit: 8 })).items.map((c) => c.id).join();
  await until(() => rowsOf(table).slice(0, 8).map((r) => r.dataset.id).join() === expected, 'the table shows the filtered list');
};

async function deleteAllSaved(client: Client) {
  for (const f of await client.filters.list()) await client.filters.delete(f.id);
}

describe('<conversation-filters>', () => {
  it('applies channel and status filters chosen in the panel', async () => {
    const client = testClient();
    const { filters, table } = await mountPair(client);
    await openPanel(filters);
    expect([...panel(filters).querySelectorAll('legend')].map((l) => l.textContent!.trim())).to.deep.equal([
      'IDs', 'Queues', 'Channels', 'Agents', 'Status', 'SmartStatus', 'CSAT', 'Custom Tags',
    ]);
    check(filters, 'Channels', 'Voice').click();
    check(filters, 'Status', 'Completed (User Hangup)').click();
    const query = await applied(filters, () => button(panel(filters), 'Apply').click());
    expect(query).to.deep.equal({ channel: ['voice'], status: ['completed_user_hangup'] });
    expect(panel(filters).open).to.be.false;
    expect(table.query).to.deep.equal(query);
    await until(() => rowsOf(table).length > 0 && rowsOf(table).every((r) => cellText(r, 'status') === 'Completed (User Hangup)'), 'filtered rows');
    expect(rowsOf(table).every((r) => r.querySelector('[aria-label="Channel: Voice"]'))).to.be.true;
    const filterButton = shadow(filters).querySelector('[part~="filter-button"]')!;
    expect(filterButton.querySelector('.badge')!.textContent).to.equal('2');
    // Heard as "Filter, 2 filters applied".
    expect(filterButton.querySelector('.visually-hidden')!.textContent).to.equal(', 2 filters applied');
  });

  it('filters by IDs, queues, agents, SmartStatus and CSAT', async () => {
    const client = testClient();
    const { filters, table } = await mountPair(client);
    const sample = (await client.conversations.list({ limit: 30 })).items;
    await openPanel(filters);
    fill(panel(filters).querySelector<HTMLInputElement>('#f-conversationId')!, `${sample[3].id}, ${sample[7].id}  ${sample[12].id}`);
    let query = await applied(filters, () => button(panel(filters), 'Apply').click());
    expect(query).to.deep.equal({ conversationId: [sample[3].id, sample[7].id, sample[12].id] });
    await until(() => rowsOf(table).map((r) => r.dataset.id).sort().join() === [sample[3].id, sample[7].id, sample[12].id].sort().join(), 'the three conversations');

    await openPanel(filters);
    button(panel(filters), 'Clear').click();
    check(filters, 'Queues', 'Billing').click();
    check(filters, 'Agents', 'Priya Raman').click();
    query = await applied(filters, () => button(panel(filters), 'Apply').click());
    expect(query).to.deep.equal({ queue: ['q_billing'], agent: ['agt_h_001'] });
    await sameIds(client, table, query);

    await openPanel(filters);
    button(panel(filters), 'Clear').click();
    check(filters, 'SmartStatus', 'Escalated').click();
    fill(panel(filters).querySelector<HTMLSelectElement>('#f-csatMin')!, '4');
    query = await applied(filters, () => button(panel(filters), 'Apply').click());
    expect(query).to.deep.equal({ smartStatus: ['Escalated'], csatMin: 4 });
    await sameIds(client, table, query);
  });

  it('combines up to 5 custom-tag clauses with CONTAINS / DOES NOT CONTAIN', async () => {
    const client = testClient();
    const { filters, table } = await mountPair(client);
    await openPanel(filters);
    check(filters, 'Custom Tags', 'Filter for Custom Tags (Beta)').click();
    await until(() => panel(filters).querySelector('.clause'), 'first clause');
    const and = () => button(panel(filters), `+ AND`);
    for (let i = 0; i < 4; i++) {
      and().click();
      await until(() => panel(filters).querySelectorAll('.clause').length === i + 2, `clause ${i + 2}`);
    }
    expect(and().getAttribute('aria-disabled')).to.equal('true');
    expect(await tooltipOf(and())).to.equal('You can add up to 5 clauses.');
    // Fill two clauses, delete the other three with (−).
    for (let i = 4; i >= 2; i--) panel(filters).querySelector<HTMLButtonElement>(`[aria-label="Delete clause ${i + 1}"]`)!.click();
    await until(() => panel(filters).querySelectorAll('.clause').length === 2, 'two clauses');
    const clauses = [...panel(filters).querySelectorAll('.clause')];
    fill(clauses[0].querySelector<HTMLInputElement>('[aria-label="Clause 1: Tag name"]')!, 'tier');
    fill(clauses[0].querySelector<HTMLInputElement>('[aria-label="Clause 1: Value"]')!, 'gold');
    fill(clauses[1].querySelector<HTMLInputElement>('[aria-label="Clause 2: Tag name"]')!, 'region');
    const predicate = clauses[1].querySelector<HTMLSelectElement>('select')!;
    expect([...predicate.options].map((o) => o.textContent!.trim())).to.deep.equal(['CONTAINS', 'DOES NOT CONTAIN']);
    fill(predicate, 'not_contains');
    // A clause with a name but no value is refused.
    button(panel(filters), 'Apply').click();
    await until(() => panel(filters).querySelector('.form-error'), 'incomplete clause message');
    expect(panel(filters).querySelector('.form-error')!.textContent).to.equal('Fill in the tag name and value of every clause, or delete the clause.');
    fill(panel(filters).querySelectorAll('.clause')[1].querySelector<HTMLInputElement>('[aria-label="Clause 2: Value"]')!, 'emea');
    const query = await applied(filters, () => button(panel(filters), 'Apply').click());
    expect(query).to.deep.equal({ tag: [{ name: 'tier', op: 'contains', value: 'gold' }, { name: 'region', op: 'not_contains', value: 'emea' }] });
    await sameIds(client, table, query);
  });

  it('saves, edits, duplicates, marks default and deletes a saved filter', async () => {
    const client = testClient('analyst');
    await deleteAllSaved(client);
    const { filters } = await mountPair(client);
    await openPanel(filters);
    check(filters, 'Channels', 'Email').click();
    button(panel(filters), 'Save & Apply').click();
    const prompt = shadow(filters).querySelector<HTMLDialogElement>('dialog.prompt')!;
    await until(() => prompt.open, 'name prompt');
    expect(prompt.querySelector('h2')!.textContent).to.equal('Save & Apply');
    fill(prompt.querySelector<HTMLInputElement>('#prompt-name')!, 'Email <b>only</b> ✉️');
    setTimeout(() => button(prompt, 'Save & Apply').click());
    const created = await oneEvent(filters, 'filters-change');
    expect(created.detail.savedFilter!.name).to.equal('Email <b>only</b> ✉️');
    expect(created.detail.query).to.deep.equal({ channel: ['email'] });
    expect(toastText(filters)).to.equal('Filter “Email <b>only</b> ✉️” created and applied.');
    expect(shadow(filters).querySelector('[part~="chip"]')!.textContent).to.equal('Filter: Email <b>only</b> ✉️');

    // Filters tab: the saved filter is listed; Edit → change → Save & Apply updates it.
    await openPanel(filters);
    shadow(filters).querySelector<HTMLButtonElement>('#tab-saved')!.click();
    await until(() => panel(filters).querySelector('.saved li'), 'saved list');
    const menuFor = async (label: string) => {
      panel(filters).querySelector<HTMLButtonElement>(`[aria-label="Actions for filter ${label}"]`)!.click();
      const menu = shadow(filters).querySelector<HTMLElement>('#saved-menu')!;
      await until(() => menu.matches(':popover-open'), 'saved filter menu');
      return (item: string) => button(menu, item);
    };
    (await menuFor('Email <b>only</b> ✉️'))('Edit').click();
    await until(() => panel(filters).querySelector('.editing'), 'editing');
    check(filters, 'Channels', 'Chat').click();
    setTimeout(() => button(panel(filters), 'Save & Apply').click());
    const edited = await oneEvent(filters, 'filters-change');
    expect(edited.detail.query).to.deep.equal({ channel: ['chat', 'email'] });
    expect(toastText(filters)).to.equal('Filter “Email <b>only</b> ✉️” updated and applied.');
    expect((await client.filters.list())[0].query).to.deep.equal({ channel: ['chat', 'email'] });

    // Duplicate → Rename Filter → Save.
    await openPanel(filters);
    shadow(filters).querySelector<HTMLButtonElement>('#tab-saved')!.click();
    await until(() => panel(filters).querySelector('.saved li'), 'saved list');
    (await menuFor('Email <b>only</b> ✉️'))('Duplicate').click();
    await until(() => prompt.open && prompt.querySelector('h2')!.textContent === 'Rename Filter', 'rename prompt');
    expect(prompt.querySelector<HTMLInputElement>('#prompt-name')!.value).to.equal('Email <b>only</b> ✉️ (copy)');
    fill(prompt.querySelector<HTMLInputElement>('#prompt-name')!, 'Chat and email');
    button(prompt, 'Save').click();
    await until(() => toastText(filters) === 'Filter “Chat and email” created as a copy.', 'duplicated');
    await until(() => panel(filters).querySelectorAll('.saved li').length === 2, 'two saved filters');

    // Mark as Default.
    (await menuFor('Chat and email'))('Mark as Default').click();
    await until(() => toastText(filters) === '“Chat and email” is now your default filter.', 'default');
    await until(() => panel(filters).querySelector('.saved li .default-badge')?.closest('li')!.textContent!.includes('Chat and email'), 'default badge');

    // Delete → Delete Filter → Delete.
    (await menuFor('Email <b>only</b> ✉️'))('Delete').click();
    await until(() => prompt.open && prompt.querySelector('h2')!.textContent === 'Delete Filter', 'delete confirmation');
    expect(prompt.textContent).to.include('Delete the filter “Email <b>only</b> ✉️”?');
    button(prompt, 'Delete').click();
    await until(() => toastText(filters) === 'Filter “Email <b>only</b> ✉️” deleted.', 'deleted');
    await until(() => panel(filters).querySelectorAll('.saved li').length === 1, 'one saved filter left');
    expect((await client.filters.list()).map((f) => f.name)).to.deep.equal(['Chat and email']);
    await expect(filters).to.be.accessible();
  });

  it('applies the default saved filter on load', async () => {
    const client = testClient('analyst');
    await deleteAllSaved(client);
    const def = await client.filters.create({ name: 'Errors', query: { status: ['error'] } });
    await client.filters.markDefault(def.id);
    const wrap = await fixture<HTMLDivElement>(html`<div>
      <conversation-filters for="d" .client=${client}></conversation-filters>
      <conversations-table id="d" style="height: 300px" .client=${client}></conversations-table>
    </div>`);
    const filters = wrap.querySelector<ConversationFilters>('conversation-filters')!;
    const table = wrap.querySelector<ConversationsTable>('conversations-table')!;
    const event = await oneEvent(filters, 'filters-change');
    expect(event.detail.savedFilter!.name).to.equal('Errors');
    await until(() => rowsOf(table).length > 0 && rowsOf(table).every((r) => cellText(r, 'status') === 'Error'), 'only errors');
    expect(shadow(filters).querySelector('[part~="chip"]')!.textContent).to.equal('Filter: Errors');
    await deleteAllSaved(client);
  });

  it('keeps Save & Apply visible but inactive without permission to save filters', async () => {
    const client = testClient();
    const { filters } = await mountPair(client);
    const caps = filters.capabilities as Capabilities;
    filters.capabilities = { ...caps, permissions: caps.permissions.filter((p) => p !== 'filters.manage') };
    await openPanel(filters);
    const save = button(panel(filters), 'Save & Apply');
    expect(save.getAttribute('aria-disabled')).to.equal('true');
    expect(await tooltipOf(save)).to.equal('You do not have permission to save filters. Contact your administrator.');
    save.click();
    expect(shadow(filters).querySelector<HTMLDialogElement>('dialog.prompt')!.open).to.be.false;
  });

  it('reflects the filters in the page URL and restores them', async () => {
    const original = location.href;
    try {
      history.replaceState(null, '', '?keep=1&channel=chat&status=error&tag=tier%3Acontains%3Agold');
      const client = testClient();
      const wrap = await fixture<HTMLDivElement>(html`<div>
        <conversation-filters sync-url for="u" .client=${client}></conversation-filters>
        <conversations-table id="u" style="height: 300px" .client=${client}></conversations-table>
      </div>`);
      const filters = wrap.querySelector<ConversationFilters>('conversation-filters')!;
      const table = wrap.querySelector<ConversationsTable>('conversations-table')!;
      await until(() => table.query.channel?.[0] === 'chat', 'restored on the table');
      expect(table.query).to.deep.equal({ channel: ['chat'], status: ['error'], tag: [{ name: 'tier', op: 'contains', value: 'gold' }] });
      filters.apply({ queue: ['q_sales'] });
      const params = new URL(location.href).searchParams;
      expect(params.getAll('queue')).to.deep.equal(['q_sales']);
      expect(params.has('channel')).to.be.false;
      expect(params.get('keep')).to.equal('1');
    } finally {
      history.replaceState(null, '', original);
    }
  });

  it('has no axe violations, closed and open', async () => {
    const { filters } = await mountPair();
    await expect(filters).to.be.accessible();
    await openPanel(filters);
    check(filters, 'Custom Tags', 'Filter for Custom Tags (Beta)').click();
    await until(() => panel(filters).querySelector('.clause'), 'clause');
    await expect(filters).to.be.accessible();
  });
});
