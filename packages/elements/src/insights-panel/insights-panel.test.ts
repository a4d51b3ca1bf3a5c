import { expect, oneEvent } from '@open-wc/testing';
import { createClient } from '@conversations-kit/sdk';
import { $, $$, findConversation, key, loadedConversation, loadedTab, loadedTranscript, mount, panelOf, testClient, textOf, until } from './test-support/harness.js';
import { apiError, failing } from './test-support/fixtures.js';
import { backend } from '../test-support/backend.js';
import type { InsightsPanel } from './insights-panel.js';

const tabs = (panel: InsightsPanel) => $$(panel, '[role="tab"]');
const selected = (panel: InsightsPanel) => $(panel, '[role="tab"][aria-selected="true"]')?.id;

describe('<insights-panel> shell', () => {
  it('shows the header: direction, language, sentiment and channel icons with names, the customer, status and Close', async () => {
    const client = testClient();
    const id = await findConversation({ channel: ['voice'], status: ['completed'] });
    const conversation = await client.conversations.get(id);
    const panel = await mount(client, id);
    await loadedConversation(panel);
    const names = $$(panel, '.header-icons [role="img"]').map((el) => el.getAttribute('aria-label'));
    expect(names).to.include(`Direction: ${conversation.direction === 'inbound' ? 'Inbound' : 'Outbound'}`);
    expect(names.some((n) => n?.startsWith('Language: '))).to.be.true;
    expect(names).to.include('Channel: Voice');
    if (conversation.sentiment) expect(names.some((n) => n?.startsWith('Sentiment: '))).to.be.true;
    expect($(panel, '.title')!.textContent).to.equal('Insights to Logs');
    expect($(panel, '.customer')!.textContent).to.equal(conversation.customer.name);
    expect($(panel, '.btn.diagnostics'), 'Diagnostics entry for voice').to.exist;

    setTimeout(() => $(panel, 'button.close')!.click());
    const closed = await oneEvent(panel, 'panel-close');
    expect((closed as Event & { conversationId?: string }).conversationId).to.equal(id);
  });

  it('offers Diagnostics only for voice conversations', async () => {
    const panel = await mount(testClient(), await findConversation({ channel: ['chat'], status: ['completed'] }));
    await loadedConversation(panel);
    expect($(panel, '.btn.diagnostics')).to.equal(null);
    expect($$(panel, '.header-icons [role="img"]').map((el) => el.getAttribute('aria-label'))).to.include('Channel: Chat');
  });

  it('shows the User ID instead of the customer without pii.view', async () => {
    const id = await findConversation({ channel: ['voice'], status: ['completed'] });
    const panel = await mount(testClient('analyst'), id);
    await loadedConversation(panel);
    const conversation = await testClient('analyst').conversations.get(id);
    expect(conversation.customer.obscured).to.be.true;
    expect($(panel, '.customer')!.textContent).to.equal(conversation.customer.userId);
    expect($(panel, '.customer-row .hidden-pii')!.textContent).to.include('Hidden');
  });

  it('is a WAI-ARIA tab set: arrows, Home and End move focus and selection, tab-change tells the host', async () => {
    const panel = await mount(testClient(), await findConversation({ channel: ['voice'], status: ['completed'] }));
    await loadedConversation(panel);
    expect(tabs(panel).map((t) => t.textContent!.trim())).to.deep.equal(['Transcript', 'Details', 'User', 'Identifiers']);
    expect($(panel, '[role="tablist"]')!.getAttribute('aria-label')).to.match(/\S/);
    for (const tab of tabs(panel)) {
      const controlled = $(panel, `#${tab.getAttribute('aria-controls')}`)!;
      expect(controlled.getAttribute('role')).to.equal('tabpanel');
      expect(controlled.getAttribute('aria-labelledby')).to.equal(tab.id);
    }
    tabs(panel)[0].focus();
    const changes: string[] = [];
    panel.addEventListener('tab-change', (e) => changes.push(e.detail.tab));
    key(tabs(panel)[0], 'ArrowRight');
    await until(() => selected(panel) === 'tab-details' && panel.shadowRoot!.activeElement?.id === 'tab-details', 'Details selected and focused');
    key(panel.shadowRoot!.activeElement!, 'End');
    await until(() => selected(panel) === 'tab-identifiers', 'End → Identifiers');
    key(panel.shadowRoot!.activeElement!, 'ArrowRight');
    await until(() => selected(panel) === 'tab-transcript', 'wraps to Transcript');
    key(panel.shadowRoot!.activeElement!, 'ArrowLeft');
    await until(() => selected(panel) === 'tab-identifiers', 'ArrowLeft wraps back');
    key(panel.shadowRoot!.activeElement!, 'Home');
    await until(() => selected(panel) === 'tab-transcript', 'Home → Transcript');
    expect(changes).to.deep.equal(['details', 'identifiers', 'transcript', 'identifiers', 'transcript']);
    expect(tabs(panel).filter((t) => t.tabIndex === 0)).to.have.length(1);
    expect(panelOf(panel, 'details').hidden).to.be.true;
  });

  it('reverses the arrow keys in a right-to-left page', async () => {
    const panel = await mount(testClient(), await findConversation({ channel: ['chat'], status: ['completed'] }));
    panel.setAttribute('dir', 'rtl');
    await loadedConversation(panel);
    tabs(panel)[0].focus();
    key(tabs(panel)[0], 'ArrowLeft');
    await until(() => selected(panel) === 'tab-details', 'ArrowLeft → next tab in RTL');
  });

  it('keeps the reader’s place in the transcript while another tab is shown', async () => {
    const panel = await mount(testClient(), await findConversation({ channel: ['voice'], status: ['completed'] }), 'transcript', 420);
    await loadedTranscript(panel);
    const scroller = $(panel, 'insights-transcript')!.shadowRoot!.querySelector<HTMLElement>('.scroller')!;
    scroller.scrollTop = 200;
    await until(() => scroller.scrollTop > 150, 'scrolled');
    const before = scroller.scrollTop;
    panel.selectTab('details');
    await loadedTab(panel, 'details');
    panel.selectTab('transcript');
    await panel.updateComplete;
    expect(scroller.scrollTop).to.equal(before);
  });

  it('says when there is no conversation, and when there is no client', async () => {
    const none = await mount(testClient(), undefined);
    expect(textOf(none.shadowRoot)).to.include('No conversation selected');
    const unconnected = await mount(undefined, 'conv_000001');
    expect(textOf(unconnected.shadowRoot)).to.include('Not connected');
    await expect(none).to.be.accessible();
  });

  it('shows a labelled loading state while the conversation loads', async () => {
    const pending = createClient({ baseUrl: backend().baseUrl, token: backend().tokens.supervisor, fetch: () => new Promise<Response>(() => {}) });
    const panel = await mount(pending, 'conv_000001');
    await until(() => $(panel, '.state.loading') || panel.shadowRoot!.querySelector('insights-transcript')?.shadowRoot?.querySelector('.state.loading'), 'loading state');
    const transcriptLoading = $(panel, 'insights-transcript')!.shadowRoot!.querySelector('.state.loading')!;
    expect(transcriptLoading.getAttribute('role')).to.equal('status');
    expect(transcriptLoading.textContent).to.include('Loading the transcript');
    await expect(panel).to.be.accessible();
  });

  it('says the conversation was not found (404), with the Close control still there', async () => {
    const panel = await mount(testClient(), 'conv_does_not_exist');
    await until(() => $(panel, '[role="alert"]'), 'not found');
    expect($(panel, '[role="alert"]')!.textContent).to.include('We could not find this conversation');
    // Retrying cannot bring it back; the request id is there for a support ticket.
    expect($(panel, '[part~="retry-button"]')).to.equal(null);
    const details = $(panel, '[role="alert"] details')!;
    expect(details.querySelector('summary')!.textContent!.trim()).to.equal('Details');
    expect(details.textContent).to.match(/Request ID: \S+/);
    expect(details.textContent).to.include('HTTP status: 404');
    expect($(panel, 'button.close')).to.exist;
    expect($(panel, '[role="tablist"]')).to.equal(null);
    await expect(panel).to.be.accessible();
  });

  it('says in plain words that the answer could not be read, with the technical detail behind Details', async () => {
    const id = await findConversation({ channel: ['chat'], status: ['completed'] });
    const technical = 'The backend answered GET /v1/conversations/x with a body that is not valid JSON: Unexpected token <';
    const error = Object.assign(apiError(200, 'invalid_response', 'InvalidResponseError'), { message: technical, requestId: 'req_test_42' });
    const panel = await mount(failing(testClient(), 'conversations', 'get', error), id, 'details');
    await until(() => panelOf(panel, 'details').querySelector('[role="alert"]'), 'error state');
    const alert = panelOf(panel, 'details').querySelector<HTMLElement>('[role="alert"]')!;
    expect(alert.querySelector('.state-message')!.textContent).to.equal('The server sent an answer we could not read. Please retry; if it keeps happening, contact your administrator.');
    const details = alert.querySelector('details')!;
    expect(details.open).to.be.false;
    expect(details.textContent).to.include('Request ID: req_test_42');
    expect(details.textContent).to.include(technical);
    // Retry is offered, and its icon keeps the button's size (not the state icon's).
    const retry = alert.querySelector<HTMLButtonElement>('[part~="retry-button"]')!;
    const svg = retry.querySelector('svg')!.getBoundingClientRect();
    expect([svg.width, svg.height]).to.deep.equal([16, 16]);
    await expect(panel).to.be.accessible();
  });

  it('says when the caller may not see the conversation (403)', async () => {
    const id = await findConversation({ channel: ['chat'], status: ['completed'] });
    const panel = await mount(failing(testClient(), 'conversations', 'get', apiError(403, 'forbidden', 'PermissionError')), id);
    await until(() => $(panel, '.state.no-permission'), 'no permission');
    expect($(panel, '.state.no-permission')!.textContent).to.include('No access');
  });

  it('says the session expired on a 401, and reloads on Retry', async () => {
    const id = await findConversation({ channel: ['chat'], status: ['completed'] });
    const panel = await mount(createClient({ baseUrl: backend().baseUrl, token: 'wrong' }), id, 'details');
    await until(() => panelOf(panel, 'details').querySelector('[role="alert"]'), 'details error');
    expect(panelOf(panel, 'details').textContent).to.include('You are not signed in');
    panel.client = testClient();
    await loadedTab(panel, 'details');
  });

  it('keeps the transcript readable when only the details fail, and their Retry recovers them', async () => {
    const id = await findConversation({ channel: ['chat'], status: ['completed'] });
    const client = failing(testClient(), 'conversations', 'get', apiError(500, 'internal', 'ServerError'), 1);
    const panel = await mount(client, id);
    await loadedTranscript(panel);
    panel.selectTab('details');
    await until(() => panelOf(panel, 'details').querySelector('[part~="retry-button"]'), 'details Retry');
    expect(panelOf(panel, 'details').textContent).to.include('The server could not complete the request');
    panel.selectTab('user');
    await until(() => panelOf(panel, 'user').querySelector('[part~="retry-button"]'), 'user Retry too');
    panelOf(panel, 'user').querySelector<HTMLButtonElement>('[part~="retry-button"]')!.click();
    await loadedTab(panel, 'user');
    panel.selectTab('transcript');
    expect(textOf($(panel, 'insights-transcript'))).not.to.include('Something went wrong');
  });

  it('never shows "undefined" in any tab of a real conversation', async () => {
    const panel = await mount(testClient(), await findConversation({ channel: ['voice'], status: ['completed'] }));
    await loadedTranscript(panel);
    for (const tab of ['details', 'user', 'identifiers'] as const) {
      panel.selectTab(tab);
      await loadedTab(panel, tab);
      expect(textOf(panelOf(panel, tab))).not.to.match(/undefined|null|NaN|\[object/);
    }
    expect(textOf(panel.shadowRoot)).not.to.match(/undefined|NaN|\[object/);
  });

  it('has no axe violations in each tab', async () => {
    const panel = await mount(testClient(), await findConversation({ channel: ['voice'], status: ['completed'] }));
    await loadedTranscript(panel);
    await expect(panel).to.be.accessible();
    for (const tab of ['details', 'user', 'identifiers'] as const) {
      panel.selectTab(tab);
      await loadedTab(panel, tab);
      await expect(panel).to.be.accessible();
    }
  });
});
