import { expect, oneEvent } from '@open-wc/testing';
import type { Conversation } from '@conversations-kit/sdk';
import {
  $, announced, captureClipboard, findConversation, loadedTab, mount, panelOf, testClient, textOf, until,
} from '../test-support/harness.js';
import { withConversation } from '../test-support/fixtures.js';
import type { InsightsPanel } from '../insights-panel.js';
import type { InsightsCopyEvent } from '../events.js';

const field = (panel: InsightsPanel, tab: 'details' | 'user' | 'identifiers', key: string) =>
  panelOf(panel, tab).querySelector<HTMLElement>(`.field-row[data-field="${key}"]`)!;
const value = (panel: InsightsPanel, tab: 'details' | 'user' | 'identifiers', key: string) =>
  field(panel, tab, key).querySelector('.value')!.textContent!.replace(/\s+/g, ' ').trim();
const labels = (panel: InsightsPanel, tab: 'details' | 'user' | 'identifiers') =>
  [...panelOf(panel, tab).querySelectorAll('dt')].map((dt) => dt.textContent!.trim());

const dispositionDialog = (panel: InsightsPanel) => $(panel, 'insights-disposition-dialog')!.shadowRoot!;
const logDialog = (panel: InsightsPanel) => $(panel, 'insights-disposition-log')!.shadowRoot!;

async function openEditor(panel: InsightsPanel) {
  const edit = panelOf(panel, 'details').querySelector<HTMLButtonElement>('[data-action="edit-disposition"]')!;
  edit.focus();
  edit.click();
  await until(() => dispositionDialog(panel).querySelector<HTMLDialogElement>('dialog')?.open && dispositionDialog(panel).querySelectorAll('select option').length > 2, 'editor ready');
  const root = dispositionDialog(panel);
  return {
    edit,
    dialog: root.querySelector<HTMLDialogElement>('dialog')!,
    select: root.querySelector<HTMLSelectElement>('select')!,
    notes: root.querySelector<HTMLTextAreaElement>('textarea')!,
    save: root.querySelector<HTMLButtonElement>('button[type="submit"]')!,
    root,
  };
}

function choose(select: HTMLSelectElement, code: string) {
  select.value = code;
  select.dispatchEvent(new Event('change', { bubbles: true }));
}

describe('<insights-panel> Details, User and Identifiers', () => {
  it('shows the Details fields of the spec for a completed conversation', async () => {
    const id = await findConversation({ channel: ['voice'], status: ['completed'] });
    const conversation = await testClient().conversations.get(id);
    const panel = await mount(testClient(), id, 'details');
    await loadedTab(panel, 'details');
    expect(labels(panel, 'details')).to.deep.equal([
      'Start', 'End', 'Agents', 'Consulting agents', 'Joined Users', 'Queues', 'Status', 'Mode', 'CSAT', 'Disposition', 'Notes',
      'Snooze Count', 'Snooze Duration', 'Campaign Name', 'Session-level tags',
    ]);
    const f = panel.format;
    expect(value(panel, 'details', 'start')).to.equal(f.dateTime(conversation.startTime));
    expect(value(panel, 'details', 'end')).to.equal(f.dateTime(conversation.endTime));
    for (const agent of conversation.agents) expect(value(panel, 'details', 'agents')).to.include(agent.name);
    for (const queue of conversation.queues) expect(value(panel, 'details', 'queues')).to.include(queue.name);
    expect(value(panel, 'details', 'status')).to.include(conversation.smartStatus);
    expect(value(panel, 'details', 'mode')).to.equal({ automation: 'Automation', agent: 'Agent', hybrid: 'Hybrid' }[conversation.mode]);
    if (conversation.csat) {
      expect(value(panel, 'details', 'csat')).to.include(`${conversation.csat.score} / 5`);
      if (conversation.csat.feedback) expect(value(panel, 'details', 'csat')).to.include(conversation.csat.feedback);
    } else expect(value(panel, 'details', 'csat')).to.equal('—');
    expect(value(panel, 'details', 'snoozeCount')).to.equal(String(conversation.snoozeCount));
    expect(value(panel, 'details', 'campaignName')).to.equal(conversation.campaign?.name ?? '—');
    if (conversation.sessionTags.length === 0) expect(value(panel, 'details', 'sessionTags')).to.equal('—');
    await expect(panel).to.be.accessible();
  });

  it('shows "—" for every field the backend left out, never "undefined"', async () => {
    const id = await findConversation({ channel: ['chat'], status: ['completed'] });
    const client = withConversation(testClient(), (c) => {
      const partial = { ...c } as Partial<Conversation>;
      for (const key of ['endTime', 'consultingAgents', 'joinedUsers', 'mode', 'csat', 'disposition', 'notes', 'snoozeCount', 'snoozeDurationSeconds', 'campaign', 'sessionTags', 'userTags'] as const) delete partial[key];
      return { ...partial, agents: [], queues: [], smartStatus: '', identifiers: { ...c.identifiers, callId: null, sessionId: null }, customer: { ...c.customer, phone: null, email: null } } as Conversation;
    });
    const panel = await mount(client, id, 'details');
    await loadedTab(panel, 'details');
    for (const key of ['end', 'agents', 'consultingAgents', 'joinedUsers', 'queues', 'mode', 'csat', 'disposition', 'notes', 'snoozeCount', 'snoozeDuration', 'campaignName', 'sessionTags']) {
      expect(value(panel, 'details', key), key).to.equal('—');
    }
    panel.selectTab('user');
    await loadedTab(panel, 'user');
    expect(value(panel, 'user', 'customerPhone')).to.equal('—');
    expect(value(panel, 'user', 'userTags')).to.equal('—');
    panel.selectTab('identifiers');
    await loadedTab(panel, 'identifiers');
    expect(value(panel, 'identifiers', 'callId')).to.equal('—');
    expect(field(panel, 'identifiers', 'callId').querySelector('button.copy'), 'nothing to copy').to.equal(null);
    expect(textOf(panel.shadowRoot)).not.to.match(/undefined|NaN|\[object/);
  });

  it('edits a disposition: dialog with focus inside, Save, disposition-saved, the new value shown, focus back', async () => {
    const id = await findConversation({ channel: ['chat'], status: ['completed'] }, 3);
    const codes = await testClient().catalogues.dispositionCodes();
    const panel = await mount(testClient(), id, 'details');
    await loadedTab(panel, 'details');
    const { edit, dialog, select, notes, save, root } = await openEditor(panel);
    expect(dialog.matches(':modal'), 'modal: focus stays inside').to.be.true;
    expect(root.activeElement).to.equal(select);
    const target = codes.find((c) => c.code !== select.value)!;
    choose(select, target.code);
    notes.value = 'Reviewed by QA';
    notes.dispatchEvent(new Event('input', { bubbles: true }));
    setTimeout(() => save.click());
    const saved = await oneEvent(panel, 'disposition-saved');
    expect(saved.detail.disposition.code).to.equal(target.code);
    expect(saved.detail.conversationId).to.equal(id);
    await until(() => !dialog.open, 'dialog closed');
    await until(() => value(panel, 'details', 'disposition').includes(target.label), 'new disposition shown');
    expect(value(panel, 'details', 'disposition')).to.include('Reviewed by QA');
    await until(() => panel.shadowRoot!.activeElement === edit, 'focus back on Edit Disposition');
    await announced('Disposition saved');
  });

  it('says so when someone else changed the disposition meanwhile (409) and keeps the user’s edit, which a second Save applies', async () => {
    const id = await findConversation({ channel: ['voice'], status: ['completed'] }, 4);
    const codes = await testClient().catalogues.dispositionCodes();
    const panel = await mount(testClient('supervisor'), id, 'details');
    await loadedTab(panel, 'details');
    const { dialog, select, notes, save, root } = await openEditor(panel);
    const mine = codes.find((c) => c.code !== select.value)!;
    const theirs = codes.find((c) => c.code !== select.value && c.code !== mine.code)!;
    choose(select, mine.code);
    notes.value = 'My careful notes';
    notes.dispatchEvent(new Event('input', { bubbles: true }));

    // Someone else saves first.
    const other = testClient('admin');
    const current = await other.dispositions.get(id).catch(() => null);
    await other.dispositions.update(id, { code: theirs.code, notes: 'theirs' }, { ifMatch: current?.etag ?? 0 });

    save.click();
    await until(() => root.querySelector('.notice.warning'), 'conflict message');
    const message = root.querySelector('.notice.warning')!;
    expect(message.getAttribute('role')).to.equal('alert');
    expect(message.textContent).to.include('Someone else changed this disposition');
    expect(message.textContent).to.include(theirs.label);
    expect(dialog.open, 'the dialog stays open').to.be.true;
    expect(root.querySelector<HTMLSelectElement>('select')!.value, 'the user’s choice is kept').to.equal(mine.code);
    expect(root.querySelector<HTMLTextAreaElement>('textarea')!.value, 'the user’s notes are kept').to.equal('My careful notes');
    expect((await testClient().dispositions.get(id)).disposition?.code, 'nothing overwritten yet').to.equal(theirs.code);

    setTimeout(() => root.querySelector<HTMLButtonElement>('button[type="submit"]')!.click());
    const saved = await oneEvent(panel, 'disposition-saved');
    expect(saved.detail.disposition.code).to.equal(mine.code);
    await until(() => !dialog.open, 'closed after the second Save');
    expect((await testClient().dispositions.get(id)).disposition?.code).to.equal(mine.code);

    // View Logs: who, when, from → to.
    const logs = panelOf(panel, 'details').querySelector<HTMLButtonElement>('[data-action="view-logs"]')!;
    logs.click();
    await until(() => logDialog(panel).querySelectorAll('tbody tr').length >= 2, 'audit rows');
    const rows = [...logDialog(panel).querySelectorAll('tbody tr')].map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent!.trim()));
    expect(rows[0]![2]).to.equal(`${theirs.label} → ${mine.label}`);
    expect(rows[1]![2]).to.include(`→ ${theirs.label}`);
    expect(rows[0]![1]).to.match(/\S/);
    expect(rows[0]![0]).to.match(/\d/);
    expect([...logDialog(panel).querySelectorAll('th')].map((th) => th.textContent)).to.deep.equal(['When', 'Changed by', 'Change']);
    await expect(panel).to.be.accessible();
    logDialog(panel).querySelector<HTMLDialogElement>('dialog')!.close();
    await until(() => panel.shadowRoot!.activeElement === logs, 'focus back on View Logs');
  });

  it('keeps Edit Disposition inactive, with the reason, without dispositions.edit or before completion', async () => {
    const completed = await findConversation({ channel: ['chat'], status: ['completed'] });
    const analyst = await mount(testClient('analyst'), completed, 'details');
    await until(() => analyst.capabilities && panelOf(analyst, 'details').querySelector('[data-action="edit-disposition"]'), 'details');
    const blocked = panelOf(analyst, 'details').querySelector<HTMLButtonElement>('[data-action="edit-disposition"]')!;
    expect(blocked.getAttribute('aria-disabled')).to.equal('true');
    blocked.focus();
    expect(analyst.shadowRoot!.getElementById(blocked.getAttribute('aria-describedby')!)!.textContent).to.equal(analyst.t.noPermissionReason);
    blocked.click();
    expect($(analyst, 'insights-disposition-dialog')!.shadowRoot!.querySelector('dialog')!.open).to.be.false;

    const running = await findConversation({ channel: ['chat'], status: ['in_progress'] });
    const supervisor = await mount(testClient('supervisor'), running, 'details');
    await until(() => supervisor.capabilities && panelOf(supervisor, 'details').querySelector('[data-action="edit-disposition"]'), 'details');
    const early = panelOf(supervisor, 'details').querySelector<HTMLButtonElement>('[data-action="edit-disposition"]')!;
    expect(early.getAttribute('aria-disabled')).to.equal('true');
    early.focus();
    expect(supervisor.shadowRoot!.getElementById(early.getAttribute('aria-describedby')!)!.textContent).to.equal('Dispositions can be edited after the conversation is completed.');
  });

  it('shows the User tab; personal fields read "Hidden" without pii.view', async () => {
    const id = await findConversation({ channel: ['voice'], status: ['completed'] });
    const conversation = await testClient().conversations.get(id);
    const panel = await mount(testClient(), id, 'user');
    await loadedTab(panel, 'user');
    expect(labels(panel, 'user')).to.deep.equal(['Customer Phone', 'Customer Name', 'Customer Email', 'Channel User ID', 'User ID', 'User-level tags']);
    expect(value(panel, 'user', 'customerPhone')).to.equal(conversation.customer.phone ?? '—');
    expect(value(panel, 'user', 'customerName')).to.equal(conversation.customer.name ?? '—');
    expect(value(panel, 'user', 'channelUserId')).to.equal(conversation.identifiers.channelUserId ?? '—');
    expect(value(panel, 'user', 'userId')).to.equal(conversation.identifiers.userId ?? conversation.customer.userId);
    for (const tag of conversation.userTags) expect(value(panel, 'user', 'userTags')).to.include(tag);

    const obscured = await mount(testClient('analyst'), id, 'user');
    await loadedTab(obscured, 'user');
    expect(value(obscured, 'user', 'customerPhone')).to.equal('Hidden');
    expect(value(obscured, 'user', 'customerName')).to.equal('Hidden');
    expect(textOf(obscured.shadowRoot)).not.to.include(conversation.customer.phone!);
    await expect(obscured).to.be.accessible();
  });

  it('copies each identifier, announces it, and fires copy', async () => {
    const id = await findConversation({ channel: ['voice'], status: ['completed'] });
    const conversation = await testClient().conversations.get(id);
    const clipboard = captureClipboard();
    try {
      const panel = await mount(testClient(), id, 'identifiers');
      await loadedTab(panel, 'identifiers');
      expect(labels(panel, 'identifiers')).to.deep.equal(['Call ID', 'Session ID', 'Channel User ID', 'Call Conversation ID', 'Agent Conversation ID', 'User ID', 'Campaign Instance ID']);
      const copy = field(panel, 'identifiers', 'sessionId').querySelector<HTMLButtonElement>('button.copy')!;
      expect(copy.getAttribute('aria-label')).to.equal('Copy Session ID');
      setTimeout(() => copy.click());
      const event = (await oneEvent(panel, 'id-copy')) as InsightsCopyEvent;
      expect(event.field).to.equal('sessionId');
      expect(event.text).to.equal(conversation.identifiers.sessionId);
      expect(clipboard.writes).to.deep.equal([conversation.identifiers.sessionId]);
      await announced('Session ID copied');
    } finally {
      clipboard.restore();
    }
  });

  it('Copy All puts the spec’s list (start and end time, caller and callee included) on the clipboard and confirms it', async () => {
    const id = await findConversation({ channel: ['voice'], status: ['completed'] });
    const conversation = await testClient().conversations.get(id);
    const clipboard = captureClipboard();
    try {
      const panel = await mount(testClient(), id, 'identifiers');
      await loadedTab(panel, 'identifiers');
      const button = panelOf(panel, 'identifiers').querySelector<HTMLButtonElement>('button.copy-all')!;
      expect(button.textContent!.trim()).to.equal('Copy All');
      setTimeout(() => button.click());
      const event = (await oneEvent(panel, 'id-copy')) as InsightsCopyEvent;
      const ids = conversation.identifiers;
      const dash = (v: string | null) => v ?? '—';
      const expected = [
        `Start Time: ${conversation.startTime}`,
        `End time: ${dash(conversation.endTime)}`,
        `Caller ID: ${dash(ids.callId)}`,
        `Session ID: ${dash(ids.sessionId)}`,
        `Channel User ID: ${dash(ids.channelUserId)}`,
        `Call Conversation ID: ${dash(ids.callConversationId)}`,
        `Agent Conversation ID: ${dash(ids.agentConversationId)}`,
        `User ID: ${dash(ids.userId)}`,
        `Caller: ${dash(conversation.caller)}`,
        `Callee: ${dash(conversation.callee)}`,
      ].join('\n');
      expect(event.field).to.equal('all');
      expect(clipboard.writes).to.deep.equal([expected]);
      expect(conversation.caller, 'a supervisor sees the caller').to.match(/\S/);
      await until(() => button.textContent!.trim() === 'Copied', 'button confirms');
      expect($(panel, '.toast')!.textContent).to.equal('All identifiers copied');
      await announced('All identifiers copied');
      await expect(panel).to.be.accessible();
    } finally {
      clipboard.restore();
    }
  });
});
