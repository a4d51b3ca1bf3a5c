import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { createClient, type SipFlow } from '@conversations-kit/sdk';
import { backend, testClient, until } from '../test-support/backend.js';
import { findCall, isNormalCall } from './test-calls.js';
import type { DiagnosticsExportEvent } from './export-event.js';
import type { DiagnosticsTimeEvent } from './events.js';
import './conversation-diagnostics.define.js';
import type { ConversationDiagnostics } from './conversation-diagnostics.js';

const client = testClient('supervisor');
const text = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const $ = <T extends Element = HTMLElement>(el: ConversationDiagnostics, selector: string) => el.shadowRoot!.querySelector<T & Element>(selector);

async function mount(id: string, c = client) {
  return fixture<ConversationDiagnostics>(html`<conversation-diagnostics style="height: 720px; width: 1200px" .client=${c} conversation-id=${id}></conversation-diagnostics>`);
}

/** A client whose diagnostics export answers only after `ms`, so the progress state can be seen. */
function slowExportClient(ms: number) {
  const { baseUrl, tokens } = backend();
  return createClient({
    baseUrl,
    token: tokens.supervisor,
    fetch: async (input, init) => {
      const url = input instanceof Request ? input.url : String(input);
      if (url.includes('/diagnostics/export')) await new Promise((r) => setTimeout(r, ms));
      return fetch(input, init);
    },
  });
}

interface PcapFrame {
  src: string;
  dst: string;
}

/** Reads a classic libpcap file: header fields and each Ethernet/IPv4/UDP frame's addresses. */
async function readPcap(blob: Blob) {
  const view = new DataView(await blob.arrayBuffer());
  const magic = view.getUint32(0, true);
  const le = magic === 0xa1b2c3d4;
  const header = { magic: magic.toString(16), major: view.getUint16(4, le), minor: view.getUint16(6, le), linkType: view.getUint32(20, le) };
  const frames: PcapFrame[] = [];
  const ip = (at: number) => [0, 1, 2, 3].map((i) => view.getUint8(at + i)).join('.');
  for (let off = 24; off + 16 <= view.byteLength; ) {
    const included = view.getUint32(off + 8, le);
    const frame = off + 16;
    const etherType = view.getUint16(frame + 12);
    const ihl = (view.getUint8(frame + 14) & 0x0f) * 4;
    const protocol = view.getUint8(frame + 14 + 9);
    const udp = frame + 14 + ihl;
    if (etherType === 0x0800 && protocol === 17) {
      frames.push({ src: `${ip(frame + 26)}:${view.getUint16(udp)}`, dst: `${ip(frame + 30)}:${view.getUint16(udp + 2)}` });
    }
    off = frame + included;
  }
  return { header, frames };
}

async function openExportMenu(el: ConversationDiagnostics) {
  await until(() => $(el, '[part="export-button"]'), 'export button');
  $(el, '[part="export-button"]')!.click();
  await el.updateComplete;
}

describe('<conversation-diagnostics>', () => {
  let call: { id: string; flow: SipFlow };
  before(async function () {
    this.timeout(60_000);
    call = await findCall(client, isNormalCall, 'a normal answered call');
  });

  it('shows Flow, QoS and Agents as WAI-ARIA tabs, operable with the arrow keys', async () => {
    const el = await mount(call.id);
    await until(() => el.shadowRoot!.querySelectorAll('[role="tab"]').length === 3, 'tabs');
    const tabs = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[role="tab"]')];
    expect(tabs.map((t) => text(t))).to.deep.equal(['Flow', 'QoS', 'Agents']);
    expect(tabs[0].getAttribute('aria-selected')).to.equal('true');
    // Only the open tab's view is built.
    expect($(el, 'sip-flow-diagram')).to.exist;
    expect($(el, 'qos-chart')).to.equal(null);
    tabs[0].focus();
    tabs[0].dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, composed: true }));
    await until(() => el.tab === 'qos' && el.shadowRoot!.activeElement === tabs[1], 'QoS tab focused');
    expect($(el, '#panel-qos')!.hidden).to.be.false;
    expect($(el, '#panel-flow')!.hidden).to.be.true;
    expect($(el, 'qos-chart')!.getAttribute('conversation-id')).to.equal(call.id);
    tabs[1].dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true, composed: true }));
    await until(() => el.tab === 'agents', 'Agents tab');
    await until(() => $(el, 'call-participants')?.shadowRoot?.querySelector('tbody tr'), 'participants');
    await expect(el).to.be.accessible();
  });

  it('exports PCAP: a classic libpcap file with one Ethernet/UDP frame per message of the flow', async () => {
    const el = await mount(call.id);
    await openExportMenu(el);
    expect([...el.shadowRoot!.querySelectorAll('[role="menuitem"]')].map((i) => text(i))).to.deep.equal([
      'Export PCAP', 'Export TEXT', 'Export ladder (SVG)', 'Export ladder (HTML)',
    ]);
    setTimeout(() => $(el, '[data-format="pcap"]')!.click());
    const event = (await oneEvent(el, 'diagnostics-export')) as DiagnosticsExportEvent;
    event.preventDefault();
    expect(event.detail.filename).to.match(/\.pcap$/);
    const { header, frames } = await readPcap(event.detail.blob);
    // tshark reads exactly this: magic a1b2c3d4, version 2.4, link type 1 (Ethernet).
    expect(header).to.deep.equal({ magic: 'a1b2c3d4', major: 2, minor: 4, linkType: 1 });
    expect(frames.length).to.equal(call.flow.messages.length);
    expect(frames.slice(0, 5)).to.deep.equal(call.flow.messages.slice(0, 5).map((m) => ({ src: `${m.srcIp}:${m.srcPort}`, dst: `${m.dstIp}:${m.dstPort}` })));
    await until(() => $(el, '.export-status.done'), 'done status');
    expect(text($(el, '.export-status'))).to.match(/^Saved .+\.pcap \(\d/);
  });

  it('after a TEXT export, an SVG and then an HTML ladder export each name their own file in the status', async () => {
    const el = await mount(call.id);
    el.addEventListener('diagnostics-export', (e) => e.preventDefault());
    await openExportMenu(el);
    $(el, '[data-format="text"]')!.click();
    await until(() => /\.txt/.test(text($(el, '.export-status.done'))), 'TEXT saved');
    await until(() => (el as unknown as { ladder?: { hasFlow: boolean } }).ladder?.hasFlow, 'ladder loaded', 15_000);
    for (const format of ['svg', 'html'] as const) {
      await openExportMenu(el);
      $(el, `[data-format="${format}"]`)!.click();
      await until(() => new RegExp(`\\.${format} \\(`).test(text($(el, '.export-status.done'))), `${format} status`);
      expect(text($(el, '.export-status'))).to.match(new RegExp(`^Saved sip-flow-.+\\.${format} \\(\\d`));
      expect(text($(el, '.export-status'))).not.to.include('.txt');
    }
  });

  it('shows progress while the backend prepares TEXT, and the text names every message', async () => {
    const el = await mount(call.id, slowExportClient(400));
    await openExportMenu(el);
    $(el, '[data-format="text"]')!.click();
    await until(() => $(el, '.export-status.running'), 'progress');
    expect(text($(el, '.export-status.running'))).to.include('Exporting TEXT…');
    expect($(el, '.export-status progress')).to.exist;
    expect($(el, '[part="export-button"]')!.getAttribute('aria-busy')).to.equal('true');
    const event = (await oneEvent(el, 'diagnostics-export')) as DiagnosticsExportEvent;
    event.preventDefault();
    const dump = await event.detail.blob.text();
    expect(event.detail.filename).to.match(/\.txt$/);
    expect(dump).to.include(call.flow.messages[0].label);
    expect(dump).to.include(call.flow.messages[0].callId!);
    await until(() => $(el, '.export-status.done'), 'done');
    await expect(el).to.be.accessible();
  });

  it('cancels an export in progress', async () => {
    const el = await mount(call.id, slowExportClient(2000));
    let exported = false;
    el.addEventListener('diagnostics-export', (e) => {
      exported = true;
      e.preventDefault();
    });
    await openExportMenu(el);
    $(el, '[data-format="pcap"]')!.click();
    await until(() => $(el, '.export-status.running button'), 'cancel button');
    $(el, '.export-status.running button')!.click();
    await until(() => text($(el, '.export-status')).includes('Export cancelled'), 'cancelled');
    expect(exported).to.be.false;
  });

  it('exports the ladder as SVG from the menu once the flow is shown', async () => {
    const el = await mount(call.id);
    await until(() => el.shadowRoot!.querySelector('sip-flow-diagram')?.hasFlow, 'flow loaded');
    await openExportMenu(el);
    expect($(el, '[data-format="svg"]')!.getAttribute('aria-disabled')).to.equal('false');
    setTimeout(() => $(el, '[data-format="svg"]')!.click());
    const event = (await oneEvent(el, 'diagnostics-export')) as DiagnosticsExportEvent;
    event.preventDefault();
    expect(event.detail.format).to.equal('svg');
    const svg = await event.detail.blob.text();
    expect(svg.startsWith('<svg')).to.be.true;
    expect(svg).to.include('>INVITE');
  });

  it('forwards markTime() to every view and lets their time-hover events out', async () => {
    const el = await mount(call.id);
    await until(() => el.shadowRoot!.querySelector('sip-flow-diagram')?.hasFlow, 'flow loaded');
    const offset = call.flow.messages[3].offsetSeconds;
    el.markTime(offset);
    const ladder = el.shadowRoot!.querySelector('sip-flow-diagram')!;
    await until(() => ladder.shadowRoot!.querySelector('.msg[aria-current="time"]'), 'marked message');
    const marked = ladder.shadowRoot!.querySelector<HTMLElement>('.msg[aria-current="time"]')!;
    expect(call.flow.messages[Number(marked.dataset.index)].offsetSeconds).to.equal(offset);
    setTimeout(() => marked.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true })));
    const event = (await oneEvent(el, 'diagnostics-time-hover')) as DiagnosticsTimeEvent;
    expect(event.offsetSeconds).to.be.closeTo(offset, 0.01);
  });

  it('is for voice calls only, and needs diagnostics.view', async () => {
    const chat = (await client.conversations.list({ channel: ['chat'], limit: 1 })).items[0];
    const el = await mount(chat.id);
    await until(() => $(el, '[part~="not-voice"]'), 'voice-only notice');
    expect(text($(el, '[part~="not-voice"]'))).to.include('This option is available only for voice Conversations.');
    const viewer = await mount(call.id, testClient('viewer'));
    await until(() => $(viewer, '.no-permission'), 'no permission');
    expect($(viewer, '[part="export-button"]')).to.equal(null);
    await expect(viewer).to.be.accessible();
  });
});
