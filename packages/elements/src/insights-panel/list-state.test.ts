import { expect, fixture, html } from '@open-wc/testing';
import { backend, testClient, until } from '../test-support/backend.js';
import '../conversations-provider/conversations-provider.define.js';
import './insights-panel.define.js';
import type { ConversationsProvider } from '../conversations-provider/conversations-provider.js';
import type { InsightsPanel } from './insights-panel.js';
import { $, findConversation, inTranscript, loadedTab, loadedTranscript, panelOf, transcriptOf } from './test-support/harness.js';

const dispositionText = (panel: InsightsPanel) =>
  panelOf(panel, 'details').querySelector('.field-row[data-field="disposition"] .value')?.textContent?.replace(/\s+/g, ' ') ?? '';

async function mountInProvider(id: string, tab: 'transcript' | 'details' = 'transcript') {
  const { baseUrl, tokens } = backend();
  const provider = await fixture<ConversationsProvider>(html`<conversations-provider base-url=${baseUrl} token=${tokens.supervisor}>
    <insights-panel style="height: 700px; width: 560px" conversation-id=${id} tab=${tab}></insights-panel>
  </conversations-provider>`);
  return { provider, panel: provider.querySelector('insights-panel')! };
}

describe('<insights-panel> with the list state', () => {
  it('carries the list’s search into the transcript and highlights the same words', async () => {
    const client = testClient();
    const hit = (await client.search.query({ q: 'refund', limit: 5 })).items.find((h) => h.highlights.some((x) => x.field === 'transcript'))!;
    expect(hit, 'a transcript hit for refund').to.exist;
    const { provider, panel } = await mountInProvider(hit.conversation.id);
    provider.listState.setSearch({ q: 'refund -zzzz OR', sort: 'relevance' });
    await loadedTranscript(panel);
    const transcript = transcriptOf(panel);
    await until(() => inTranscript(panel, 'mark.hit').length > 0, 'highlighted words');
    expect(transcript.shadowRoot!.querySelector<HTMLInputElement>('input[type="search"]')!.value).to.equal('refund -zzzz OR');
    // Only the searched word is marked: the excluded word and the operator match nothing.
    const marked = new Set(inTranscript(panel, 'mark.hit').map((m) => m.textContent!.toLowerCase()));
    expect([...marked]).to.deep.equal(['refund']);
    expect(inTranscript(panel, 'mark.hit.current').length).to.equal(1);
    await expect(panel).to.be.accessible();
  });

  it('highlights a quoted phrase whole', async () => {
    const client = testClient();
    const id = await findConversation({ channel: ['chat'], status: ['completed'] }, 3);
    const first = (await client.transcripts.page(id, { limit: 50 })).items.find((i) => i.kind === 'message' && (i.text ?? '').split(/\s+/).length > 3)!;
    const [a, b] = (first as { text: string }).text.split(/\s+/).map((w) => w.replace(/[^\p{L}\p{N}']/gu, ''));
    const phrase = `${a} ${b}`;
    const { provider, panel } = await mountInProvider(id);
    provider.listState.setSearch({ q: `"${phrase}"`, sort: 'relevance' });
    await loadedTranscript(panel);
    await until(() => inTranscript(panel, 'mark.hit').length > 0, 'highlighted phrase');
    const spaced = (text: string) => text.replace(/\s+/g, ' ').toLowerCase();
    expect(inTranscript(panel, 'mark.hit').every((m) => spaced(m.textContent!) === phrase.toLowerCase())).to.be.true;
  });

  it('shows another user’s disposition save without a reload', async () => {
    const id = await findConversation({ channel: ['chat'], status: ['completed'] }, 6);
    const codes = await testClient().catalogues.dispositionCodes();
    const { panel } = await mountInProvider(id, 'details');
    await loadedTab(panel, 'details');
    const other = testClient('admin');
    const current = await other.dispositions.get(id).catch(() => null);
    const next = codes.find((c) => c.code !== current?.disposition?.code)!;
    await other.dispositions.update(id, { code: next.code, notes: 'changed elsewhere' }, { ifMatch: current?.etag ?? 0 });
    await until(() => dispositionText(panel).includes(next.label) && dispositionText(panel).includes('changed elsewhere'), 'the new disposition', 10_000);
    expect($(panel, '[role="alert"]')).to.equal(null);
  });
});
