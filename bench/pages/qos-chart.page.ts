// Mounts <qos-chart> over a synthetic 2-hour call (7,200 reports per connection, generated before
// timing starts) and, as the in-run baseline, uPlot drawing the same series as bars.
import uPlot from 'uplot';
import type { QosReport } from '@conversations-kit/sdk';
import { QosChart } from '../../packages/elements/src/qos-chart/qos-chart.js';

if (!customElements.get('qos-chart')) customElements.define('qos-chart', QosChart);

const settle = () => new Promise<void>((r) => requestAnimationFrame(() => setTimeout(r, 0)));

function report(points: number): QosReport {
  const stat = (values: number[]) => ({ min: Math.min(...values), avg: values.reduce((a, b) => a + b, 0) / values.length, max: Math.max(...values) });
  const connections = [0, 1].map((c) => {
    const series = Array.from({ length: points }, (_, i) => ({
      at: new Date(Date.UTC(2026, 10, 25, 12) + i * 1000).toISOString(),
      packets: (i + 1) * 50, octets: (i + 1) * 8000, highestSeqNo: 1000 + (i + 1) * 50,
      jitter: 2 + 30 * Math.abs(Math.sin(i / 300 + c)), lsr: 0,
      mos: 4.3 - 1.6 * Math.abs(Math.sin(i / 500 + c)), packetsLost: i % 7 === 0 ? 3 : 0,
    }));
    const of = (k: 'packets' | 'octets' | 'highestSeqNo' | 'jitter' | 'lsr' | 'mos' | 'packetsLost') => stat(series.map((p) => p[k]));
    return {
      id: `c${c}`, srcIp: c ? '50.19.12.248' : '172.31.11.64', srcPort: 40001, dstIp: c ? '172.31.11.64' : '50.19.12.248', dstPort: 16385, ssrc: '0x1234abcd', reports: points,
      stats: { packets: of('packets'), octets: of('octets'), highestSeqNo: of('highestSeqNo'), jitter: of('jitter'), lsr: of('lsr'), mos: of('mos'), packetsLost: of('packetsLost') },
      series,
    };
  });
  return { connections, mosMethod: 'E-model' } as unknown as QosReport;
}

const data = report(7200);

declare global {
  interface Window {
    mountQos(width: number): Promise<{ ms: number; bars: number }>;
    switchQos(metric: string): Promise<{ ms: number }>;
    mountUplot(width: number): Promise<{ ms: number }>;
    switchUplot(metric: string): Promise<{ ms: number }>;
  }
}

let chart: QosChart | undefined;
window.mountQos = async (width) => {
  document.body.innerHTML = '';
  await settle();
  const started = performance.now();
  chart = document.createElement('qos-chart');
  chart.style.cssText = `display:block;width:${width}px`;
  chart.qos = data;
  document.body.append(chart);
  const { Chart } = await import('chart.js');
  for (;;) {
    const canvas = chart.shadowRoot?.querySelector('canvas');
    const drawn = canvas && Chart.getChart(canvas);
    if (drawn && drawn.getDatasetMeta(0).data.length) break;
    await new Promise((r) => setTimeout(r, 0));
  }
  await settle();
  const canvas = chart.shadowRoot!.querySelector('canvas')!;
  return { ms: performance.now() - started, bars: Chart.getChart(canvas)!.getDatasetMeta(0).data.length };
};

window.switchQos = async (metric) => {
  const { Chart } = await import('chart.js');
  const canvas = chart!.shadowRoot!.querySelector('canvas')!;
  const before = Chart.getChart(canvas)!.data.datasets[0].data;
  const started = performance.now();
  chart!.metric = metric as QosChart['metric'];
  while (Chart.getChart(canvas)!.data.datasets[0].data === before) await new Promise((r) => setTimeout(r, 0));
  await settle();
  return { ms: performance.now() - started };
};

let plot: uPlot | undefined;
const xs = data.connections[0].series.map((s) => Date.parse(s.at) / 1000);
const column = (metric: string) => data.connections[0].series.map((s) => (s as unknown as Record<string, number>)[metric]);
window.mountUplot = async (width) => {
  document.body.innerHTML = '';
  plot?.destroy();
  await settle();
  const started = performance.now();
  const host = document.createElement('div');
  document.body.append(host);
  plot = new uPlot(
    { width, height: 240, series: [{}, { stroke: '#2563eb', fill: '#2563eb', paths: uPlot.paths.bars!({ size: [0.8, 100] }) }], legend: { show: false } },
    [xs, column('mos')],
    host,
  );
  await settle();
  return { ms: performance.now() - started };
};
window.switchUplot = async (metric) => {
  const started = performance.now();
  plot!.setData([xs, column(metric)]);
  await settle();
  return { ms: performance.now() - started };
};
