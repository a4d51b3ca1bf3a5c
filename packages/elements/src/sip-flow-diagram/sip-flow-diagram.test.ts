import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { SipFlow } from '@conversations-kit/sdk';
import { testClient, until } from '../test-support/backend.js';
import { findCall, isFailedCall, isNormalCall, isTransfer } from '../conversation-diagnostics/test-calls.js';
import type { DiagnosticsTimeEvent } from '../conversation-diagnostics/events.js';
import { failedCallFlow, largeFlow, transferFlow } from './test-flows.js';
import './sip-flow-diagram.define.js';
import type { SipFlowDiagram } from './sip-flow-diagram.js';

const client = testClient('supervisor');
const rows = (el: SipFlowDiagram) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('.msg')].sort((a, b) => Number(a.dataset.index) - Number(b.dataset.index));
const text = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
/** The label's own text (the message's label), without the Retransmission / SDP tags after it. */
const labelOf = (row: HTMLElement) => text([...row.querySelector('.label')!.childNodes].find((n) => n.nodeType === Node.TEXT_NODE));
const ready = (el: SipFlowDiagram) => until(() => rows(el).length > 0, 'ladder rows', 15_000);
const key = (el: SipFlowDiagram, k: string) =>
  el.shadowRoot!.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, composed: true }));

async function mount(attrs: { id?: string; flow?: SipFlow; role?: Parameters<typeof testClient>[0] } = {}) {
  const el = await fixture<SipFlowDiagram>(html`<sip-flow-diagram
    style="height: 640px; width: 1200px"
    .client=${attrs.role ? testClient(attrs.role) : client}
    .flow=${attrs.flow}
    conversation-id=${attrs.id ?? ''}
  ></sip-flow-diagram>`);
  return el;
}

describe('<sip-flow-diagram>', () => {
  it('draws a normal call in order: one column per endpoint, INVITE / 100 (Trying) / … / ACK, ports, +offset and Δ', async () => {
    const call = await findCall(client, isNormalCall, 'a normal answered call');
    const el = await mount({ id: call.id });
    await ready(el);
    // Column headers: every endpoint IP of the flow, in the backend's order.
    const heads = [...el.shadowRoot!.querySelectorAll('.lane-ip')].map((n) => text(n));
    expect(heads.slice(0, call.flow.endpoints.length)).to.deep.equal(call.flow.endpoints.map((e) => e.ip));
    // Rows follow the flow's order, with its labels.
    const shown = rows(el).slice(0, 10);
    expect(shown.map(labelOf)).to.deep.equal(call.flow.messages.slice(0, shown.length).map((m) => m.label));
    expect(labelOf(shown[0])).to.equal('INVITE');
    expect(shown.map(labelOf)).to.include('100 (Trying)');
    expect(shown.map(labelOf)).to.include('200 (OK)');
    expect(shown.map(labelOf)).to.include('ACK');
    const timeOf = (row: HTMLElement) => row.querySelector('.time')!.textContent!.split('\n');
    expect(timeOf(shown[0])[1]).to.equal('+0.000 s · Δ 0.000');
    expect(timeOf(shown[0])[0]).to.match(/^\d\d:\d\d:\d\d\.\d{3}$/);
    expect(timeOf(shown[1])[1]).to.equal(`+${call.flow.messages[1].offsetSeconds.toFixed(3)} s · Δ ${call.flow.messages[1].deltaSeconds.toFixed(3)}`);
    expect(text(shown[0].querySelector('.ports'))).to.match(/^5060 [→←] 5060$/);
    // Colour by kind, and the kind is in the accessible name, never colour alone.
    expect(shown[0].classList.contains('tone-request')).to.be.true;
    expect(shown.find((r) => labelOf(r) === '200 (OK)')!.classList.contains('tone-success')).to.be.true;
    expect(text(shown[0].querySelector('.visually-hidden'))).to.include(`INVITE, from ${call.flow.messages[0].srcIp}:5060 to ${call.flow.messages[0].dstIp}:5060`);
    // BYE and RTCP are further down the same list.
    const labels = call.flow.messages.map((m) => m.label);
    expect(labels).to.include('BYE');
    expect(labels).to.include('RTCP');
    await expect(el).to.be.accessible();
  });

  it('shows a failed call (486 / 487 / 503) from the reference server with its failure response and ACK', async function () {
    this.timeout(60_000); // may read every voice call's flow to find one
    const call = await findCall(client, isFailedCall, 'a failed call (486/487/503)');
    const el = await mount({ id: call.id });
    await ready(el);
    const failure = call.flow.messages.find((m) => m.statusCode !== null && [486, 487, 503].includes(m.statusCode))!;
    const index = call.flow.messages.indexOf(failure);
    await el.focusMessage(index);
    const row = el.shadowRoot!.querySelector<HTMLElement>(`.msg[data-id="${failure.id}"]`)!;
    expect(labelOf(row)).to.equal(failure.label);
    expect(row.classList.contains('tone-failure')).to.be.true;
    expect(call.flow.messages.slice(index).some((m) => m.method === 'ACK' && m.kind === 'request')).to.be.true;
  });

  it('shows a transfer from the reference server: REFER, 202 (Accepted), NOTIFY and the new leg', async function () {
    this.timeout(60_000);
    const call = await findCall(client, isTransfer, 'a transfer (REFER)');
    const el = await mount({ id: call.id });
    await ready(el);
    const refer = call.flow.messages.findIndex((m) => m.method === 'REFER' && m.kind === 'request');
    await el.focusMessage(refer);
    await until(() => el.shadowRoot!.querySelector(`.msg[data-index="${refer}"]`), 'REFER row');
    expect(labelOf(el.shadowRoot!.querySelector<HTMLElement>(`.msg[data-index="${refer}"]`)!)).to.equal('REFER');
    expect(call.flow.messages.some((m) => m.label === '202 (Accepted)')).to.be.true;
    expect(el.shadowRoot!.querySelectorAll('.lane-head').length).to.be.greaterThan(3);
  });

  it('labels hand-made 486, 487 and 503 calls and a transfer given through .flow', async () => {
    for (const code of [486, 487, 503] as const) {
      const el = await mount({ flow: failedCallFlow(code) });
      await ready(el);
      const labels = rows(el).map(labelOf);
      expect(labels).to.include(code === 486 ? '486 (Busy Here)' : code === 487 ? '487 (Request Terminated)' : '503 (Service Unavailable)');
      expect(labels.at(-1)).to.equal('ACK');
      if (code === 487) expect(labels).to.include('CANCEL');
      else expect(rows(el).some((r) => r.querySelector('.tag.retrans'))).to.be.true;
    }
    const el = await mount({ flow: transferFlow() });
    await ready(el);
    expect(rows(el).map(labelOf)).to.deep.equal(transferFlow().messages.map((m) => m.label));
    expect([...el.shadowRoot!.querySelectorAll('.lane-ip')].map(text)).to.deep.equal(['50.19.12.248', '172.31.11.64', '172.31.11.62', '198.51.100.20']);
  });

  it('shows the raw message with headers and an SDP summary, with previous / next', async () => {
    const call = await findCall(client, isNormalCall, 'a normal answered call');
    const el = await mount({ id: call.id });
    await ready(el);
    const invite = call.flow.messages[0];
    setTimeout(() => rows(el)[0].click());
    const selected = await oneEvent(el, 'sip-message-select');
    expect(selected.detail.message!.id).to.equal(invite.id);
    await el.updateComplete;
    const details = el.shadowRoot!.querySelector('.details')!;
    expect(text(details.querySelector('.details-title'))).to.equal('INVITE');
    expect(text(details.querySelector('.raw'))).to.include(`Call-ID: ${invite.callId}`);
    expect(text(details.querySelector('.raw'))).to.include('v=0');
    const sdpRow = [...details.querySelectorAll('.sdp tbody td')].map(text);
    const media = invite.sdp!.media[0];
    expect(sdpRow).to.deep.equal([media.type, media.codec, media.address, String(media.port), media.direction]);
    details.querySelector<HTMLButtonElement>('[data-nav="next"]')!.click();
    await el.updateComplete;
    expect(el.selectedId).to.equal(call.flow.messages[1].id);
    expect(text(el.shadowRoot!.querySelector('.details-title'))).to.equal(call.flow.messages[1].label);
    el.shadowRoot!.querySelector<HTMLButtonElement>('[data-nav="previous"]')!.click();
    await el.updateComplete;
    expect(el.selectedId).to.equal(invite.id);
    expect(el.shadowRoot!.querySelector('[data-nav="previous"]')!.getAttribute('aria-disabled')).to.equal('true');
    await expect(el).to.be.accessible();
  });

  it('compares two messages side by side and marks the lines only one has', async () => {
    const el = await mount({ flow: failedCallFlow(486) });
    await ready(el);
    rows(el)[0].click();
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLButtonElement>('.compare')!.click();
    await el.updateComplete;
    rows(el)[2].click();
    await el.updateComplete;
    const sides = el.shadowRoot!.querySelectorAll('.compare-grid .message');
    expect(sides.length).to.equal(2);
    expect(text(el.shadowRoot!.querySelector('.details-title'))).to.equal('Comparing INVITE with INVITE');
    expect(sides[0].querySelectorAll('mark').length).to.be.greaterThan(0);
    expect(text(sides[1].querySelector('mark'))).to.include('Differs from the other message');
    await expect(el).to.be.accessible();
  });

  it('filters: hide RTCP, one method, one dialog', async () => {
    const flow = transferFlow();
    const el = await mount({ flow });
    await ready(el);
    expect(text(el.shadowRoot!.querySelector('.count'))).to.equal(`${flow.messages.length} messages`);
    el.hideRtcp = true;
    await until(() => !rows(el).some((r) => labelOf(r) === 'RTCP'), 'RTCP hidden');
    expect(text(el.shadowRoot!.querySelector('.count'))).to.equal(`Showing ${flow.messages.length - 1} of ${flow.messages.length} messages`);
    const method = el.shadowRoot!.querySelectorAll('select')[0] as HTMLSelectElement;
    method.value = 'INVITE';
    method.dispatchEvent(new Event('change'));
    await until(() => rows(el).length === 4, 'INVITE and its responses');
    expect(rows(el).map(labelOf)).to.deep.equal(['INVITE', '200 (OK)', 'INVITE', '200 (OK)']);
    el.filterMethod = '';
    const dialog = el.shadowRoot!.querySelectorAll('select')[1] as HTMLSelectElement;
    dialog.value = 'media';
    dialog.dispatchEvent(new Event('change'));
    await until(() => rows(el).length === 5, 'media dialog only');
    expect(rows(el).map(labelOf)).to.deep.equal(['REFER', '202 (Accepted)', 'NOTIFY', 'BYE', '200 (OK)']);
    // Deltas count from the previous shown message.
    expect(rows(el)[3].querySelector('.time')!.textContent!.split('\n')[1]).to.equal('+32.300 s · Δ 2.295');
  });

  it('walks messages with the keyboard; the focused row is selected and named', async () => {
    const call = await findCall(client, isNormalCall, 'a normal answered call');
    const el = await mount({ id: call.id });
    await ready(el);
    rows(el)[0].focus();
    const focused = () => (el.shadowRoot!.activeElement as HTMLElement | null)?.dataset.index;
    key(el, 'ArrowDown');
    await until(() => focused() === '1', 'second message focused');
    key(el, 'ArrowDown');
    await until(() => focused() === '2', 'third message focused');
    expect(el.selectedId).to.equal(call.flow.messages[2].id);
    expect(el.shadowRoot!.activeElement!.getAttribute('aria-selected')).to.equal('true');
    expect(text(el.shadowRoot!.activeElement!.querySelector('.visually-hidden'))).to.include(`${call.flow.messages[2].label}, from`);
    expect(text(el.shadowRoot!.activeElement!.querySelector('.visually-hidden'))).to.include(`Message 3 of ${call.flow.messages.length}`);
    key(el, 'ArrowUp');
    await until(() => focused() === '1', 'back to the second');
    key(el, 'End');
    await until(() => focused() === String(call.flow.messages.length - 1), 'last message');
    expect(text(el.shadowRoot!.querySelector('.details-title'))).to.equal(call.flow.messages.at(-1)!.label);
    key(el, 'Home');
    await until(() => focused() === '0', 'first message');
    key(el, 'Escape');
    await until(() => !el.shadowRoot!.querySelector('.details'), 'details closed');
    expect(rows(el).filter((r) => r.tabIndex === 0)).to.have.length(1);
  });

  it('fires diagnostics-time-hover on hover and focus, and marks the nearest message for markTime()', async () => {
    const flow = transferFlow();
    const el = await mount({ flow });
    await ready(el);
    setTimeout(() => rows(el)[4].dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true })));
    const hovered = (await oneEvent(el, 'diagnostics-time-hover')) as DiagnosticsTimeEvent;
    expect(hovered.offsetSeconds).to.equal(30);
    expect(hovered.at).to.equal(flow.messages[4].at);
    setTimeout(() => el.shadowRoot!.querySelector('.body')!.dispatchEvent(new PointerEvent('pointerleave')));
    const left = (await oneEvent(el, 'diagnostics-time-hover')) as DiagnosticsTimeEvent;
    expect(left.offsetSeconds).to.equal(null);
    el.markTime(30.09);
    await el.updateComplete;
    const marked = el.shadowRoot!.querySelector<HTMLElement>('.msg[aria-current="time"]')!;
    expect(labelOf(marked)).to.equal('INVITE');
    expect(marked.dataset.index).to.equal('7');
    el.markTime(null);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.msg[aria-current="time"]')).to.equal(null);
  });

  it('exports the ladder as shown as SVG, with backend text escaped', async () => {
    const flow = failedCallFlow(486);
    flow.endpoints[0].label = '<Carrier & "SBC">';
    const el = await mount({ flow });
    await ready(el);
    el.hideRtcp = true;
    await el.updateComplete;
    const svg = el.exportSvg()!;
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).to.equal(null);
    const texts = [...doc.querySelectorAll('text')].map((t) => t.textContent);
    expect(texts).to.include('<Carrier & "SBC">');
    expect(svg).not.to.include('<Carrier');
    expect(texts.filter((t) => t?.startsWith('486 (Busy Here)')).length).to.equal(3);
    expect(doc.querySelectorAll('line[marker-end]').length).to.equal(flow.messages.length);
    setTimeout(() => el.shadowRoot!.querySelector<HTMLButtonElement>('.toolbar .icon-btn')!.click());
    const exported = await oneEvent(el, 'diagnostics-export');
    exported.preventDefault();
    expect(exported.detail.format).to.equal('svg');
    expect(exported.detail.filename).to.match(/\.svg$/);
    expect(await exported.detail.blob.text()).to.equal(svg);
  });

  it('keeps the time column in place at 400 px while the endpoints scroll sideways', async () => {
    const call = await findCall(client, isTransfer, 'a transfer (REFER)');
    const el = await fixture<SipFlowDiagram>(html`<sip-flow-diagram style="height: 560px; width: 400px" .client=${client} conversation-id=${call.id}></sip-flow-diagram>`);
    await ready(el);
    const scroller = el.shadowRoot!.querySelector<HTMLElement>('.scroller')!;
    expect(scroller.scrollWidth).to.be.greaterThan(scroller.clientWidth + 100, 'the endpoints do not fit in 400 px');
    const time = () => rows(el)[0].querySelector<HTMLElement>('.time')!;
    const gutterHead = () => el.shadowRoot!.querySelector<HTMLElement>('.gutter-head')!;
    const before = { time: time().getBoundingClientRect().left, head: gutterHead().getBoundingClientRect().left };
    const lane = el.shadowRoot!.querySelector<HTMLElement>('.lane-head')!.getBoundingClientRect().left;
    scroller.scrollLeft = 300;
    scroller.dispatchEvent(new Event('scroll'));
    await until(() => el.shadowRoot!.querySelector<HTMLElement>('.lane-head')!.getBoundingClientRect().left < lane - 250, 'the endpoints scrolled');
    expect(time().getBoundingClientRect().left).to.be.closeTo(before.time, 1);
    expect(gutterHead().getBoundingClientRect().left).to.be.closeTo(before.head, 1);
    // The time is still readable: the column is opaque, above the arrows it covers.
    const box = time().getBoundingClientRect();
    const hit = el.shadowRoot!.elementFromPoint(box.left + 20, box.top + box.height / 2);
    expect(hit === time() || time().contains(hit)).to.be.true;
    expect(time().textContent).to.match(/^\d\d:\d\d:\d\d\.\d{3}\n\+/);
  });

  it('keeps 5,000 messages under 2,000 DOM nodes (virtualized rows)', async () => {
    const flow = largeFlow(5000);
    const el = await mount({ flow });
    await ready(el);
    expect(flow.messages.length).to.equal(5000);
    expect(el.shadowRoot!.querySelectorAll('*').length).to.be.lessThan(2000);
    el.shadowRoot!.querySelector('.scroller')!.scrollTop = 100_000;
    await until(() => rows(el).some((r) => Number(r.dataset.index) > 2000), 'rows further down');
    expect(el.shadowRoot!.querySelectorAll('*').length).to.be.lessThan(2000);
    await el.focusMessage(4999);
    await until(() => el.shadowRoot!.activeElement?.getAttribute('data-index') === '4999', 'last message focused');
    expect(el.shadowRoot!.activeElement!.getAttribute('aria-posinset')).to.equal('5000');
  });

  it('explains a missing permission and a non-voice conversation', async () => {
    const viewer = await mount({ id: (await client.conversations.list({ channel: ['voice'], limit: 1 })).items[0].id, role: 'viewer' });
    await until(() => viewer.shadowRoot!.querySelector('.no-permission'), 'no-permission panel');
    expect(text(viewer.shadowRoot!.querySelector('.no-permission'))).to.include(viewer.t.noPermissionTitle);
    const chat = (await client.conversations.list({ channel: ['chat'], limit: 1 })).items[0];
    const el = await mount({ id: chat.id });
    await until(() => el.shadowRoot!.querySelector('[role="alert"]'), 'error state');
    // The backend has no SIP flow for a chat (404): a readable message, and no Retry that could not help.
    expect(text(el.shadowRoot!.querySelector('[role="alert"]'))).to.match(/\S/);
    expect(el.shadowRoot!.querySelector('[part~="retry-button"]')).to.not.exist;
  });
});
