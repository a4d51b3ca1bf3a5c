/**
 * The only module that touches Chart.js. `<qos-chart>` imports it with `import()`, so Chart.js loads
 * when a chart is first shown, and only the bar controller, bar element, category/linear scales and
 * tooltip are registered (tree-shaken: no line/pie/legend/animations of other charts in the bundle).
 */
import { BarController, BarElement, CategoryScale, Chart, LinearScale, Tooltip, type ChartConfiguration, type TooltipItem } from 'chart.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip);

export interface BarChartColors {
  bars: string[];
  border: string[];
  grid: string;
  ticks: string;
  tooltipBg: string;
  tooltipText: string;
  font: string;
}

export interface BarChartSpec {
  labels: string[];
  values: (number | null)[];
  colors: BarChartColors;
  /** Axis range: MOS lives on 1–5; counters start at zero. */
  yMin?: number;
  yMax?: number;
  title: (index: number) => string;
  label: (index: number) => string;
  onHover: (index: number | null) => void;
  reducedMotion: boolean;
}

export type BarChart = Chart<'bar', (number | null)[], string>;

export function createBarChart(canvas: HTMLCanvasElement, spec: BarChartSpec): BarChart {
  const config: ChartConfiguration<'bar', (number | null)[], string> = {
    type: 'bar',
    data: { labels: spec.labels, datasets: [dataset(spec)] },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: spec.reducedMotion ? false : { duration: 150 },
      interaction: { mode: 'index', intersect: false },
      onHover: (_event, elements) => spec.onHover(elements[0]?.index ?? null),
      scales: scales(spec),
      plugins: {
        tooltip: {
          displayColors: false,
          backgroundColor: spec.colors.tooltipBg,
          titleColor: spec.colors.tooltipText,
          bodyColor: spec.colors.tooltipText,
          callbacks: {
            title: (items: TooltipItem<'bar'>[]) => (items[0] ? spec.title(items[0].dataIndex) : ''),
            label: (item: TooltipItem<'bar'>) => spec.label(item.dataIndex),
          },
        },
      },
    },
  };
  return new Chart(canvas, config);
}

/**
 * Replaces data, colours and callbacks in place (no re-creation: keeps hover state and is cheap).
 * `animate: false` for highlight-only changes (time cursor, keyboard focus), which must not replay the bars.
 */
export function updateBarChart(chart: BarChart, spec: BarChartSpec, animate = true): void {
  chart.data.labels = spec.labels;
  chart.data.datasets[0] = dataset(spec);
  const options = chart.options;
  options.onHover = (_event, elements) => spec.onHover(elements[0]?.index ?? null);
  options.scales = scales(spec);
  options.animation = spec.reducedMotion ? false : { duration: 150 };
  const tooltip = options.plugins!.tooltip!;
  tooltip.backgroundColor = spec.colors.tooltipBg;
  tooltip.titleColor = spec.colors.tooltipText;
  tooltip.bodyColor = spec.colors.tooltipText;
  tooltip.callbacks = {
    ...tooltip.callbacks,
    title: (items: TooltipItem<'bar'>[]) => (items[0] ? spec.title(items[0].dataIndex) : ''),
    label: (item: TooltipItem<'bar'>) => spec.label(item.dataIndex),
  };
  chart.update(animate ? undefined : 'none');
}

/** Shows the tooltip of one bar (keyboard users), or hides it. */
export function showBar(chart: BarChart, index: number | null): void {
  const active = index === null ? [] : [{ datasetIndex: 0, index }];
  const meta = chart.getDatasetMeta(0);
  const point = index === null ? { x: 0, y: 0 } : { x: meta.data[index]?.x ?? 0, y: meta.data[index]?.y ?? 0 };
  chart.setActiveElements(active);
  chart.tooltip?.setActiveElements(active, point);
  chart.update('none');
}

function dataset(spec: BarChartSpec) {
  return {
    data: spec.values,
    backgroundColor: spec.colors.bars,
    borderColor: spec.colors.border,
    // Only the marked / focused bar has a border: a transparent border would eat a narrow bar whole.
    borderWidth: spec.colors.border.map((c) => (c === 'transparent' ? 0 : 2)),
    borderSkipped: false as const,
    borderRadius: 2,
    maxBarThickness: 28,
    minBarLength: 2,
  };
}

function scales(spec: BarChartSpec) {
  const font = { family: spec.colors.font, size: 11 };
  return {
    x: { grid: { display: false }, ticks: { color: spec.colors.ticks, font, maxRotation: 0, autoSkip: true, autoSkipPadding: 12 } },
    y: {
      min: spec.yMin,
      max: spec.yMax,
      beginAtZero: spec.yMin === undefined,
      grid: { color: spec.colors.grid },
      border: { display: false },
      ticks: { color: spec.colors.ticks, font, maxTicksLimit: 6 },
    },
  };
}
