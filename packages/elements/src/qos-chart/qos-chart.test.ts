import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { resetMouse, sendMouse } from '@web/test-runner-commands';
import type { QosReport } from '@conversations-kit/sdk';
import { testClient, until } from '../test-support/backend.js';
import { findConversation, qosOf } from '../conversation-diagnostics/test-calls.js';
import type { DiagnosticsTimeEvent } from '../conversation-diagnostics/events.js';
import { mosBand } from './mos.js';
import './qos-chart.define.js';
import type { QosChart } from './qos-chart.js';

const client = testClient('supervisor');
const text = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
// The test page loads hundreds of modules: make room so Chart.js's own request is recorded.
performance.clearResourceTimings();
performance.setResourceTimingBufferSize(10_000);
const chartJsLoaded = () => performance.getEntriesByType('resource').some((r) => /\/chart\.js\/(dist|auto)\//.test(r.name));
const canvasOf = (el: QosChart) => el.shadowRoot!.querySelector('canvas');

async function chartOf(el: QosChart) {
  const { Chart } = await import('chart.js');
  await until(() => canvasOf(el) && Chart.getChart(canvasOf(el)!), 'chart drawn');
  return Chart.getChart(canvasOf(el)!)!;
}

async function mount(props: { id?: string; qos?: QosReport; callStart?: string }) {
  return fixture<QosChart>(html`<qos-chart
    style="width: 1100px"
    .client=${client}
    .qos=${props.qos}
    call-start=${props.callStart ?? ''}
    conversation-id=${props.id ?? ''}
  ></qos-chart>`);
}

const connectionsShown = (el: QosChart) => el.shadowRoot!.querySelectorAll('tr.conn');
const findByQos = (what: string, test: (qos: QosReport) => boolean) =>
  findConversation(client, async (c) => c.status === 'completed' && test(await qosOf(client, c.id)), what);
const good = (q: QosReport) => q.connections.length >= 2 && q.connections.every((c) => (c.stats.mos.min ?? 0) >= 4);
const bad = (q: QosReport) => q.connections.some((c) => (c.stats.mos.avg ?? 5) < 3.6);

describe('<qos-chart>', () => {
  it('loads Chart.js only when a chart is shown, with only the bar chart parts registered', async () => {
    expect(chartJsLoaded(), 'Chart.js loaded before any chart').to.be.false;
    const call = await findByQos('good quality', good);
    const el = await mount({ id: call.id });
    const chart = await chartOf(el);
    expect(chartJsLoaded()).to.be.true;
    const { Chart } = await import('chart.js');
    // TypedRegistry keeps what was registered in \`items\` (not in the public typings).
    const registered = (registry: unknown) => Object.keys((registry as { items: Record<string, unknown> }).items).sort();
    expect(registered(Chart.registry.controllers)).to.deep.equal(['bar']);
    expect(registered(Chart.registry.elements)).to.deep.equal(['bar']);
    expect(registered(Chart.registry.scales)).to.deep.equal(['category', 'linear']);
    expect(registered(Chart.registry.plugins)).to.deep.equal(['tooltip']);
    expect((chart.config as { type: string }).type).to.equal('bar');
  });

  it('shows a good call: one row per IP connection with min / avg / max of every metric', async function () {
    this.timeout(60_000);
    const call = await findByQos('good quality', good);
    const qos = await qosOf(client, call.id);
    const el = await mount({ id: call.id });
    await until(() => connectionsShown(el).length === qos.connections.length, 'connection rows');
    const first = qos.connections[0];
    const row = connectionsShown(el)[0];
    expect(text(row.querySelector('th'))).to.equal(`${first.srcIp}:${first.srcPort} → ${first.dstIp}:${first.dstPort}`);
    expect(text(row)).to.include('Good');
    const toggle = row.querySelector<HTMLButtonElement>('button[aria-expanded]')!;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    toggle.click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    const stats = el.shadowRoot!.querySelector(`#${toggle.getAttribute('aria-controls')} table.stats`)!;
    const metrics = [...stats.querySelectorAll(':scope > tbody > tr')].map((tr) => text(tr.querySelector('.metric-name')));
    expect(metrics).to.deep.equal(['Packets', 'Octets', 'Highest Seq No', 'IA Jitter (ms)', 'LSR', 'MOS', 'Packets Lost']);
    const packets = [...stats.querySelectorAll('tr[data-metric="packets"] td')].map((td) => text(td));
    expect(packets).to.deep.equal([first.stats.packets.min, first.stats.packets.avg, first.stats.packets.max].map((v) => el.format.number(v, 2)));
    const mos = [...stats.querySelectorAll('tr[data-metric="mos"] td')].map((td) => text(td));
    expect(mos[0]).to.equal(`${first.stats.mos.min!.toFixed(2)} (Good)`);
    // Every metric explains itself.
    expect(stats.querySelectorAll('button.info-btn').length).to.equal(7);
    await expect(el).to.be.accessible();
  });

  it('charts the chosen metric and connection over time, a tooltip per bar and the time cursor', async function () {
    this.timeout(60_000);
    const call = await findByQos('good quality', good);
    const qos = await qosOf(client, call.id);
    const el = await mount({ id: call.id, callStart: call.startTime });
    const chart = await chartOf(el);
    const series = qos.connections[0].series;
    expect(chart.data.datasets[0].data).to.deep.equal(series.map((s) => s.mos));
    // Keyboard: arrows walk the bars, each one read out, and the moment goes to the time cursor.
    const box = el.shadowRoot!.querySelector<HTMLElement>('.chart-box')!;
    box.focus();
    setTimeout(() => box.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true })));
    const hovered = (await oneEvent(el, 'diagnostics-time-hover')) as DiagnosticsTimeEvent;
    expect(hovered.at).to.equal(series[0].at);
    expect(hovered.offsetSeconds).to.be.closeTo((Date.parse(series[0].at) - Date.parse(call.startTime)) / 1000, 0.001);
    await until(() => text(el.shadowRoot!.querySelector('.chart-section [role="status"]')).includes('MOS:'), 'bar read out');
    expect(text(el.shadowRoot!.querySelector('.chart-section [role="status"]'))).to.include(`MOS: ${series[0].mos!.toFixed(2)} (Good)`);
    expect(chart.tooltip!.getActiveElements().map((a) => a.index)).to.deep.equal([0]);
    // The pointer over a bar does the same.
    const bar = chart.getDatasetMeta(0).data[2];
    const rect = canvasOf(el)!.getBoundingClientRect();
    setTimeout(() => void sendMouse({ type: 'move', position: [Math.round(rect.left + bar.x), Math.round(rect.top + bar.y + 5)] }));
    const pointed = (await oneEvent(el, 'diagnostics-time-hover')) as DiagnosticsTimeEvent;
    expect(pointed.at).to.equal(series[2].at);
    await resetMouse();
    // Another metric.
    const select = el.shadowRoot!.querySelector<HTMLSelectElement>('.chart-controls select')!;
    select.value = 'jitter';
    select.dispatchEvent(new Event('change'));
    await until(() => chart.data.datasets[0].data[0] === series[0].jitter, 'jitter plotted');
    // markTime() highlights the nearest bar.
    const offset = (Date.parse(series[3].at) - Date.parse(call.startTime)) / 1000;
    el.markTime(offset + 0.4);
    const highlight = getComputedStyle(el).getPropertyValue('--ck-color-highlight-current').trim();
    await until(() => (chart.data.datasets[0].backgroundColor as string[])[3] === highlight, 'bar 4 highlighted');
    el.markTime(null);
    await until(() => (chart.data.datasets[0].backgroundColor as string[])[3] !== highlight, 'highlight cleared');
  });

  it('shows a bad call in the poor band, bars coloured by band and named in the table', async function () {
    this.timeout(60_000);
    const call = await findByQos('poor quality', bad);
    const qos = await qosOf(client, call.id);
    const poor = qos.connections.find((c) => (c.stats.mos.avg ?? 5) < 3.6)!;
    const el = await mount({ id: call.id });
    await until(() => connectionsShown(el).length === qos.connections.length, 'connection rows');
    const row = el.shadowRoot!.querySelector(`tr.conn[data-connection="${poor.id}"]`)!;
    expect(text(row)).to.include(`${poor.stats.mos.avg!.toFixed(2)} Poor`);
    const select = el.shadowRoot!.querySelectorAll<HTMLSelectElement>('.chart-controls select')[1];
    select.value = poor.id;
    select.dispatchEvent(new Event('change'));
    const chart = await chartOf(el);
    const poorColour = getComputedStyle(el).getPropertyValue('--ck-color-mos-poor').trim();
    await until(() => chart.data.datasets[0].data[0] === poor.series[0].mos, 'poor connection plotted');
    const colours = chart.data.datasets[0].backgroundColor as string[];
    poor.series.forEach((s, i) => {
      if (mosBand(s.mos) === 'poor') expect(colours[i]).to.equal(poorColour);
    });
    await expect(el).to.be.accessible();
  });

  it('says so when no RTCP was received, with no empty chart', async function () {
    this.timeout(60_000);
    const call = await findByQos('without RTCP', (q) => q.connections.length === 0);
    const el = await mount({ id: call.id });
    await until(() => el.shadowRoot!.querySelector('.state.empty'), 'no-RTCP state');
    expect(text(el.shadowRoot!.querySelector('.state.empty'))).to.include('No RTCP received');
    expect(canvasOf(el)).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('explains a single report and one-way media', async function () {
    this.timeout(60_000);
    const single = await findByQos('a single RTCP report', (q) => q.connections.reduce((n, c) => n + c.reports, 0) === 1);
    let el = await mount({ id: single.id });
    await until(() => el.shadowRoot!.querySelector('.notice'), 'notice');
    expect(text(el.shadowRoot!.querySelector('.notice'))).to.include('Only one report');
    expect((await chartOf(el)).data.datasets[0].data).to.have.length(1);
    const oneWay = await findByQos('one-way media', (q) => q.connections.length > 1 && q.connections.some((c) => !q.connections.some((o) => o.srcIp === c.dstIp && o.dstIp === c.srcIp)));
    el = await mount({ id: oneWay.id });
    await until(() => el.shadowRoot!.querySelector('.notice'), 'notice');
    expect(text(el.shadowRoot!.querySelector('.notice'))).to.include('One-way media');
    await expect(el).to.be.accessible();
  });

  it('documents the MOS method in a tooltip', async () => {
    const call = await findByQos('good quality', good);
    const qos = await qosOf(client, call.id);
    const el = await mount({ id: call.id });
    await until(() => el.shadowRoot!.querySelector('.method'), 'method button');
    const button = el.shadowRoot!.querySelector<HTMLButtonElement>('.method')!;
    button.focus();
    const tip = el.shadowRoot!.querySelector('[role="tooltip"]')!;
    expect(text(tip)).to.include('good ≥ 4.0, fair 3.6–4.0, poor < 3.6');
    expect(text(tip)).to.include(qos.mosMethod.slice(0, 40));
    expect(button.getAttribute('aria-describedby')).to.equal(tip.id);
  });
});
