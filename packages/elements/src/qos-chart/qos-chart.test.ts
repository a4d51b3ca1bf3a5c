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
/** A report as another backend might send it: `points` reports every `stepSeconds` from 12:00 on each connection. */
function syntheticQos(connections: { src: string; dst: string; points: number; stepSeconds?: number }[]): QosReport {
  const stat = (values: number[]) => ({ min: Math.min(...values), avg: values.reduce((a, b) => a + b, 0) / values.length, max: Math.max(...values) });
  return {
    mosMethod: 'ITU-T G.107 E-model (simplified)',
    connections: connections.map(({ src, dst, points, stepSeconds = 1 }, c) => {
      const series = Array.from({ length: points }, (_, i) => ({
        at: new Date(Date.UTC(2026, 10, 25, 12) + i * stepSeconds * 1000).toISOString(),
        packets: (i + 1) * 50 * stepSeconds,
        octets: (i + 1) * 8000 * stepSeconds,
        highestSeqNo: 1000 + (i + 1) * 50 * stepSeconds,
        jitter: 2 + 30 * Math.abs(Math.sin(i / 300)),
        lsr: 0,
        mos: 4.3 - 1.6 * Math.abs(Math.sin(i / 500)),
        packetsLost: i % 7 === 0 ? 3 : 0,
      }));
      const of = (k: keyof (typeof series)[number]) => stat(series.map((p) => p[k] as number));
      return {
        id: `c${c}`, srcIp: src, srcPort: 40001, dstIp: dst, dstPort: 16385, ssrc: '0x1234abcd', reports: points,
        stats: { packets: of('packets'), octets: of('octets'), highestSeqNo: of('highestSeqNo'), jitter: of('jitter'), lsr: of('lsr'), mos: of('mos'), packetsLost: of('packetsLost') },
        series,
      };
    }),
  } as unknown as QosReport;
}

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
    // The reference backend reports RTCP for every answered call; another backend may have none.
    const el = await mount({ qos: syntheticQos([]) });
    await until(() => el.shadowRoot!.querySelector('.state.empty'), 'no-RTCP state');
    expect(text(el.shadowRoot!.querySelector('.state.empty'))).to.include('No RTCP received');
    expect(canvasOf(el)).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('explains a single report and one-way media', async function () {
    this.timeout(60_000);
    let el = await mount({ qos: syntheticQos([{ src: '172.31.11.64', dst: '50.19.12.248', points: 1 }]) });
    await until(() => el.shadowRoot!.querySelector('.notice'), 'notice');
    expect(text(el.shadowRoot!.querySelector('.notice'))).to.include('Only one report');
    expect((await chartOf(el)).data.datasets[0].data).to.have.length(1);
    const oneWay = await findByQos('one-way media', (q) => q.connections.length > 1 && q.connections.some((c) => !q.connections.some((o) => o.srcIp === c.dstIp && o.dstIp === c.srcIp)));
    el = await mount({ id: oneWay.id });
    await until(() => el.shadowRoot!.querySelector('.notice'), 'notice');
    expect(text(el.shadowRoot!.querySelector('.notice'))).to.include('One-way media');
    await expect(el).to.be.accessible();
  });

  for (const width of [400, 1400]) {
    it(`shows visible bars for a 2-hour call (7,200 reports) at ${width} px, each naming its time range`, async () => {
      const qos = syntheticQos([{ src: '172.31.11.64', dst: '50.19.12.248', points: 7200 }, { src: '50.19.12.248', dst: '172.31.11.64', points: 7200 }]);
      const el = await fixture<QosChart>(html`<qos-chart style=${`width: ${width}px`} .qos=${qos}></qos-chart>`);
      const chart = await chartOf(el);
      const bars = chart.getDatasetMeta(0).data as unknown as { x: number; y: number; base: number; width: number }[];
      const plot = chart.chartArea;
      // As many bars as fit, each wide enough to see, together spanning the plot.
      expect(bars.length).to.be.greaterThan(plot.width / 12);
      expect(bars.length).to.be.at.most(Math.ceil(plot.width / 5));
      for (const bar of bars) expect(bar.width).to.be.at.least(3);
      expect(bars[0].x - plot.left).to.be.lessThan(plot.width / 20);
      expect(plot.right - bars[bars.length - 1].x).to.be.lessThan(plot.width / 20);
      // Painted: the pixels in the middle of a bar are the bar's colour, not the background.
      const ctx = canvasOf(el)!.getContext('2d')!;
      const scale = canvasOf(el)!.width / canvasOf(el)!.clientWidth;
      let painted = 0;
      for (const bar of bars) {
        const [, , , alpha] = ctx.getImageData(Math.round(bar.x * scale), Math.round(((bar.y + bar.base) / 2) * scale), 1, 1).data;
        if (alpha > 200) painted++;
      }
      expect(painted).to.equal(bars.length);
      // Each bar is a bucket of reports: its tooltip names the time range, min / avg / max.
      const title = chart.options.plugins!.tooltip!.callbacks!.title as unknown as (items: { dataIndex: number }[]) => string;
      const label = chart.options.plugins!.tooltip!.callbacks!.label as unknown as (item: { dataIndex: number }) => string;
      expect(title([{ dataIndex: 0 }])).to.match(/^\S.* – \S.* \(\d+ reports\)$/);
      expect(label({ dataIndex: 0 })).to.match(/^MOS: avg .+ · min .+ · max .+$/);
    });
  }

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
