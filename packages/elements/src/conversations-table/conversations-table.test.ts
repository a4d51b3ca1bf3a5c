import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { unzipSync, strFromU8 } from 'fflate';
import type { ConversationSummary } from '@conversations-kit/sdk';
import { testClient, until } from '../test-support/backend.js';
import './conversations-table.define.js';
import type { ConversationsTable } from './conversations-table.js';
import type { ExportCompleteEvent } from './events.js';
import { createMemoryClient, memoryRow } from './testing/memory-client.js';
import {
  cellText, collectRows, focusedIn, key, loaded, openExportMenu, openRowMenu, row, rowsOf, shadow, toastText, toolbarText, tooltipOf,
} from './testing/table-helpers.js';

async function mount(client: unknown = testClient(), extra: Partial<ConversationsTable> = {}) {
  const el = await fixture<ConversationsTable>(html`<conversations-table style="height: 500px" .client=${client}></conversations-table>`);
  Object.assign(el, extra);
  return el;
}

const tierOf = (r: HTMLElement) => r.querySelector('.tier')?.className.replace('tier', '').trim() ?? '';

describe('<conversations-table>', () => {
  describe('list', () => {
    it('shows real conversations from the backend, newest first', async () => {
      const el = await mount();
      await loaded(el);
      const rows = rowsOf(el);
      expect(rows.length).to.be.greaterThan(5);
      const firstCells = rows.slice(0, 5).map((r) => r.querySelector('[role="gridcell"].col-start')!.textContent!.trim());
      expect(firstCells.every((text) => text.length > 0 && text !== '—')).to.be.true;
      expect(shadow(el).querySelector('[role="columnheader"][aria-sort]')!.getAttribute('aria-sort')).to.equal('descending');
      expect(toolbarText(el)).to.equal('1,000 conversations');
      expect(shadow(el).querySelector('[role="grid"]')!.getAttribute('aria-rowcount')).to.equal('1001');
    });

    it('shows every column of the spec with its exact header', async () => {
      const el = await mount();
      await loaded(el);
      const headers = [...shadow(el).querySelectorAll('[role="columnheader"]')].map((h) => h.textContent!.replace(/\s+/g, ' ').trim());
      expect(headers.slice(1)).to.deep.equal(['Customer', 'Actions', 'Support Agent', 'Start Time', 'Duration', 'Agents', 'Queues', 'Skills', 'Status']);
      const first = rowsOf(el)[0];
      const labels = [...first.querySelectorAll('.customer-icons [role="img"]')].map((i) => i.getAttribute('aria-label'));
      expect(labels[0]).to.match(/^Direction: (Inbound|Outbound)$/);
      expect(labels[1]).to.match(/^Channel: (Voice|Chat|Email|Messaging)$/);
      expect(labels[2]).to.match(/^Language: /);
    });

    it('names statuses exactly as the spec does', async () => {
      const el = await mount(testClient(), { query: { status: ['completed_drop_off'] } });
      await loaded(el);
      expect(rowsOf(el).every((r) => cellText(r, 'status') === 'Completed (Drop Off)')).to.be.true;
      el.query = { status: ['completed_ai_agent_hangup'] };
      await until(() => rowsOf(el).length && rowsOf(el).every((r) => cellText(r, 'status') === 'Completed (AI Agents Hangup)'), 'AI hangup');
      el.query = { status: ['in_progress'] };
      await until(() => rowsOf(el).length && rowsOf(el).every((r) => cellText(r, 'status') === 'In Progress'), 'in progress');
    });

    it('shows the user ID instead of the customer when PII is obscured', async () => {
      const viewer = testClient('viewer');
      const el = await mount(viewer);
      await loaded(el);
      const first = (await viewer.conversations.list({ limit: 1 })).items[0];
      expect(first.customer.obscured).to.be.true;
      expect(rowsOf(el)[0].querySelector('.customer .text')!.textContent).to.equal(first.customer.userId);
    });

    it('shows the last queue, and +N opens the queues in the order entered', async () => {
      const client = testClient();
      const many = (await client.conversations.list({ limit: 200 })).items.find((c) => c.queues.length > 1)!;
      const el = await mount(client, { query: { conversationId: [many.id] } });
      await loaded(el);
      const r = rowsOf(el)[0];
      expect(cellText(r, 'queues')).to.equal(`${many.queues.at(-1)!.name} +${many.queues.length - 1}`);
      r.querySelector<HTMLButtonElement>('.col-queues .more-btn')!.click();
      const pop = shadow(el).querySelector<HTMLElement>('#list-popover')!;
      await until(() => pop.matches(':popover-open'), 'queue list');
      expect([...pop.querySelectorAll('ol li')].map((li) => li.textContent)).to.deep.equal(many.queues.map((q) => q.name));
      await expect(el).to.be.accessible();
    });

    it('sorts oldest first when the Start Time header is activated', async () => {
      const client = testClient();
      const el = await mount(client);
      await loaded(el);
      const newest = (await client.conversations.list({ limit: 1, sort: 'startTime:desc' })).items[0];
      const oldest = (await client.conversations.list({ limit: 1, sort: 'startTime:asc' })).items[0];
      expect(rowsOf(el)[0].textContent).to.include(el.format.dateTime(newest.startTime));
      setTimeout(() => shadow(el).querySelector<HTMLButtonElement>('button.sort')!.click());
      const changed = await oneEvent(el, 'sort-change');
      expect(changed.detail).to.deep.equal({ sort: 'startTime:asc', search: false });
      await until(() => shadow(el).querySelector('[aria-sort="ascending"]') && rowsOf(el)[0]?.textContent?.includes(el.format.dateTime(oldest.startTime)), 'ascending rows');
    });

    it('shows the empty state when nothing matches', async () => {
      const el = await mount(testClient(), { query: { conversationId: ['conv_none'] } });
      await until(() => shadow(el).querySelector('.state.empty'), 'empty state');
      expect(shadow(el).textContent).to.include('No conversations match');
    });
  });

  describe('states', () => {
    it('says why when the token is rejected, and recovers on Retry', async () => {
      const el = await mount(testClient('supervisor', { token: 'wrong-token' }));
      await until(() => shadow(el).querySelector('[role="alert"]'), 'error state');
      expect(shadow(el).querySelector('[role="alert"]')!.textContent).to.include(el.t.errorUnauthorized);
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
      await until(() => shadow(el).querySelector('[part~="retry-button"]'), 'retry button');
      expect(shadow(el).querySelector('[role="alert"]')!.textContent).to.include(el.t.errorNetwork);
      shadow(el).querySelector<HTMLButtonElement>('[part~="retry-button"]')!.click();
      await loaded(el);
    });

    it('shows the no-permission panel when the backend answers 403', async () => {
      const forbidden = createMemoryClient();
      Object.assign(forbidden.conversations, { list: () => Promise.reject(Object.assign(new Error('Forbidden'), { status: 403, code: 'forbidden' })) });
      const el = await mount(forbidden);
      await until(() => shadow(el).querySelector('.state.no-permission'), 'no permission');
      expect(shadow(el).textContent).to.include('No access');
    });

    it('keeps the list when one row cannot be rendered', async () => {
      const el = await mount(createMemoryClient({ count: 40, brokenIndexes: [2] }));
      await loaded(el);
      const failed = shadow(el).querySelector('.row.failed')!;
      expect(failed.textContent).to.include('could not be shown');
      expect(failed.getAttribute('aria-rowindex')).to.equal('4');
      expect(rowsOf(el).length).to.be.greaterThan(8);
    });

    it('shows hostile strings as text', async () => {
      const hostile = { ...memoryRow(0), customer: { name: '<script>window.__pwned = 1</script><img src=x onerror=alert(1)>', phone: null, email: null, userId: 'u_1', obscured: false } };
      const el = await mount(createMemoryClient({ rows: [hostile as ConversationSummary] }));
      await loaded(el);
      expect(rowsOf(el)[0].querySelector('.customer .text')!.textContent).to.equal(hostile.customer.name);
      expect(shadow(el).querySelector('script, img[src="x"]')).to.equal(null);
      expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
    });
  });

  describe('keyboard', () => {
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
      setTimeout(() => key(second, 'Enter'));
      const entered = await oneEvent(el, 'conversation-select');
      expect(entered.detail.id).to.equal(entered.detail.conversation.id);
      expect(entered.detail.id).not.to.equal(clicked.detail.id);
    });

    it('moves focus through rows with the arrow keys, Home and End', async () => {
      const el = await mount();
      await loaded(el);
      const focused = () => focusedIn(el)?.dataset.index;
      rowsOf(el)[0].focus();
      key(focusedIn(el)!, 'ArrowDown');
      await until(() => focused() === '1', 'row 1 focused');
      key(focusedIn(el)!, 'ArrowDown');
      await until(() => focused() === '2', 'row 2 focused');
      key(focusedIn(el)!, 'ArrowUp');
      await until(() => focused() === '1', 'row 1 focused again');
      key(focusedIn(el)!, 'Home');
      await until(() => focused() === '0', 'first row focused');
      expect([...shadow(el).querySelectorAll<HTMLElement>('.row[data-index]')].filter((r) => r.tabIndex === 0)).to.have.length(1);
    });

    it('walks the whole grid: PageDown, End to row 1,000, Space selects, → and ← through a row, Escape back', async () => {
      const el = await mount();
      await loaded(el);
      rowsOf(el)[0].focus();
      key(focusedIn(el)!, 'PageDown');
      await until(() => Number(focusedIn(el)?.dataset.index) > 5, 'a page down');
      key(focusedIn(el)!, 'End');
      await until(() => focusedIn(el)?.dataset.index === '999' && focusedIn(el)?.dataset.id, 'last row focused and loaded');
      expect(focusedIn(el)!.getAttribute('aria-rowindex')).to.equal('1001');
      key(focusedIn(el)!, ' ');
      await until(() => focusedIn(el)?.getAttribute('aria-selected') === 'true', 'selected with Space');
      expect(toolbarText(el)).to.equal('1 conversation selected');
      const last = focusedIn(el)!;
      key(last, 'ArrowRight');
      await until(() => focusedIn(el)?.matches('input[type="checkbox"]'), 'checkbox focused');
      key(focusedIn(el)!, 'ArrowRight');
      await until(() => focusedIn(el)?.getAttribute('aria-controls') === 'row-menu', 'actions button focused');
      key(focusedIn(el)!, 'Escape');
      await until(() => focusedIn(el) === last, 'back on the row');
      key(last, 'Home');
      await until(() => focusedIn(el)?.dataset.index === '0', 'first row again');
      const tabbable = [...rowsOf(el)[0].querySelectorAll<HTMLElement>('input, button, [tabindex="0"]')].filter((c) => c.tabIndex === 0);
      expect(tabbable.length).to.be.greaterThan(1);
      expect([...rowsOf(el)[1].querySelectorAll<HTMLElement>('input, button')].every((c) => c.tabIndex === -1)).to.be.true;
    });

    it('opens the row menu from the keyboard and returns focus when it closes', async () => {
      const el = await mount();
      await loaded(el);
      const button = rowsOf(el)[0].querySelector<HTMLButtonElement>('[aria-controls="row-menu"]')!;
      button.focus();
      button.click();
      const menu = shadow(el).querySelector<HTMLElement>('#row-menu')!;
      await until(() => menu.matches(':popover-open') && focusedIn(el)?.getAttribute('role') === 'menuitem', 'first item focused');
      expect(focusedIn(el)!.textContent!.trim()).to.equal('Download Recording');
      key(focusedIn(el)!, 'ArrowDown');
      await until(() => focusedIn(el)!.textContent!.trim() === 'Download Transcript', 'next item');
      key(focusedIn(el)!, 'Escape');
      await until(() => focusedIn(el) === button && !menu.matches(':popover-open'), 'focus back on ⋮');
    });
  });

  describe('search results', () => {
    it('shows search results ranked as the spec describes, with the count and highlighted fragments', async () => {
      const client = testClient();
      const el = await mount(client, { search: { q: 'refund double charge', sort: 'relevance' } });
      await loaded(el);
      const api = await client.search.query({ q: 'refund double charge', limit: 60 });
      expect(toolbarText(el)).to.equal(`${api.total.toLocaleString()} results`);
      expect(row(el, 0)!.querySelector('.tier')!.textContent).to.equal('Exact match');
      const marks = [...row(el, 0)!.querySelectorAll('mark')].map((m) => m.textContent!.toLowerCase());
      expect(marks.some((m) => /refund|double|charge/.test(m))).to.be.true;
      await expect(el).to.be.accessible();
      const tiers = await collectRows(el, 60, tierOf);
      const rank = { exact: 0, all_words: 1, some_words: 2, id: 0 } as Record<string, number>;
      // Complete matches first, then every word, then some words.
      expect(tiers.map((t) => rank[t])).to.deep.equal([...tiers.map((t) => rank[t])].sort((a, b) => a - b));
      expect([...new Set(tiers)]).to.include.members(['exact', 'all_words', 'some_words']);
    });

    it('sorts search results by start time from the Start Time header', async () => {
      const client = testClient();
      const el = await mount(client, { search: { q: 'refund', sort: 'relevance' } });
      await loaded(el);
      expect(shadow(el).querySelector('[role="columnheader"][aria-sort]')!.getAttribute('aria-sort')).to.equal('none');
      shadow(el).querySelector<HTMLButtonElement>('button.sort')!.click();
      await until(() => shadow(el).querySelector('[aria-sort="descending"]'), 'descending');
      const newest = (await client.search.query({ q: 'refund', sort: 'startTime:desc', limit: 5 })).items.map((h) => h.conversation.id);
      await until(() => rowsOf(el).slice(0, 5).map((r) => r.dataset.id).join() === newest.join(), 'newest results first');
      expect(el.search).to.deep.equal({ q: 'refund', sort: 'startTime:desc' });
    });

    it('says only ID search is available when the backend has no full-text search', async () => {
      const el = await mount(createMemoryClient({ fullTextSearch: false, count: 50 }), { search: { q: 'refund', sort: 'relevance' } });
      await until(() => shadow(el).querySelector('.state.search-unavailable'), 'search unavailable');
      expect(shadow(el).textContent).to.include('Only ID search is available');
      el.search = { q: 'conv_0000007', sort: 'relevance' };
      await loaded(el);
      expect(rowsOf(el).map((r) => r.dataset.id)).to.deep.equal(['conv_0000007']);
      expect(rowsOf(el)[0].querySelector('.tier')!.textContent).to.equal('ID match');
    });
  });

  describe('selection and export', () => {
    it('selects rows and exports their metadata as CSV', async () => {
      const el = await mount();
      await loaded(el);
      const picked = rowsOf(el).slice(0, 3);
      for (const r of picked) r.querySelector<HTMLInputElement>('.col-select input')!.click();
      const selection = await until(() => el.selection.length === 3, 'three selected').then(() => el.selection.map((c) => c.id));
      expect(selection).to.deep.equal(picked.map((r) => r.dataset.id));
      expect(toolbarText(el)).to.equal('3 conversations selected');
      const items = await openExportMenu(el);
      expect([...items.keys()]).to.deep.equal(['Export Conversation Data', 'Export Transcripts', 'Export Events', 'Preview Events', 'Export all 1,000 conversations (.csv)']);
      setTimeout(() => items.get('Export Conversation Data')!.click());
      const done = (await oneEvent(el, 'export-complete')) as ExportCompleteEvent;
      expect(done.detail.kind).to.equal('conversations');
      expect(done.detail.filename).to.match(/^conversations-\d{4}-\d\d-\d\d-\d\d-\d\d-\d\d\.csv$/);
      const lines = (await done.detail.blob.text()).trim().split(/\r?\n/);
      expect(lines).to.have.length(4);
      for (const id of selection) expect(lines.some((l) => l.startsWith(id))).to.be.true;
      await until(() => toastText(el).startsWith('Export completed.'), 'completion message');
    });

    it('exports up to 25 transcripts as transcripts-YYYY-MM-DD-HH24-mm-SS.zip, blank where there is no transcript', async () => {
      const client = testClient();
      const all: ConversationSummary[] = [];
      for await (const c of client.conversations.iterate({ limit: 200 })) all.push(c);
      const without = all.filter((c) => !c.hasTranscript).slice(0, 2);
      const ids = [...without, ...all.filter((c) => c.hasTranscript).slice(0, 23)].map((c) => c.id);
      const el = await mount(client, { query: { conversationId: ids } });
      await until(() => rowsOf(el).length > 0 && el.total === 25, '25 rows');
      shadow(el).querySelector<HTMLInputElement>('[role="columnheader"] input[type="checkbox"]')!.click();
      await until(() => el.selection.length === 25, '25 selected');
      const items = await openExportMenu(el);
      expect(items.get('Export Transcripts')!.getAttribute('aria-disabled')).to.equal('false');
      setTimeout(() => items.get('Export Transcripts')!.click());
      const done = (await oneEvent(el, 'export-complete')) as ExportCompleteEvent;
      expect(done.detail.filename).to.match(/^transcripts-\d{4}-\d\d-\d\d-\d\d-\d\d-\d\d\.zip$/);
      const files = unzipSync(new Uint8Array(await done.detail.blob.arrayBuffer()));
      expect(Object.keys(files)).to.have.length(25);
      for (const c of without) {
        const name = Object.keys(files).find((f) => f.includes(c.id))!;
        expect(files[name].length, `${c.id} is blank`).to.equal(0);
      }
      const full = Object.keys(files).find((f) => f.includes(ids[5]))!;
      expect(strFromU8(files[full]).length).to.be.greaterThan(20);
    });

    it('explains at the 26th selection why transcripts cannot be exported', async () => {
      const client = testClient();
      const ids = (await client.conversations.list({ limit: 26 })).items.map((c) => c.id);
      const el = await mount(client, { query: { conversationId: ids } });
      await until(() => el.total === 26 && rowsOf(el).length > 0, '26 rows');
      rowsOf(el)[0].focus();
      // Select with Space, row after row, as a keyboard user would.
      for (let i = 0; i < 25; i++) {
        key(focusedIn(el)!, ' ');
        key(focusedIn(el)!, 'ArrowDown');
        await until(() => focusedIn(el)?.dataset.index === String(i + 1) && focusedIn(el)?.dataset.id, `row ${i + 1}`);
      }
      expect(el.selection).to.have.length(25);
      expect(toastText(el)).to.equal('');
      key(focusedIn(el)!, ' ');
      await until(() => el.selection.length === 26, '26 selected');
      expect(toastText(el)).to.include('You can select up to 25 conversations for transcript export');
      const items = await openExportMenu(el);
      const transcripts = items.get('Export Transcripts')!;
      expect(transcripts.getAttribute('aria-disabled')).to.equal('true');
      expect(await tooltipOf(transcripts)).to.equal('You can select up to 25 conversations for transcript export.');
      expect(items.get('Export Conversation Data')!.getAttribute('aria-disabled')).to.equal('false');
    });
  });

  describe('permissions and row actions', () => {
    it('keeps actions the caller lacks permission for visible but inactive, with the reason on focus', async () => {
      const el = await mount(testClient('viewer'));
      await loaded(el);
      await until(() => el.capabilities, 'capabilities');
      const items = await openRowMenu(el, 0);
      for (const label of ['Download Recording', 'Download Transcript', 'Download Latency Report']) {
        expect(items.get(label), label).to.exist;
        expect(items.get(label)!.getAttribute('aria-disabled'), label).to.equal('true');
      }
      expect(await tooltipOf(items.get('Download Transcript')!)).to.equal(el.t.noPermissionReason);
      expect(items.get('Copy Session ID')!.getAttribute('aria-disabled')).to.equal('false');
      shadow(el).querySelector<HTMLElement>('#row-menu')!.hidePopover();
      rowsOf(el)[0].querySelector<HTMLInputElement>('.col-select input')!.click();
      const exports = await openExportMenu(el);
      expect([...exports.values()].every((item) => item.getAttribute('aria-disabled') === 'true')).to.be.true;
      expect(await tooltipOf(exports.get('Export Events')!)).to.equal(el.t.noPermissionReason);
    });

    it('downloads a transcript as CSV and copies identifiers', async () => {
      const client = testClient('analyst');
      const withTranscript = (await client.conversations.list({ limit: 50 })).items.find((c) => c.hasTranscript && c.identifiers.sessionId)!;
      const el = await mount(client, { query: { conversationId: [withTranscript.id] } });
      await loaded(el);
      await until(() => el.capabilities, 'capabilities');
      let items = await openRowMenu(el, 0);
      setTimeout(() => items.get('Download Transcript')!.click());
      const done = (await oneEvent(el, 'export-complete')) as ExportCompleteEvent;
      expect(done.detail.kind).to.equal('transcript');
      expect(done.detail.filename).to.match(/\.csv$/);
      expect((await done.detail.blob.text()).length).to.be.greaterThan(20);
      items = await openRowMenu(el, 0);
      items.get('Copy Session ID')!.click();
      await until(() => toastText(el) === 'Session ID copied' || toastText(el).startsWith('Could not copy'), 'copy confirmation');
    });
  });

  describe('supervisor view', () => {
    it('changes the queue of an in-progress conversation and confirms the result', async () => {
      const client = testClient('supervisor');
      const el = await mount(client, { supervisorView: true });
      await loaded(el);
      await until(() => el.capabilities, 'capabilities');
      expect(rowsOf(el).every((r) => cellText(r, 'status') === 'In Progress')).to.be.true;
      const target = rowsOf(el)[0];
      const id = target.dataset.id!;
      const before = (await client.conversations.get(id)).queues.at(-1)!;
      target.querySelector<HTMLButtonElement>('[data-action="change-queue"]')!.click();
      const dialog = shadow(el).querySelector<HTMLDialogElement>('dialog.supervisor')!;
      await until(() => dialog.open && dialog.querySelector<HTMLSelectElement>('select:not([disabled])'), 'queue picker');
      expect(dialog.querySelector('h2')!.textContent).to.equal('Change Queue');
      const select = dialog.querySelector<HTMLSelectElement>('select')!;
      const option = [...select.options].find((o) => o.value && o.value !== before.id && !o.disabled)!;
      select.value = option.value;
      select.dispatchEvent(new Event('change'));
      dialog.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
      await until(() => !dialog.open, 'dialog closed');
      expect(toastText(el)).to.equal(`Conversation moved to the ${option.textContent!.trim()} queue.`);
      await until(() => cellText(row(el, 0)!, 'queues').startsWith(option.textContent!.trim()), 'row shows the new queue');
      expect((await client.conversations.get(id)).queues.at(-1)!.id).to.equal(option.value);
    });

    it('joins and assigns from the row menu', async () => {
      const client = testClient('supervisor');
      const el = await mount(client, { query: { status: ['in_progress'] } });
      await loaded(el);
      await until(() => el.capabilities, 'capabilities');
      let items = await openRowMenu(el, 0);
      expect(items.has('Join Conversation') && items.has('Assign') && items.has('Change Queue')).to.be.true;
      items.get('Join Conversation')!.click();
      const dialog = shadow(el).querySelector<HTMLDialogElement>('dialog.supervisor')!;
      await until(() => dialog.open, 'join dialog');
      dialog.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
      await until(() => toastText(el).startsWith('You joined the conversation'), 'joined');
      items = await openRowMenu(el, 0);
      items.get('Assign')!.click();
      await until(() => dialog.open && dialog.querySelector<HTMLSelectElement>('select:not([disabled])'), 'agent picker');
      const select = dialog.querySelector<HTMLSelectElement>('select')!;
      select.value = select.options[1].value;
      select.dispatchEvent(new Event('change'));
      dialog.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
      await until(() => toastText(el) === `Conversation assigned to ${select.options[1].textContent!.trim()}.`, 'assigned');
    });

    it('keeps supervisor actions inactive without permission, and on rows that are not in progress', async () => {
      const el = await mount(testClient('analyst'), { query: { status: ['in_progress'] } });
      await loaded(el);
      await until(() => el.capabilities, 'capabilities');
      const items = await openRowMenu(el, 0);
      expect(items.get('Assign')!.getAttribute('aria-disabled')).to.equal('true');
      expect(await tooltipOf(items.get('Assign')!)).to.equal(el.t.noPermissionReason);
    });
  });

  describe('live', () => {
    it('updates a row in place when the backend reports a change (SSE)', async () => {
      const client = testClient('supervisor');
      const el = await mount(client, { query: { status: ['in_progress'] } });
      await loaded(el);
      await until(() => shadow(el).querySelector('.live'), 'live indicator');
      const target = rowsOf(el)[0];
      const queues = (await client.catalogues.queues()).filter((q) => !cellText(target, 'queues').startsWith(q.name));
      await client.supervisor.changeQueue(target.dataset.id!, queues[0].id);
      await until(() => cellText(row(el, 0)!, 'queues').startsWith(queues[0].name), 'row updated from the live stream');
      expect(row(el, 0)!.dataset.id).to.equal(target.dataset.id);
    });

    it('adds new in-progress conversations at the top without moving the reader', async () => {
      const client = createMemoryClient({ count: 500 });
      const el = await mount(client);
      await loaded(el);
      const fresh = (n: number) => ({ ...memoryRow(0), id: `conv_live_${n}`, status: 'in_progress' as const, startTime: new Date(Date.now() + n * 1000).toISOString() });
      client.pushLive(fresh(1));
      await until(() => row(el, 0)?.dataset.id === 'conv_live_1', 'new row at the top');
      expect(el.total).to.equal(501);

      // A reader further down keeps their rows and their focus; a button offers the new ones.
      await el.focusRow(40);
      const reading = focusedIn(el)!;
      const readingId = reading.dataset.id;
      const topBefore = reading.getBoundingClientRect().top;
      client.pushLive(fresh(2));
      await until(() => shadow(el).querySelector('[part~="new-rows"]'), 'new rows button');
      expect(focusedIn(el)!.dataset.id).to.equal(readingId);
      expect(focusedIn(el)!.dataset.index).to.equal('41');
      expect(Math.abs(focusedIn(el)!.getBoundingClientRect().top - topBefore)).to.be.lessThan(2);
      expect(shadow(el).querySelector('[part~="new-rows"]')!.textContent).to.include('1 new conversation');
      shadow(el).querySelector<HTMLButtonElement>('[part~="new-rows"]')!.click();
      await until(() => focusedIn(el)?.dataset.id === 'conv_live_2', 'jumped to the newest');
    });
  });

  describe('scale', () => {
    it('reaches any row of a million: scrollToIndex, the last row, few DOM nodes and few requests', async () => {
      const client = createMemoryClient({ count: 1_000_000 });
      const el = await mount(client);
      await loaded(el);
      const spacer = shadow(el).querySelector<HTMLElement>('.spacer')!;
      expect(spacer.offsetHeight).to.be.lessThan(16_000_000);
      expect(shadow(el).querySelector('[role="grid"]')!.getAttribute('aria-rowcount')).to.equal('1000001');
      await el.scrollToIndex(500_000);
      await until(() => row(el, 500_000)?.dataset.id === 'conv_0500000', 'row 500,000');
      await el.scrollToIndex(999_999);
      await until(() => row(el, 999_999)?.dataset.id === 'conv_0999999', 'the last row');
      const last = row(el, 999_999)!;
      const grid = shadow(el).querySelector<HTMLElement>('[role="grid"]')!.getBoundingClientRect();
      expect(last.getBoundingClientRect().bottom).to.be.at.most(grid.bottom + 1);
      expect(last.getBoundingClientRect().top).to.be.at.least(grid.top);
      expect(last.getAttribute('aria-rowindex')).to.equal('1000001');
      expect(shadow(el).querySelectorAll('.row').length).to.be.lessThan(60);
      expect(client.calls.list).to.be.lessThan(20);
      // Scrolling to the very bottom with the scrollbar lands on the last row too.
      const scroller = shadow(el).querySelector<HTMLElement>('.scroller')!;
      await el.scrollToIndex(0);
      scroller.scrollTop = scroller.scrollHeight;
      await until(() => row(el, 999_999)?.dataset.id, 'last row after scrolling to the end');
    });

    it('pages forward when the backend does not count', async () => {
      const el = await mount(createMemoryClient({ count: 300, omitTotal: true }), { pageSize: 50 });
      await loaded(el);
      expect(shadow(el).querySelector('[role="grid"]')!.getAttribute('aria-rowcount')).to.equal('-1');
      const scroller = shadow(el).querySelector<HTMLElement>('.scroller')!;
      for (let i = 0; i < 20 && el.total < 300; i++) {
        scroller.scrollTop = scroller.scrollHeight;
        await new Promise((r) => setTimeout(r, 30));
      }
      await until(() => el.total === 300, 'all 300 rows');
    });
  });

  it('has no axe violations', async () => {
    const el = await mount();
    await loaded(el);
    rowsOf(el)[1].querySelector<HTMLInputElement>('.col-select input')!.click();
    await expect(el).to.be.accessible();
  });
});
