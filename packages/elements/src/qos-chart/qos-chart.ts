import { html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { Task } from '@lit/task';
import type { QosConnection, QosReport } from '@conversations-kit/sdk';
import { KitElement } from '../base/kit-element.js';
import { renderEmpty, renderError, renderLoading, renderNoClient } from '../base/states.js';
import { buttonStyles, hostStyles, stateStyles } from '../styles/shared.styles.js';
import { popupStyles } from '../primitives/popup.styles.js';
import { tooltip } from '../primitives/tooltip.js';
import { icon, icons } from '../icons/icons.js';
import { DiagnosticsTimeEvent } from '../conversation-diagnostics/events.js';
import { epochMs, loadCallStart, nearestIndex } from '../conversation-diagnostics/time-cursor.js';
import { mosBand } from './mos.js';
import { METRIC_DIGITS, QOS_METRICS, connectionName, fixed, qosSituation, type QosMetric } from './qos-metrics.js';
import type { BarChart, BarChartSpec } from './qos-bar-chart.js';
import { barsThatFit, bucketOf, bucketize, type QosBucket } from './qos-buckets.js';
import { qosStyles } from './qos-chart.styles.js';

type ChartModule = typeof import('./qos-bar-chart.js');
let chartModule: Promise<ChartModule> | undefined;
/** Chart.js arrives with the first chart shown, once per page. */
const loadChartModule = () => (chartModule ??= import('./qos-bar-chart.js'));

interface Loaded {
  report: QosReport;
  callStart: string | null;
}

/**
 * @summary QoS of a voice call from its RTCP reports: one expandable row per IP connection (src → dst)
 * with min / avg / max of Packets, Octets, Highest Seq No, IA Jitter, LSR, MOS and Packets Lost, and a
 * bar chart over time of the chosen metric and connection (Chart.js, loaded lazily).
 *
 * @event diagnostics-time-hover - {DiagnosticsTimeEvent} A bar was hovered or reached with the keyboard (offset from the call start), or `null`.
 *
 * @csspart connections - The table of connections.
 * @csspart chart - The chart area.
 * @csspart notice - The one-way / single-report notice.
 * @csspart state - Loading, empty, error and no-permission panels.
 *
 * @cssprop --ck-qos-chart-height - Height of the chart (default 240px).
 * @cssprop --ck-qos-chart-bar - Colour of bars other than MOS (default `--ck-color-accent`).
 */
export class QosChart extends KitElement {
  static override styles = [hostStyles, buttonStyles, stateStyles, popupStyles, qosStyles];

  /** The conversation whose QoS to load through `client.diagnostics.qos`. */
  @property({ attribute: 'conversation-id' }) conversationId?: string;

  /** The report itself, instead of loading it (takes precedence over `conversation-id`). */
  @property({ attribute: false }) qos?: QosReport;

  /** When the call started (ISO-8601); time-cursor offsets count from it. Loaded with the conversation when not set. */
  @property({ attribute: 'call-start' }) callStart?: string;

  /** The charted metric. */
  @property({ reflect: true }) metric: QosMetric = 'mos';

  /** Id of the charted connection (default: the first). */
  @property({ attribute: 'connection-id' }) connectionId?: string;

  @state() private expanded = new Set<string>();
  @state() private chartReady = false;
  @state() private activeBar: number | null = null;
  /** The report nearest the time cursor (its bar is the bucket holding it). */
  @state() private markedReport: number | null = null;

  @query('canvas') private canvas?: HTMLCanvasElement;

  private chart?: BarChart;
  /** What the chart currently plots; a change replays the bars, highlight changes do not. */
  private chartKey?: unknown[];
  private themeObserver?: MutationObserver;
  private colorScheme?: MediaQueryList;
  private lastHover: number | null = null;
  /** Bars the plot has room for (a long call's reports are grouped into that many buckets). */
  private maxBars = 0;
  private bucketCache?: { connection: QosConnection; metric: QosMetric; maxBars: number; buckets: QosBucket[] };
  private resizeObserver?: ResizeObserver;
  private observedBox?: Element;

  private readonly loader = new Task(this, {
    task: async ([client, id, qos, callStart], { signal }): Promise<Loaded | undefined> => {
      if (qos) return { report: qos, callStart: callStart ?? null };
      if (!client || !id) return undefined;
      const [report, start] = await Promise.all([
        client.diagnostics.qos(id, { signal }),
        callStart ? Promise.resolve(callStart) : loadCallStart(client, id, signal),
      ]);
      return { report, callStart: start };
    },
    args: () => [this.client, this.conversationId, this.qos, this.callStart] as const,
  });

  /** Highlights the bar nearest to `offsetSeconds` (from the call start); `null` clears it. */
  markTime(offsetSeconds: number | null): void {
    const series = this.current()?.series ?? [];
    const start = this.startMs();
    if (offsetSeconds === null || !series.length || !Number.isFinite(start)) {
      this.markedReport = null;
      return;
    }
    const report = nearestIndex(series.map((s) => Date.parse(s.at)), start + offsetSeconds * 1000);
    this.markedReport = report < 0 ? null : report;
  }

  /** The bars of `connection` for the current metric and width: one per report, or buckets of reports. */
  private buckets(connection: QosConnection): QosBucket[] {
    const cached = this.bucketCache;
    if (cached && cached.connection === connection && cached.metric === this.metric && cached.maxBars === this.maxBars) return cached.buckets;
    const buckets = bucketize(this.values(connection), this.maxBars || connection.series.length);
    this.bucketCache = { connection, metric: this.metric, maxBars: this.maxBars, buckets };
    return buckets;
  }

  /** Re-buckets when the chart's width changes how many bars fit. */
  private onResize = (): void => {
    const box = this.observedBox;
    if (box && barsThatFit(plotWidth(box)) !== this.maxBars) void this.syncChart();
  };

  override connectedCallback(): void {
    super.connectedCallback();
    // Bars are painted on a canvas with colours read from the tokens: repaint when the theme changes.
    this.themeObserver = new MutationObserver(() => this.paint());
    this.themeObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['data-ck-theme', 'class', 'style'] });
    this.colorScheme = matchMedia('(prefers-color-scheme: dark)');
    this.colorScheme.addEventListener('change', this.paint);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.themeObserver?.disconnect();
    this.resizeObserver?.disconnect();
    this.observedBox = undefined;
    this.colorScheme?.removeEventListener('change', this.paint);
    this.chart?.destroy();
    this.chart = undefined;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    void this.syncChart();
  }

  private get report(): QosReport | undefined {
    return this.loader.value?.report;
  }

  private connections(): QosConnection[] {
    return this.report?.connections ?? [];
  }

  private current(): QosConnection | undefined {
    const list = this.connections();
    return list.find((c) => c.id === this.connectionId) ?? list[0];
  }

  private startMs(): number {
    const loaded = epochMs(this.loader.value?.callStart ?? this.callStart);
    if (Number.isFinite(loaded)) return loaded;
    // Without a known call start, count from the earliest report: better a shifted cursor than none.
    const all = this.connections().flatMap((c) => c.series.map((s) => Date.parse(s.at)));
    return all.length ? Math.min(...all) : NaN;
  }

  private offsetOf(at: string): number | null {
    const start = this.startMs();
    const t = Date.parse(at);
    return Number.isFinite(start) && Number.isFinite(t) ? Math.max(0, (t - start) / 1000) : null;
  }

  private values(connection: QosConnection): (number | null)[] {
    return connection.series.map((s) => {
      const v = s[this.metric];
      return typeof v === 'number' && Number.isFinite(v) ? v : null;
    });
  }

  private hover = (index: number | null): void => {
    if (index === this.lastHover) return;
    this.lastHover = index;
    const connection = this.current();
    const bucket = index === null || !connection ? undefined : this.buckets(connection)[index];
    const sample = bucket ? connection?.series[bucket.from] : undefined;
    this.dispatchEvent(sample ? new DiagnosticsTimeEvent(this.offsetOf(sample.at), sample.at) : new DiagnosticsTimeEvent(null, null));
  };

  private formatValue(metric: QosMetric, value: number | null | undefined, extraDigits = 0): string {
    if (value == null || !Number.isFinite(value)) return this.t.notAvailable;
    // Averages of counters get decimals ("249.25" packets); sequence numbers and LSR stay whole.
    const digits = METRIC_DIGITS[metric] + (metric === 'packets' || metric === 'octets' || metric === 'packetsLost' ? extraDigits : 0);
    const text = metric === 'mos' || metric === 'jitter' ? fixed(this.format.locale, value, digits) : this.format.number(value, digits);
    const band = metric === 'mos' ? mosBand(value) : null;
    return band ? this.t.mosValue(text, this.t[`mosBand_${band}`]) : text;
  }

  /** The bar's time: the report's, or the time range of the reports in its bucket. */
  private barTitle(index: number): string {
    const connection = this.current();
    const bucket = connection ? this.buckets(connection)[index] : undefined;
    const sample = bucket ? connection!.series[bucket.from] : undefined;
    if (!bucket || !sample) return '';
    if (bucket.to - bucket.from > 1) {
      return this.t.qosBucketTitle(this.format.time(sample.at), this.format.time(connection!.series[bucket.to - 1].at), bucket.to - bucket.from);
    }
    const offset = this.offsetOf(sample.at);
    return `${this.format.time(sample.at)}${offset === null ? '' : ` (+${offset.toFixed(1)} s)`}`;
  }

  private barLabel(index: number): string {
    const connection = this.current();
    const bucket = connection ? this.buckets(connection)[index] : undefined;
    const name = this.t[`qosMetric_${this.metric}`];
    if (bucket && bucket.to - bucket.from > 1) {
      const f = (v: number | null, extra = 0) => this.formatValue(this.metric, v, extra);
      return this.t.qosBucketValue(name, f(bucket.avg, 2), f(bucket.min), f(bucket.max));
    }
    return `${name}: ${this.formatValue(this.metric, bucket ? bucket.avg : null)}`;
  }

  private chartSpec(connection: QosConnection): BarChartSpec {
    const style = getComputedStyle(this);
    const read = (name: string) => style.getPropertyValue(name).trim();
    const accent = read('--_bar') || read('--ck-color-accent');
    const highlight = read('--ck-color-highlight-current');
    const buckets = this.buckets(connection);
    const values = buckets.map((b) => b.avg);
    const marked = this.markedReport === null ? null : bucketOf(buckets, this.markedReport);
    const bars = values.map((v, i) => {
      if (i === marked) return highlight;
      const band = this.metric === 'mos' ? mosBand(v) : null;
      return band ? read(`--ck-color-mos-${band}`) : accent;
    });
    return {
      labels: buckets.map((b) => this.format.time(connection.series[b.from].at)),
      values,
      colors: {
        bars,
        border: values.map((_, i) => (i === marked || i === this.activeBar ? read('--ck-color-text') : 'transparent')),
        grid: read('--ck-color-border'),
        ticks: read('--ck-color-text-muted'),
        tooltipBg: read('--ck-color-text'),
        tooltipText: read('--ck-color-surface'),
        font: style.fontFamily,
      },
      yMin: this.metric === 'mos' ? 1 : undefined,
      yMax: this.metric === 'mos' ? 5 : undefined,
      title: (i) => this.barTitle(i),
      label: (i) => this.barLabel(i),
      onHover: this.hover,
      // Many bars: no animation, the chart must appear at once.
      reducedMotion: connection.series.length > 100 || matchMedia('(prefers-reduced-motion: reduce)').matches,
    };
  }

  private paint = (): void => {
    const connection = this.current();
    if (this.chart && connection) void loadChartModule().then((m) => this.chart && m.updateBarChart(this.chart, this.chartSpec(connection), false));
  };

  private async syncChart(): Promise<void> {
    const canvas = this.canvas;
    const connection = this.current();
    if (!canvas || !connection) {
      if (this.chart && !canvas?.isConnected) {
        this.chart.destroy();
        this.chart = undefined;
      }
      return;
    }
    const m = await loadChartModule();
    if (this.canvas !== canvas || !canvas.isConnected) return;
    if (this.chart && this.chart.canvas !== canvas) {
      this.chart.destroy();
      this.chart = undefined;
    }
    const box = canvas.parentElement!;
    if (this.observedBox !== box) {
      this.resizeObserver ??= new ResizeObserver(this.onResize);
      if (this.observedBox) this.resizeObserver.unobserve(this.observedBox);
      this.resizeObserver.observe(box);
      this.observedBox = box;
    }
    this.maxBars = barsThatFit(plotWidth(box));
    const key = [this.report, connection.id, this.metric, this.maxBars];
    const same = this.chartKey?.length === key.length && this.chartKey.every((k, i) => k === key[i]);
    this.chartKey = key;
    if (this.chart) m.updateBarChart(this.chart, this.chartSpec(connection), !same);
    else this.chart = m.createBarChart(canvas, this.chartSpec(connection));
    if (!this.chartReady) this.chartReady = true;
  }

  private toggle(connection: QosConnection): void {
    const next = new Set(this.expanded);
    if (next.has(connection.id)) next.delete(connection.id);
    else {
      next.add(connection.id);
      this.connectionId = connection.id;
    }
    this.expanded = next;
  }

  private onChartKey = (event: KeyboardEvent): void => {
    const connection = this.current();
    const count = connection ? this.buckets(connection).length : 0;
    if (!count) return;
    const at = this.activeBar ?? -1;
    const moves: Record<string, number> = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: count - 1 };
    if (event.key === 'Escape') {
      this.setActiveBar(null);
      return;
    }
    if (!(event.key in moves)) return;
    event.preventDefault();
    this.setActiveBar(Math.max(0, Math.min(count - 1, event.key === 'ArrowLeft' && at < 0 ? count - 1 : moves[event.key])));
  };

  private setActiveBar(index: number | null): void {
    this.activeBar = index;
    if (this.chart) void loadChartModule().then((m) => this.chart && m.showBar(this.chart, index));
    this.hover(index);
  }

  protected override render() {
    const t = this.t;
    if (!this.qos && !this.client) return renderNoClient(t);
    if (!this.qos && !this.conversationId) return renderEmpty(t.diagnosticsNoConversation, t.diagnosticsNoConversationMessage);
    return this.loader.render({
      initial: () => renderLoading(t.qosLoading),
      pending: () => (this.report ? this.renderReport(this.report) : renderLoading(t.qosLoading)),
      error: (error) => renderError(error, t, () => void this.loader.run()),
      complete: (loaded) => (loaded ? this.renderReport(loaded.report) : renderLoading(t.qosLoading)),
    });
  }

  private renderReport(report: QosReport) {
    const t = this.t;
    const situation = qosSituation(report);
    if (situation.kind === 'none') {
      return html`<div class="state empty" role="status" part="state empty no-rtcp">
        ${icon(icons.activity)}
        <p class="state-title">${t.qosNoRtcpTitle}</p>
        <p class="state-message">${t.qosNoRtcp}</p>
      </div>`;
    }
    const connection = this.current()!;
    return html`
      ${situation.kind === 'one-way'
        ? this.renderNotice(t.qosOneWayTitle, t.qosOneWay(situation.from, situation.to), 'one-way')
        : situation.kind === 'single'
          ? this.renderNotice(t.qosSingleReportTitle, t.qosSingleReport, 'single')
          : nothing}
      ${this.renderTable(report)} ${this.renderChart(report, connection)}
    `;
  }

  private renderNotice(title: string, message: string, kind: string) {
    return html`<div class="notice" part="notice" data-kind=${kind} role="note">
      ${icon(icons.alert)}
      <div><p class="notice-title">${title}</p><p class="notice-message">${message}</p></div>
    </div>`;
  }

  private renderTable(report: QosReport) {
    const t = this.t;
    return html`<div class="table-wrap" part="connections">
      <table class="connections">
        <caption class="visually-hidden">${t.qosConnections}</caption>
        <thead>
          <tr>
            <th scope="col" class="toggle-col"><span class="visually-hidden">${t.qosDetails}</span></th>
            <th scope="col">${t.qosConnection}</th>
            <th scope="col" class="num col-reports">${t.qosReports}</th>
            <th scope="col" class="num">${t.qosAvg} ${t.qosMetric_mos}</th>
            <th scope="col" class="num col-optional">${t.qosAvg} ${t.qosMetric_jitter}</th>
            <th scope="col" class="num col-optional">${t.qosMax} ${t.qosMetric_packetsLost}</th>
          </tr>
        </thead>
        ${report.connections.map((c) => this.renderConnection(c))}
      </table>
    </div>`;
  }

  private renderConnection(c: QosConnection) {
    const t = this.t;
    const open = this.expanded.has(c.id);
    const name = connectionName(c);
    const band = mosBand(c.stats.mos.avg);
    const detailId = `detail-${c.id.replace(/[^\w-]/g, '_')}`;
    const charted = c.id === this.current()?.id;
    return html`<tbody class=${open ? 'open' : ''}>
      <tr class="conn ${charted ? 'charted' : ''}" data-connection=${c.id}>
        <td class="toggle-col">
          <button class="icon-btn" aria-expanded=${open ? 'true' : 'false'} aria-controls=${detailId} aria-label=${t.qosExpand(name)} @click=${() => this.toggle(c)}>
            ${icon(open ? icons.chevronDown : icons.chevronRight)}
          </button>
        </td>
        <th scope="row" class="mono conn-name">${c.srcIp}:${c.srcPort} <span class="dst">→ ${c.dstIp}:${c.dstPort}</span></th>
        <td class="num col-reports">${this.format.number(c.reports)}</td>
        <td class="num">${band ? html`<span class="mos ${band}">${fixed(this.format.locale, c.stats.mos.avg, 2)} <span class="band">${t[`mosBand_${band}`]}</span></span>` : t.notAvailable}</td>
        <td class="num col-optional">${fixed(this.format.locale, c.stats.jitter.avg, 2)}</td>
        <td class="num col-optional">${this.format.number(c.stats.packetsLost.max)}</td>
      </tr>
      <tr class="detail" id=${detailId} ?hidden=${!open}>
        <td colspan="6">
          ${open
            ? html`<table class="stats">
                <caption class="visually-hidden">${name}</caption>
                <thead>
                  <tr><th scope="col">${t.qosMetric}</th><th scope="col" class="num">${t.qosMin}</th><th scope="col" class="num">${t.qosAvg}</th><th scope="col" class="num">${t.qosMax}</th></tr>
                </thead>
                <tbody>
                  ${QOS_METRICS.map(
                    (metric) => html`<tr data-metric=${metric}>
                      <th scope="row">
                        <span class="metric-name">${t[`qosMetric_${metric}`]}</span>
                        <button class="info-btn" aria-label=${t.aboutMetric(t[`qosMetric_${metric}`])} ${tooltip(metric === 'mos' ? `${t.qosHelp_mos} ${this.report?.mosMethod ?? ''}` : t[`qosHelp_${metric}`])}>${icon(icons.info)}</button>
                      </th>
                      <td class="num">${this.formatValue(metric, c.stats[metric].min)}</td>
                      <td class="num">${this.formatValue(metric, c.stats[metric].avg, metric === 'mos' ? 0 : 2)}</td>
                      <td class="num">${this.formatValue(metric, c.stats[metric].max)}</td>
                    </tr>`,
                  )}
                </tbody>
              </table>`
            : nothing}
        </td>
      </tr>
    </tbody>`;
  }

  private renderChart(report: QosReport, connection: QosConnection) {
    const t = this.t;
    const metricName = t[`qosMetric_${this.metric}`];
    const name = connectionName(connection);
    const values = this.values(connection).filter((v): v is number => v !== null);
    const min = values.length ? this.formatValue(this.metric, Math.min(...values)) : t.notAvailable;
    const max = values.length ? this.formatValue(this.metric, Math.max(...values)) : t.notAvailable;
    const active = this.activeBar !== null;
    return html`<section class="chart-section" part="chart" aria-label=${t.qosChartLabel(metricName, name)}>
      <div class="chart-controls">
        <label>
          <span>${t.qosMetric}</span>
          <select @change=${(e: Event) => (this.metric = (e.target as HTMLSelectElement).value as QosMetric)}>
            ${QOS_METRICS.map((m) => html`<option value=${m} ?selected=${m === this.metric}>${t[`qosMetric_${m}`]}</option>`)}
          </select>
        </label>
        <label>
          <span>${t.qosChooseConnection}</span>
          <select @change=${(e: Event) => (this.connectionId = (e.target as HTMLSelectElement).value)}>
            ${report.connections.map((c) => html`<option value=${c.id} ?selected=${c.id === connection.id}>${connectionName(c)}</option>`)}
          </select>
        </label>
        <button class="btn quiet method" ${tooltip(`${t.qosMosBands} ${report.mosMethod}`)}>${icon(icons.info)}${t.qosMosMethod}</button>
        ${this.metric === 'mos'
          ? html`<span class="bands" aria-hidden="true">
              ${(['good', 'fair', 'poor'] as const).map((b) => html`<span class="band-key ${b}"><span class="dot"></span>${t[`mosBand_${b}`]}</span>`)}
            </span>`
          : nothing}
      </div>
      ${values.length
        ? html`<div
            class="chart-box"
            role="group"
            tabindex="0"
            aria-roledescription="chart"
            aria-label=${t.qosChartSummary(metricName, name, connection.series.length, min, max)}
            @keydown=${this.onChartKey}
            @blur=${() => this.setActiveBar(null)}
            @mouseleave=${() => this.hover(null)}
          >
            <canvas aria-hidden="true"></canvas>
            ${this.chartReady ? nothing : html`<span class="skeleton chart-skeleton" aria-hidden="true"></span>`}
          </div>
          <p class="visually-hidden" role="status" aria-live="polite">${active ? `${this.barTitle(this.activeBar!)}: ${this.barLabel(this.activeBar!)}` : ''}</p>`
        : html`<p class="no-values" role="status">${t.qosNoValues(metricName)}</p>`}
    </section>`;
  }
}

/** Width of the plot inside the chart box: the box less the value axis. */
function plotWidth(box: Element): number {
  return Math.max(0, box.clientWidth - 56);
}

declare global {
  interface HTMLElementTagNameMap {
    'qos-chart': QosChart;
  }
}
