import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import { backend, testClient, until } from '../test-support/backend.js';
import '../conversations-provider/conversations-provider.define.js';
import './conversation-filters.define.js';
import type { ConversationFilters } from './conversation-filters.js';
import type { ConversationsProvider } from '../conversations-provider/conversations-provider.js';
import { shadow, toastText } from '../conversations-table/testing/table-helpers.js';

type Client = ReturnType<typeof testClient>;

const panel = (el: ConversationFilters) => shadow(el).querySelector<HTMLDialogElement>('dialog.panel')!;
const prompt = (el: ConversationFilters) => shadow(el).querySelector<HTMLDialogElement>('dialog.prompt')!;
const menu = (el: ConversationFilters) => shadow(el).querySelector<HTMLElement>('#saved-menu')!;
const button = (root: ParentNode, label: string) => [...root.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent!.trim() === label)!;
const activeIn = (el: ConversationFilters) => el.shadowRoot!.activeElement as HTMLElement | null;

async function reset(client: Client) {
  for (const f of await client.filters.list()) await client.filters.delete(f.id);
}

/** Clicks the middle of an element with the real mouse (what hit-testing and inertness decide). */
async function mouseClick(element: Element) {
  const r = element.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)] });
}

async function openSaved(filters: ConversationFilters) {
  filters.show('saved');
  await until(() => panel(filters).open && panel(filters).querySelector('.saved li'), 'saved filters listed');
}

async function mountFilters(client: Client) {
  const filters = await fixture<ConversationFilters>(html`<conversation-filters no-default .client=${client}></conversation-filters>`);
  await until(() => filters.capabilities, 'capabilities');
  return filters;
}

describe('<conversation-filters> saved filters', () => {
  it('opens a saved filter’s ⋮ menu inside the modal panel and runs Edit with the mouse', async () => {
    const client = testClient('analyst');
    await reset(client);
    await client.filters.create({ name: 'Voice errors', query: { channel: ['voice'], status: ['error'] } });
    const filters = await mountFilters(client);
    await openSaved(filters);
    await mouseClick(panel(filters).querySelector('[aria-label="Actions for filter Voice errors"]')!);
    await until(() => menu(filters).matches(':popover-open'), 'menu open');
    // The menu lives inside the modal dialog, so it is not inert.
    expect(panel(filters).contains(menu(filters))).to.be.true;
    await mouseClick(button(menu(filters), 'Edit'));
    await until(() => panel(filters).querySelector('.editing'), 'editing the filter');
    expect(panel(filters).open, 'the panel stays open').to.be.true;
    expect(filters.query, 'nothing was applied underneath').to.deep.equal({});
    expect(panel(filters).querySelector('.editing')!.textContent).to.equal('Editing “Voice errors”');
    await reset(client);
  });

  it('reaches Edit, Duplicate, Mark as Default and Delete with the keyboard', async () => {
    const client = testClient('analyst');
    await reset(client);
    await client.filters.create({ name: 'Chats', query: { channel: ['chat'] } });
    const filters = await mountFilters(client);
    await openSaved(filters);
    const more = panel(filters).querySelector<HTMLButtonElement>('[aria-label="Actions for filter Chats"]')!;
    more.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => menu(filters).matches(':popover-open') && activeIn(filters)?.textContent!.trim() === 'Edit', 'focus on Edit');
    expect(more.getAttribute('aria-expanded')).to.equal('true');
    const seen = [activeIn(filters)!.textContent!.trim()];
    for (let i = 0; i < 3; i++) {
      await sendKeys({ press: 'ArrowDown' });
      seen.push(activeIn(filters)!.textContent!.trim());
    }
    expect(seen).to.deep.equal(['Edit', 'Duplicate', 'Mark as Default', 'Delete']);
    // Mark as Default by keyboard.
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ press: 'Enter' });
    await until(() => toastText(filters) === '“Chats” is now your default filter.', 'marked default');
    await until(() => panel(filters).querySelector('.default-badge'), 'default badge');
    expect(panel(filters).open).to.be.true;
    // Escape closes the menu and focus returns to ⋮ (the panel stays open).
    panel(filters).querySelector<HTMLButtonElement>('[aria-label="Actions for filter Chats"]')!.focus();
    await sendKeys({ press: 'ArrowDown' });
    await until(() => menu(filters).matches(':popover-open'), 'menu open again');
    await sendKeys({ press: 'Escape' });
    await until(() => !menu(filters).matches(':popover-open'), 'menu closed');
    expect(panel(filters).open).to.be.true;
    expect(activeIn(filters)?.getAttribute('aria-label')).to.equal('Actions for filter Chats');
    // Delete by keyboard: ArrowUp opens the menu on its last item.
    await sendKeys({ press: 'ArrowUp' });
    await until(() => activeIn(filters)?.textContent!.trim() === 'Delete', 'Delete focused');
    await sendKeys({ press: 'Enter' });
    await until(() => prompt(filters).open && prompt(filters).querySelector('h2')!.textContent === 'Delete Filter', 'delete confirmation');
    await expect(filters).to.be.accessible();
    button(prompt(filters), 'Delete').click();
    await until(() => toastText(filters) === 'Filter “Chats” deleted.', 'deleted');
    await reset(client);
  });

  it('rejects empty and duplicate names with a clear message', async () => {
    const client = testClient('analyst');
    await reset(client);
    await client.filters.create({ name: 'Billing', query: { queue: ['q_billing'] } });
    const filters = await mountFilters(client);
    await openSaved(filters);
    filters.show('new');
    await until(() => panel(filters).querySelector('fieldset .check'), 'editor');
    panel(filters).querySelector<HTMLInputElement>('input[name="channel"]')!.click();
    button(panel(filters), 'Save & Apply').click();
    await until(() => prompt(filters).open, 'name prompt');
    const name = prompt(filters).querySelector<HTMLInputElement>('#prompt-name')!;
    const submit = () => button(prompt(filters), 'Save & Apply').click();
    const error = () => prompt(filters).querySelector('.form-error')?.textContent;
    submit();
    await until(() => error() === 'Enter a name for the filter.', 'empty name refused');
    name.value = '  billing ';
    name.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    submit();
    await until(() => error() === 'You already have a filter named “Billing”. Choose another name.', 'duplicate refused');
    expect(name.getAttribute('aria-invalid')).to.equal('true');
    expect((await client.filters.list()).map((f) => f.name)).to.deep.equal(['Billing']);
    await expect(filters).to.be.accessible();
    name.value = 'Billing voice';
    name.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    setTimeout(submit);
    await oneEvent(filters, 'filters-change');
    // Duplicate refuses an existing name too.
    await openSaved(filters);
    panel(filters).querySelector<HTMLButtonElement>('[aria-label="Actions for filter Billing"]')!.click();
    await until(() => menu(filters).matches(':popover-open'), 'menu');
    button(menu(filters), 'Duplicate').click();
    await until(() => prompt(filters).open && prompt(filters).querySelector('h2')!.textContent === 'Rename Filter', 'rename prompt');
    const copyName = prompt(filters).querySelector<HTMLInputElement>('#prompt-name')!;
    copyName.value = 'BILLING VOICE';
    copyName.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    button(prompt(filters), 'Save').click();
    await until(() => error() === 'You already have a filter named “Billing voice”. Choose another name.', 'duplicate copy refused');
    expect((await client.filters.list()).length).to.equal(2);
    await reset(client);
  });

  it('drops the previous user’s saved filter when another user signs in', async () => {
    const { baseUrl, tokens } = backend();
    const analyst = testClient('analyst');
    const admin = testClient('admin');
    await reset(analyst);
    await reset(admin);
    const mine = await analyst.filters.create({ name: 'Analyst default', query: { status: ['error'] } });
    await analyst.filters.markDefault(mine.id);
    const provider = await fixture<ConversationsProvider>(html`<conversations-provider base-url=${baseUrl} token=${tokens.analyst}>
      <conversation-filters></conversation-filters>
    </conversations-provider>`);
    const filters = provider.querySelector('conversation-filters')!;
    await until(() => provider.listState.state.savedFilter?.name === 'Analyst default', 'the analyst’s default applied');
    expect(shadow(filters).querySelector('[part~="chip"]')!.textContent).to.equal('Filter: Analyst default');
    provider.token = tokens.admin;
    await until(() => provider.listState.state.savedFilter === null && !shadow(filters).querySelector('[part~="chip"]'), 'the analyst’s filter dropped');
    expect(provider.listState.state.filters).to.deep.equal({});
    await openSaved(filters).catch(() => undefined);
    await until(() => panel(filters).querySelector('#panel-saved')?.textContent?.includes('No saved filters yet'), 'the admin’s (empty) list');
    await reset(analyst);
  });
});
