import { expect, fixture, html } from '@open-wc/testing';
import { backend, testClient, until } from '../test-support/backend.js';
import '../conversations-provider/conversations-provider.define.js';
import '../conversations-search/conversations-search.define.js';
import '../conversations-table/conversations-table.define.js';
import type { ConversationsProvider } from '../conversations-provider/conversations-provider.js';
import type { ConversationsSearch } from '../conversations-search/conversations-search.js';
import type { ConversationsTable } from '../conversations-table/conversations-table.js';
import { rowsOf, shadow, toolbarText } from '../conversations-table/testing/table-helpers.js';
import { createMessages, en } from './messages.js';
import { de } from './messages/de/index.js';

const input = (el: ConversationsSearch) => shadow(el).querySelector<HTMLInputElement>('input[type="search"]')!;
const count = (el: ConversationsSearch) => shadow(el).querySelector('[part~="count"]')?.textContent?.trim() ?? '';
const headers = (table: ConversationsTable) =>
  [...shadow(table).querySelectorAll('[role="columnheader"]')].map((h) => h.textContent!.replace(/\s+/g, ' ').trim());

async function mountGerman(locale = 'de-DE') {
  const { baseUrl, tokens } = backend();
  const provider = await fixture<ConversationsProvider>(html`<conversations-provider base-url=${baseUrl} token=${tokens.supervisor} locale=${locale}>
    <conversations-search for="t"></conversations-search>
    <conversations-table id="t" style="height: 360px"></conversations-table>
  </conversations-provider>`);
  const search = provider.querySelector('conversations-search')!;
  const table = provider.querySelector('conversations-table')!;
  await until(() => rowsOf(table).length > 0, 'rows');
  return { provider, search, table };
}

describe('German catalogue', () => {
  it('translates every English key', () => {
    expect(Object.keys(de).sort()).to.deep.equal(Object.keys(en).sort());
    const same = Object.keys(en).filter((k) => typeof en[k as keyof typeof en] === 'string' && en[k as keyof typeof en] === de[k as keyof typeof de]);
    // Only product terms, symbols and protocol names read the same in both languages.
    expect(same.length).to.be.below(60);
  });

  it('pluralises through Intl.PluralRules with German number grouping', () => {
    const t = createMessages({}, 'de-DE');
    expect(t.totalConversations(1)).to.equal('1 Gespräch');
    expect(t.totalConversations(5215)).to.equal('5.215 Gespräche');
    expect(t.searchResultCount(1)).to.equal('1 Ergebnis');
    expect(t.searchResultCount(0)).to.equal('0 Ergebnisse');
    expect(t.selectedCount(2)).to.equal('2 Gespräche ausgewählt');
  });

  it('is chosen for de and de-*, English otherwise, with host overrides on top', () => {
    expect(createMessages({}, 'de').retry).to.equal('Erneut versuchen');
    expect(createMessages({}, 'de-AT').retry).to.equal('Erneut versuchen');
    expect(createMessages({}, 'fr-FR').retry).to.equal('Retry');
    expect(createMessages({}).retry).to.equal('Retry');
    expect(createMessages({ retry: 'Nochmal' }, 'de-DE').retry).to.equal('Nochmal');
  });
});

describe('locale on the provider and on elements', () => {
  it('shows German labels and a German-pluralised count under a de-DE provider', async () => {
    const { search, table } = await mountGerman();
    expect(input(search).getAttribute('aria-label')).to.equal('Gespräche durchsuchen');
    expect(headers(table)).to.include('Kunde');
    expect(headers(table)).to.include('Startzeit');
    await until(() => /Gespräche/.test(toolbarText(table)), 'German count');
    // 1,000 seeded conversations: German writes the thousands separator as a dot.
    expect(toolbarText(table)).to.match(/^\d{1,3}(\.\d{3})+ Gespräche( geladen)?$/);
  });

  it('counts a single search result in the singular', async () => {
    const target = (await testClient().conversations.list({ limit: 5 })).items[3];
    const { search, table } = await mountGerman();
    input(search).value = target.identifiers.sessionId!;
    input(search).dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    shadow(search).querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await until(() => rowsOf(table)[0]?.dataset.id === target.id && rowsOf(table).length === 1, 'the conversation');
    await until(() => count(search) === '1 Ergebnis', 'one result in German');
    await until(() => toolbarText(table) === '1 Ergebnis', 'toolbar in German');
  });

  it("follows an element's own locale, inside or outside a provider", async () => {
    const { baseUrl, tokens } = backend();
    const provider = await fixture<ConversationsProvider>(html`<conversations-provider base-url=${baseUrl} token=${tokens.supervisor} locale="de-DE">
      <conversations-search locale="en-US"></conversations-search>
    </conversations-provider>`);
    const english = provider.querySelector('conversations-search')!;
    await english.updateComplete;
    expect(input(english).getAttribute('aria-label')).to.equal('Search conversations');

    const alone = await fixture<ConversationsSearch>(html`<conversations-search locale="de" .client=${testClient()}></conversations-search>`);
    expect(input(alone).getAttribute('aria-label')).to.equal('Gespräche durchsuchen');
    alone.locale = 'en-GB';
    await alone.updateComplete;
    expect(input(alone).getAttribute('aria-label')).to.equal('Search conversations');
  });
});
