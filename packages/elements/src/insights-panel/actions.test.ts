import { expect, oneEvent } from '@open-wc/testing';
import {
  $, $$, announced, captureDownloads, findConversation, key, loadedConversation, loadedTranscript, mount, testClient, transcriptOf, turns, until,
} from './test-support/harness.js';
import { longTranscript, withConversation, withTranscript } from './test-support/fixtures.js';
import type { InsightsPanel } from './insights-panel.js';
import { DiagnosticsTimeEvent } from '../conversation-diagnostics/events.js';
import '../conversation-diagnostics/conversation-diagnostics.define.js';

const DAY = 86_400_000;
const menuItems = (panel: InsightsPanel) => $$(panel, '#actions-menu [role="menuitem"]');
const eventsRoot = (panel: InsightsPanel) => $(panel, 'insights-events-dialog')!.shadowRoot!;

async function openMenu(panel: InsightsPanel) {
  await loadedConversation(panel);
  await until(() => panel.capabilities, 'capabilities');
  const button = $(panel, 'button.more-actions')!;
  button.click();
  await until(() => $(panel, '#actions-menu')!.matches(':popover-open'), 'menu open');
  return button;
}

/** A completed voice call whose recording is available and that has a latency report. */
async function voiceWithRecording(): Promise<string> {
  for await (const c of testClient('admin').conversations.iterate({ channel: ['voice'], status: ['completed'], limit: 100 })) {
    if (c.hasRecording && c.hasLatencyReport && Date.now() - Date.parse(c.startTime) < 20 * DAY) return c.id;
  }
  throw new Error('no voice call with a recording and a latency report');
}

class MarkingPlayer extends HTMLElement {
  marks: (number | null)[] = [];
  seek() {}
  play() {}
  pause() {}
  markTime(seconds: number | null) {
    this.marks.push(seconds);
  }
}
if (!customElements.get('marking-player')) customElements.define('marking-player', MarkingPlayer);

describe('<insights-panel> downloads, events and diagnostics', () => {
  it('downloads the transcript CSV, the latency report CSV and the recording from the actions menu', async () => {
    const id = await voiceWithRecording();
    const downloads = captureDownloads();
    try {
      const panel = await mount(testClient('supervisor'), id);
      await openMenu(panel);
      expect(menuItems(panel).map((i) => i.textContent!.trim())).to.deep.equal(['Download Recording', 'Download Transcript', 'Download Latency Report', 'Preview Events']);
      expect(panel.shadowRoot!.activeElement, 'focus moves into the menu').to.equal(menuItems(panel)[0]);
      key(menuItems(panel)[0]!, 'ArrowDown');
      expect(panel.shadowRoot!.activeElement).to.equal(menuItems(panel)[1]);

      menuItems(panel)[1]!.click();
      await until(() => downloads.files.length === 1, 'transcript file');
      expect(downloads.files[0]!.name).to.equal(`transcript-${id}.csv`);
      expect((await downloads.files[0]!.blob.text()).split('\n')[0]).to.include('seq');
      await announced('Download Transcript: download started');

      await openMenu(panel);
      $(panel, '[data-download="latency"]')!.click();
      await until(() => downloads.files.length === 2, 'latency file');
      expect(downloads.files[1]!.name).to.equal(`latency-report-${id}.csv`);
      expect((await downloads.files[1]!.blob.text()).split('\n')[0]).to.include('asrMs');

      await openMenu(panel);
      $(panel, '[data-download="recording"]')!.click();
      await until(() => downloads.files.length === 3, 'recording file', 20_000);
      expect(downloads.files[2]!.name).to.match(/\.flac$/);
      const head = new Uint8Array(await downloads.files[2]!.blob.slice(0, 4).arrayBuffer());
      expect(String.fromCharCode(...head)).to.equal('fLaC');
    } finally {
      downloads.restore();
    }
  });

  it('keeps downloads, events and diagnostics inactive for a viewer, and says why', async () => {
    const id = await voiceWithRecording();
    const downloads = captureDownloads();
    try {
      const panel = await mount(testClient('viewer'), id);
      await openMenu(panel);
      for (const item of menuItems(panel)) {
        expect(item.getAttribute('aria-disabled'), item.textContent!).to.equal('true');
        item.focus();
        expect(panel.shadowRoot!.getElementById(item.getAttribute('aria-describedby')!)!.textContent).to.equal(panel.t.noPermissionReason);
        item.click();
        expect($(panel, '#actions-menu')!.matches(':popover-open'), 'an inactive item leaves the menu open').to.be.true;
      }
      const diagnostics = $(panel, '.btn.diagnostics')!;
      expect(diagnostics.getAttribute('aria-disabled')).to.equal('true');
      diagnostics.click();
      expect($<HTMLDialogElement>(panel, 'dialog.diagnostics')!.open).to.be.false;
      expect(eventsRoot(panel).querySelector('dialog')!.open).to.be.false;
      expect(downloads.files).to.have.length(0);
      await expect(panel).to.be.accessible();
    } finally {
      downloads.restore();
    }
  });

  it('offers only the transcript download for a chat', async () => {
    const panel = await mount(testClient(), await findConversation({ channel: ['chat'], status: ['completed'] }));
    await openMenu(panel);
    expect(menuItems(panel).map((i) => i.textContent!.trim())).to.deep.equal(['Download Transcript', 'Preview Events']);
  });

  it('previews the conversation’s events (the spec’s types) and downloads them with a confirmation', async () => {
    const id = await voiceWithRecording();
    const events = await testClient().events.list(id);
    const downloads = captureDownloads();
    try {
      const panel = await mount(testClient(), id);
      const button = await openMenu(panel);
      $(panel, '[data-action="preview-events"]')!.click();
      await until(() => eventsRoot(panel).querySelectorAll('tbody tr').length === events.length, 'event rows');
      const dialog = eventsRoot(panel).querySelector('dialog')!;
      expect(dialog.open && dialog.matches(':modal')).to.be.true;
      expect(eventsRoot(panel).querySelector('h2')!.textContent).to.equal('Preview Events');
      const spec = ['Routing Initiation', 'Conversation Acceptance', 'Conversation Rejection', 'Conversation Transfer', 'Transfer Failures', 'Agent join', 'Agent left',
        'Agent Consultation', 'Skill Change', 'Disposition Updates', 'After-Call Work (ACW)', 'Conversation Closure'];
      const shown = [...eventsRoot(panel).querySelectorAll('tbody tr td:first-child')].map((td) => td.textContent!.trim());
      expect(shown.every((label) => spec.includes(label)), shown.join(', ')).to.be.true;
      expect(shown).to.include('Routing Initiation');
      await expect(panel).to.be.accessible();

      eventsRoot(panel).querySelector<HTMLButtonElement>('[data-action="download-events"]')!.click();
      await until(() => downloads.files.length === 1, 'events file');
      expect(downloads.files[0]!.name).to.equal(`events-${id}.csv`);
      await until(() => eventsRoot(panel).querySelector('.footer-status')?.textContent === 'Events exported', 'confirmation');
      await announced('Events exported');
      dialog.close();
      await until(() => panel.shadowRoot!.activeElement === button, 'focus back on the actions button');
    } finally {
      downloads.restore();
    }
  });

  it('says events are unavailable for conversations over 30 days old', async () => {
    const old = await findConversation({ status: ['completed'], to: new Date(Date.now() - 31 * DAY).toISOString() });
    const panel = await mount(testClient(), old);
    await openMenu(panel);
    $(panel, '[data-action="preview-events"]')!.click();
    await until(() => eventsRoot(panel).querySelector('.notice.warning'), 'unavailable message');
    expect(eventsRoot(panel).querySelector('.notice.warning')!.textContent).to.equal(
      'The Download Events option is unavailable for conversations over 30 days old.',
    );
    expect(eventsRoot(panel).querySelector('[data-action="download-events"]')!.getAttribute('aria-disabled')).to.equal('true');
  });

  it('shows the same message when the backend answers events_expired (410)', async () => {
    const old = await findConversation({ status: ['completed'], to: new Date(Date.now() - 31 * DAY).toISOString() });
    // The panel believes the conversation is recent; the backend knows better.
    const client = withConversation(testClient(), (c) => ({ ...c, startTime: new Date().toISOString() }));
    const panel = await mount(client, old);
    await openMenu(panel);
    $(panel, '[data-action="preview-events"]')!.click();
    await until(() => eventsRoot(panel).querySelector('.notice.warning'), 'unavailable message');
    expect(eventsRoot(panel).querySelector('.notice.warning')!.textContent).to.include('unavailable for conversations over 30 days old');
  });

  it('opens Diagnostics in a large dialog (diagnostics-open, cancelable) and marks the hovered time on the player and the transcript', async () => {
    const id = await findConversation({ channel: ['voice'], status: ['completed'] });
    const panel = await mount(withTranscript(testClient(), longTranscript(id, 40)), id, 'transcript', 700);
    const player = document.createElement('marking-player') as MarkingPlayer;
    player.slot = 'recording';
    panel.append(player);
    await loadedTranscript(panel);
    await loadedConversation(panel);
    await until(() => panel.capabilities, 'capabilities');
    const button = $(panel, '.btn.diagnostics')!;

    // A host that shows its own diagnostics prevents the default.
    const prevent = (e: Event) => e.preventDefault();
    panel.addEventListener('diagnostics-open', prevent, { once: true });
    button.click();
    await panel.updateComplete;
    expect($<HTMLDialogElement>(panel, 'dialog.diagnostics')!.open).to.be.false;

    setTimeout(() => button.click());
    const opened = await oneEvent(panel, 'diagnostics-open');
    expect(opened.detail.conversationId).to.equal(id);
    await until(() => $<HTMLDialogElement>(panel, 'dialog.diagnostics')!.open, 'diagnostics dialog');
    const diagnostics = $(panel, 'dialog.diagnostics conversation-diagnostics')!;
    expect(diagnostics.getAttribute('conversation-id')).to.equal(id);

    // Turn 10 spans [40 s, 43.5 s).
    diagnostics.dispatchEvent(new DiagnosticsTimeEvent(41.2, null));
    expect(player.marks).to.deep.equal([41.2]);
    await until(() => turns(panel).find((t) => t.classList.contains('marked'))?.dataset.index === '9', 'turn 10 marked');
    diagnostics.dispatchEvent(new DiagnosticsTimeEvent(null, null));
    await until(() => !turns(panel).some((t) => t.classList.contains('marked')), 'mark cleared');
    expect(player.marks).to.deep.equal([41.2, null]);

    $(panel, 'dialog.diagnostics')!.querySelector<HTMLButtonElement>('.dialog-header button')!.click();
    await until(() => panel.shadowRoot!.activeElement === button, 'focus back on Diagnostics');
    expect(transcriptOf(panel)).to.exist;
  });
});
