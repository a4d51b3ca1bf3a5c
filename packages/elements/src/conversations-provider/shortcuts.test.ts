import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { backend, until } from '../test-support/backend.js';
import './conversations-provider.define.js';
import '../conversations-search/conversations-search.define.js';
import type { ConversationsProvider } from './conversations-provider.js';
import { shadow } from '../conversations-table/testing/table-helpers.js';

describe('<conversations-provider> keyboard shortcuts', () => {
  it('/ focuses the search box, ? lists the shortcuts, and typing in a field types', async () => {
    const { baseUrl, tokens } = backend();
    const provider = await fixture<ConversationsProvider>(html`<conversations-provider base-url=${baseUrl} token=${tokens.supervisor}>
      <button id="elsewhere">Elsewhere</button>
      <conversations-search></conversations-search>
      <input id="note" aria-label="Note" />
    </conversations-provider>`);
    const search = provider.querySelector('conversations-search')!;
    const input = () => shadow(search).querySelector<HTMLInputElement>('input[type="search"]')!;
    await search.updateComplete;
    expect(input().getAttribute('aria-keyshortcuts')).to.equal('/');
    provider.querySelector<HTMLButtonElement>('#elsewhere')!.focus();
    await sendKeys({ press: '/' });
    await until(() => search.shadowRoot!.activeElement === input(), 'search focused');
    expect(input().value, 'the slash is not typed').to.equal('');

    // In a text field, the keys type.
    const note = provider.querySelector<HTMLInputElement>('#note')!;
    note.focus();
    await sendKeys({ type: '/?' });
    expect(note.value).to.equal('/?');
    expect(provider.shadowRoot!.querySelector('dialog.shortcuts')).to.equal(null);

    provider.querySelector<HTMLButtonElement>('#elsewhere')!.focus();
    await sendKeys({ press: '?' });
    const dialog = () => provider.shadowRoot!.querySelector<HTMLDialogElement>('dialog.shortcuts');
    await until(() => dialog()?.open, 'shortcuts dialog');
    const rows = [...dialog()!.querySelectorAll('dt')].map((dt) => `${dt.textContent!.trim()} ${dt.nextElementSibling!.textContent!.trim()}`);
    expect(rows).to.deep.equal(['? Show these shortcuts', '/ Focus the search box']);
    expect(dialog()!.querySelector('h2')!.textContent).to.equal('Keyboard shortcuts');
    await expect(provider).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    await until(() => !dialog(), 'closed');
  });

  it('does nothing with no-shortcuts', async () => {
    const { baseUrl, tokens } = backend();
    const provider = await fixture<ConversationsProvider>(html`<conversations-provider no-shortcuts base-url=${baseUrl} token=${tokens.supervisor}>
      <button id="elsewhere">Elsewhere</button>
      <conversations-search></conversations-search>
    </conversations-provider>`);
    provider.querySelector<HTMLButtonElement>('#elsewhere')!.focus();
    await sendKeys({ press: '/' });
    expect(document.activeElement!.id).to.equal('elsewhere');
  });
});
