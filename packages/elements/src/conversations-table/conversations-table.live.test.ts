// Sizing, windowing under a fling, and the list as it changes under the reader: live rows vs open
// menus, paused updates, ended conversations leaving an "In Progress" list, ticking durations, and the
// export items that act on the whole list or on old conversations.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { ConversationSummary } from '@conversations-kit/sdk';
import { testClient, until } from '../test-support/backend.js';
import './conversations-table.define.js';
import type { ConversationsTable } from './conversations-table.js';
import type { ExportCompleteEvent } from './events.js';
import { createMemoryClient, memoryRow } from './testing/memory-client.js';
import { cellText, key, loaded, openExportMenu, openRowMenu, row, rowsOf, shadow, toastText } from './testing/table-helpers.js';

const frame = () => new Promise((r) => requestAnimationFrame(() => r(null)));
const live = (n: number, extra: Partial<ConversationSummary> = {}): ConversationSummary => ({
  ...memoryRow(0),
  id: `conv_live_${n}`,
  customer: { ...memoryRow(0).customer, name: `Live Customer ${n}` },
  status: 'in_progress',
  startTime: new Date(Date.now() + n * 1000).toISOString(),
  ...extra,
});

describe('<conversations-table> sizing and windowing', () => {
  it('stays virtualized with the usual author style (display: block; height: 600px)', async () => {
    const wrap = await fixture<HTMLElement>(html`<div>
      <style>
        conversations-table {
          display: block;
          height: 600px;
        }
      </style>
      <conversations-table .client=${createMemoryClient({ count: 1000 })}></conversations-table>
    </div>`);
    const el = wrap.querySelector('conversations-table')!;
    await loaded(el);
    expect(el.getBoundingClientRect().height).to.equal(600);
    expect(shadow(el).querySelectorAll('.row[data-index]').length).to.be.within(10, 30);
  });

  it('takes a sensible height of its own when the page gives it none, never rendering every row', async () => {
    // The README's snippet: a table in a page that sets no height anywhere.
    const wrap = await fixture<HTMLElement>(html`<section><conversations-table .client=${createMemoryClient({ count: 1000 })}></conversations-table></section>`);
    const el = wrap.querySelector('conversations-table')!;
    await loaded(el);
    // 480 px of content inside the 1 px border.
    expect(el.getBoundingClientRect().height).to.be.within(480, 482);
    expect(shadow(el).querySelectorAll('.row[data-index]').length).to.be.within(5, 20);
    for (const display of ['flex', 'grid', 'inline-block']) {
      el.style.display = display;
      el.style.width = '900px';
      await frame();
      expect(el.getBoundingClientRect().height, display).to.be.within(480, 482);
    }
  });

  it('keeps the DOM bounded while flinging a million rows', async () => {
    const el = await fixture<ConversationsTable>(
      html`<conversations-table style="height: 700px" no-live .client=${createMemoryClient({ count: 1_000_000, latencyMs: 20 })}></conversations-table>`,
    );
    await loaded(el);
    const count = () => shadow(el).querySelectorAll('*').length;
    const atRest = count();
    const scroller = shadow(el).querySelector<HTMLElement>('.scroller')!;
    let most = atRest;
    for (const sign of [1, -1]) {
      for (let v = 900; v > 4; v *= 0.85) {
        scroller.scrollTop += sign * v;
        await frame();
        most = Math.max(most, count(), 0);
      }
    }
    expect(shadow(el).querySelectorAll('.row[data-index]').length).to.be.lessThan(30);
    // Placeholders and loaded rows use the same row elements: flinging adds none.
    expect(most).to.be.at.most(atRest + 40);
    await until(() => !shadow(el).querySelector('.row[aria-busy="true"]') && rowsOf(el).length > 10, 'rows in view loaded after the fling');
  });
});

describe('<conversations-table> live rows', () => {
  it('keeps an open row menu on its conversation when a live row arrives, and inserts the row when it closes', async () => {
    const client = createMemoryClient({ count: 200 });
    const el = await fixture<ConversationsTable>(html`<conversations-table style="height: 500px" .client=${client}></conversations-table>`);
    await loaded(el);
    const first = row(el, 0)!;
    const id = first.dataset.id!;
    const customer = first.querySelector('.customer .text')!.textContent!;
    const items = await openRowMenu(el, 0);
    const menu = shadow(el).querySelector<HTMLElement>('#row-menu')!;
    expect(menu.querySelector('.menu-label')!.textContent).to.include(customer);
    client.pushLive(live(1));
    await until(() => shadow(el).querySelector('[part~="new-rows"]'), 'new rows button');
    // The row under the menu is still the conversation the menu was opened for.
    expect(row(el, 0)!.dataset.id).to.equal(id);
    expect(menu.querySelector('.menu-label')!.textContent).to.include(customer);
    expect(el.total).to.equal(200);
    expect(items.get('Download Transcript')).to.exist;
    key(menu.querySelector('[role="menuitem"]')!, 'Escape');
    await until(() => row(el, 0)?.dataset.id === 'conv_live_1', 'held row inserted once the menu closed');
    expect(el.total).to.equal(201);
    await expect(el).to.be.accessible();
  });

  it('pauses live updates: new conversations wait behind "N new conversations" until the reader shows them', async () => {
    const client = createMemoryClient({ count: 100 });
    const el = await fixture<ConversationsTable>(html`<conversations-table style="height: 500px" .client=${client}></conversations-table>`);
    await loaded(el);
    const pause = await until(() => shadow(el).querySelector('[part~="live-pause"]'), 'pause button').then(
      () => shadow(el).querySelector<HTMLButtonElement>('[part~="live-pause"]')!,
    );
    pause.click();
    await until(() => pause.getAttribute('aria-pressed') === 'true', 'paused');
    const top = row(el, 0)!.dataset.id;
    client.pushLive(live(1));
    client.pushLive(live(2));
    await until(() => shadow(el).querySelector('[part~="new-rows"]')?.textContent?.includes('2 new conversations'), 'two waiting');
    expect(row(el, 0)!.dataset.id).to.equal(top);
    expect(el.total).to.equal(100);
    await expect(el).to.be.accessible();
    shadow(el).querySelector<HTMLButtonElement>('[part~="new-rows"]')!.click();
    await until(() => row(el, 0)?.dataset.id === 'conv_live_2' && row(el, 1)?.dataset.id === 'conv_live_1', 'applied, newest first');
    expect(el.total).to.equal(102);
  });

  it('drops ended conversations from an "In Progress" list and from Supervisor view, with the count', async () => {
    const rows = [live(3), live(2), live(1)];
    for (const view of ['filter', 'supervisor'] as const) {
      const client = createMemoryClient({ rows: rows.map((r) => ({ ...r })) });
      const el = await fixture<ConversationsTable>(html`<conversations-table style="height: 500px" .client=${client}></conversations-table>`);
      if (view === 'filter') el.query = { status: ['in_progress'] };
      else el.supervisorView = true;
      await until(() => rowsOf(el).length === 3 && el.total === 3, `${view}: three in progress`);
      client.pushLive({ ...rows[1], status: 'completed', endTime: new Date().toISOString() }, 'conversation.ended');
      await until(() => rowsOf(el).length === 2, `${view}: the ended one left`);
      expect(rowsOf(el).map((r) => r.dataset.id)).to.deep.equal(['conv_live_3', 'conv_live_1']);
      expect(el.total).to.equal(2);
      expect(shadow(el).querySelector('.toolbar .summary')!.textContent).to.equal('2 conversations');
    }
  });

  it('ticks the Duration of in-progress conversations', async () => {
    const started = new Date(Date.now() - 65_000).toISOString();
    const client = createMemoryClient({ rows: [live(1, { startTime: started, durationSeconds: 0 })] });
    const el = await fixture<ConversationsTable>(html`<conversations-table style="height: 400px" no-live .client=${client}></conversations-table>`);
    await loaded(el);
    const first = cellText(row(el, 0)!, 'duration');
    expect(first).to.match(/^1m 0\ds$/);
    await until(() => cellText(row(el, 0)!, 'duration') !== first, 'the duration advanced', 4000);
  });
});

describe('<conversations-table> export and events against the reference server', () => {
  it('offers Preview Events in the row menu and in Export, and exports the whole list', async () => {
    const client = testClient('supervisor');
    const el = await fixture<ConversationsTable>(html`<conversations-table style="height: 500px" .client=${client}></conversations-table>`);
    await loaded(el);
    await until(() => el.capabilities, 'capabilities');
    const items = await openRowMenu(el, 0);
    items.get('Preview Events')!.click();
    const dialog = await until(() => shadow(el).querySelector('insights-events-dialog')?.shadowRoot?.querySelector('dialog[open]'), 'events dialog').then(
      () => shadow(el).querySelector('insights-events-dialog')!,
    );
    expect(dialog.getAttribute('conversation-id')).to.equal(row(el, 0)!.dataset.id);
    dialog.shadowRoot!.querySelector<HTMLDialogElement>('dialog')!.close();

    const exportItems = await openExportMenu(el);
    expect([...exportItems.keys()]).to.include('Preview Events');
    const all = [...exportItems.keys()].find((k) => k.startsWith('Export all'))!;
    expect(all).to.equal('Export all 1,000 conversations (.csv)');
    setTimeout(() => exportItems.get(all)!.click());
    const done = (await oneEvent(el, 'export-complete')) as ExportCompleteEvent;
    const lines = (await done.detail.blob.text()).trim().split(/\r?\n/);
    expect(lines.length).to.equal(1001);
    // Named in the user's local time.
    const now = new Date();
    const pad = (n: number) => String(n).padStart(2, '0');
    expect(done.detail.filename.startsWith(`conversations-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}-${pad(now.getHours())}`)).to.be.true;
  });

  it('leaves conversations over 30 days old out of Export Events and says which', async () => {
    const client = testClient('supervisor');
    const newest = (await client.conversations.list({ limit: 1 })).items[0];
    const oldest = (await client.conversations.list({ limit: 1, sort: 'startTime:asc' })).items[0];
    expect(Date.now() - Date.parse(oldest.startTime)).to.be.greaterThan(31 * 86_400_000);
    const el = await fixture<ConversationsTable>(
      html`<conversations-table style="height: 400px" .client=${client} .query=${{ conversationId: [newest.id, oldest.id] }}></conversations-table>`,
    );
    await until(() => rowsOf(el).length === 2, 'two rows');
    await until(() => el.capabilities, 'capabilities');
    const oldRow = rowsOf(el).find((r) => r.dataset.id === oldest.id)!;
    oldRow.querySelector<HTMLInputElement>('.col-select input')!.click();
    let items = await openExportMenu(el);
    expect(items.get('Export Events')!.getAttribute('aria-disabled')).to.equal('true');
    key(items.get('Export Events')!, 'Escape');
    await until(() => !shadow(el).querySelector('#export-menu:popover-open'), 'export menu closed');
    rowsOf(el).find((r) => r.dataset.id === newest.id)!.querySelector<HTMLInputElement>('.col-select input')!.click();
    items = await openExportMenu(el);
    expect(items.get('Export Events')!.getAttribute('aria-disabled')).to.equal('false');
    setTimeout(() => items.get('Export Events')!.click());
    const done = (await oneEvent(el, 'export-complete')) as ExportCompleteEvent;
    expect(done.detail.ids).to.deep.equal([newest.id]);
    await until(() => toastText(el).includes('left out'), 'left-out message');
    expect(toastText(el)).to.include('1 conversation was left out (over 30 days old');
  });
});
