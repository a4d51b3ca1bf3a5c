import { html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { Task } from '@lit/task';
import { repeat } from 'lit/directives/repeat.js';
import type { SipFlow, SipMessage } from '@conversations-kit/sdk';
import { KitElement } from '../base/kit-element.js';
import { renderEmpty, renderError, renderLoading, renderNoClient } from '../base/states.js';
import { buttonStyles, hostStyles, stateStyles } from '../styles/shared.styles.js';
import { popupStyles } from '../primitives/popup.styles.js';
import { tooltip } from '../primitives/tooltip.js';
import { icon, icons } from '../icons/icons.js';
import { announce } from '../util/announce.js';
import { copyText } from '../util/clipboard.js';
import { saveBlob } from '../util/download.js';
import { DiagnosticsTimeEvent } from '../conversation-diagnostics/events.js';
import { diagnosticsExportEvent } from '../conversation-diagnostics/export-event.js';
import { epochMs, nearestIndex } from '../conversation-diagnostics/time-cursor.js';
import {
  address, buildRows, dialogsOf, isFiltered, ladderLayout, methodsOf, showRows,
  type DialogSummary, type FlowFilter, type LadderColumn, type LadderRow, type MessageTone, type ShownRow,
} from './flow-model.js';
import { renderDetails, toneLabel } from './message-details.js';
import { ladderHtml, ladderSvg, type LadderPalette } from './ladder-svg.js';
import { sipMessageSelectEvent } from './events.js';
import { RowWindowController } from './row-window.js';
import { flowStyles } from './sip-flow-diagram.styles.js';

const TONES: MessageTone[] = ['request', 'provisional', 'success', 'failure', 'rtcp'];

/**
 * @summary SIP ladder diagram of a voice call (Homer/sngrep style): one column per endpoint, one arrow
 * per SIP message or RTCP packet, virtualized for calls with thousands of messages, with a details panel
 * (headers, SDP summary, previous/next, side-by-side comparison) and RTCP/method/dialog filters.
 *
 * Keyboard: ↑/↓ move between messages (the selection follows and is announced), PageUp/PageDown, Home/End,
 * Escape clears the selection.
 *
 * @event diagnostics-time-hover - {DiagnosticsTimeEvent} A message was hovered or focused (offset from the call start), or `null` when left.
 * @event sip-message-select - {SipMessageSelectEvent} The selected message changed.
 * @event diagnostics-export - {DiagnosticsExportEvent} The ladder SVG/HTML is ready to save (cancelable).
 *
 * @csspart toolbar - The filter bar.
 * @csspart header - The sticky endpoint header row.
 * @csspart ladder - The scrolling list of messages.
 * @csspart message - Each message row.
 * @csspart details - The message details panel.
 * @csspart state - Loading, empty, error and no-permission panels.
 *
 * @cssprop --ck-sip-flow-diagram-row-height - Height of a message row (default 44px).
 * @cssprop --ck-sip-flow-diagram-lane-min-width - Minimum width of an endpoint column (default 150px).
 * @cssprop --ck-sip-flow-diagram-request - Colour of requests (default `--ck-color-sip-request`).
 * @cssprop --ck-sip-flow-diagram-provisional - Colour of 1xx responses (default `--ck-color-sip-provisional`).
 * @cssprop --ck-sip-flow-diagram-success - Colour of 2xx responses (default `--ck-color-sip-success`).
 * @cssprop --ck-sip-flow-diagram-failure - Colour of 3xx–6xx responses (default `--ck-color-sip-failure`).
 * @cssprop --ck-sip-flow-diagram-rtcp - Colour of RTCP packets (default `--ck-color-sip-rtcp`).
 */
export class SipFlowDiagram extends KitElement {
  static override styles = [hostStyles, buttonStyles, stateStyles, popupStyles, flowStyles];

  /** The conversation whose flow to load through `client.diagnostics.sipFlow`. */
  @property({ attribute: 'conversation-id' }) conversationId?: string;

  /** The flow itself, instead of loading it (takes precedence over `conversation-id`). */
  @property({ attribute: false }) flow?: SipFlow;

  /** When the call started (ISO-8601); time-cursor offsets count from it. Default: the first message. */
  @property({ attribute: 'call-start' }) callStart?: string;

  /** Hide RTCP packets. */
  @property({ type: Boolean, reflect: true, attribute: 'hide-rtcp' }) hideRtcp = false;

  /** Show only this SIP method (and the responses to it). */
  @property({ attribute: 'filter-method' }) filterMethod = '';

  /** Show only this dialog. */
  @property({ attribute: 'filter-dialog' }) filterDialog = '';

  /** Id of the selected message (its details are shown). */
  @property({ attribute: 'selected-id' }) selectedId: string | null = null;

  @state() private compareId: string | null = null;
  @state() private comparePending = false;
  @state() private markedIndex = -1;
  @state() private focusIndex = 0;

  @query('.body') private body?: HTMLElement;
  @query('.scroller') private scroller?: HTMLElement;
  @query('.head-track') private headTrack?: HTMLElement;

  private loaded?: SipFlow;
  private columns: LadderColumn[] = [];
  private rows: LadderRow[] = [];
  private rowsById = new Map<string, LadderRow>();
  private shown: ShownRow[] = [];
  private shownById = new Map<string, ShownRow>();
  private shownTimes: number[] = [];
  private methods: string[] = [];
  private dialogs: DialogSummary[] = [];
  private hoveredId: string | null = null;
  private rowHeight = 44;
  private readonly window = new RowWindowController(this, { rowHeight: () => this.rowHeight, count: () => this.shown.length });
  private pointerInside = false;

  private readonly loader = new Task(this, {
    task: async ([client, id, flow], { signal }): Promise<SipFlow | undefined> => {
      if (flow) return flow;
      if (!client || !id) return undefined;
      return client.diagnostics.sipFlow(id, { signal });
    },
    args: () => [this.client, this.conversationId, this.flow] as const,
  });

  /** Marks the message nearest to `offsetSeconds` (from the call start), e.g. the recording's playback position. `null` clears it. */
  markTime(offsetSeconds: number | null): void {
    if (offsetSeconds === null || !Number.isFinite(offsetSeconds) || !this.shown.length) {
      this.markedIndex = -1;
      return;
    }
    const index = nearestIndex(this.shownTimes, this.startMs() + offsetSeconds * 1000);
    if (index === this.markedIndex) return;
    this.markedIndex = index;
    // Follow playback unless the user is working in the ladder.
    if (!this.pointerInside && !this.matches(':focus-within') && !this.window.isInView(index)) this.window.scrollToIndex(index);
  }

  /** The ladder as shown (current filters, every shown message) as a standalone SVG document. */
  exportSvg(): string | null {
    return this.loaded ? ladderSvg(this.svgInput()) : null;
  }

  /** The same as a self-contained HTML page. */
  exportHtml(): string | null {
    return this.loaded ? ladderHtml(this.svgInput()) : null;
  }

  /**
   * Downloads the ladder as SVG (or HTML), after a cancelable `diagnostics-export` event.
   * Returns false when no flow is loaded yet.
   */
  downloadLadder(format: 'svg' | 'html' = 'svg'): boolean {
    const file = this.ladderFile(format);
    if (!file) return false;
    if (this.dispatchEvent(diagnosticsExportEvent({ format, ...file }))) saveBlob(file.blob, file.filename);
    return true;
  }

  /** The ladder as an SVG (or HTML) file and its name, or null when no flow is loaded yet. */
  ladderFile(format: 'svg' | 'html'): { filename: string; blob: Blob } | null {
    const text = format === 'svg' ? this.exportSvg() : this.exportHtml();
    if (!text) return null;
    return { filename: `${this.fileBase()}.${format}`, blob: new Blob([text], { type: format === 'svg' ? 'image/svg+xml' : 'text/html' }) };
  }

  /** True once a flow is shown (the ladder can be exported). */
  get hasFlow(): boolean {
    return Boolean(this.loaded && this.rows.length);
  }

  /** Moves focus to a shown message (scrolling it into view) and selects it. */
  async focusMessage(position: number): Promise<void> {
    if (!this.shown.length) return;
    const index = Math.max(0, Math.min(position, this.shown.length - 1));
    this.focusIndex = index;
    this.select(this.shown[index].message, true);
    this.window.scrollToIndex(index);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`.msg[data-index="${index}"]`)?.focus({ preventScroll: true });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.pointerInside = false;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const flow = this.loader.value;
    let reshow = changed.has('hideRtcp') || changed.has('filterMethod') || changed.has('filterDialog');
    if (flow && flow !== this.loaded) {
      this.loaded = flow;
      const layout = ladderLayout(flow);
      this.columns = layout.columns;
      this.rows = buildRows(flow, layout);
      this.rowsById = new Map(this.rows.map((r) => [r.message.id, r]));
      this.methods = methodsOf(flow.messages);
      this.dialogs = dialogsOf(flow.messages);
      this.compareId = null;
      this.comparePending = false;
      reshow = true;
    }
    if (reshow) {
      const previous = this.shown[this.focusIndex]?.message.id;
      this.shown = showRows(this.rows, this.filter);
      this.shownById = new Map(this.shown.map((r) => [r.message.id, r]));
      this.shownTimes = this.shown.map((r) => r.atMs);
      const keep = previous ? this.shown.findIndex((r) => r.message.id === previous) : -1;
      this.focusIndex = keep >= 0 ? keep : 0;
      this.markedIndex = -1;
      this.window.recompute();
    }
  }

  protected override firstUpdated(): void {
    this.rowHeight = parseFloat(getComputedStyle(this).getPropertyValue('--ck-sip-flow-diagram-row-height')) || 44;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.window.attach(this.scroller ?? undefined);
  }

  /** The rows to put in the DOM: those in view, plus the focused one so the list keeps its tab stop. */
  private windowRows(): ShownRow[] {
    const rows = this.shown.slice(this.window.first, this.window.last + 1);
    const focused = this.shown[this.focusIndex];
    if (focused && (this.focusIndex < this.window.first || this.focusIndex > this.window.last)) rows.push(focused);
    return rows;
  }

  private get filter(): FlowFilter {
    return { hideRtcp: this.hideRtcp, method: this.filterMethod, dialog: this.filterDialog };
  }

  private startMs(): number {
    const given = epochMs(this.callStart);
    return Number.isFinite(given) ? given : (this.rows[0]?.atMs ?? 0);
  }

  private fileBase(): string {
    return `sip-flow-${(this.conversationId ?? 'call').replace(/[^\w.-]+/g, '_')}`;
  }

  private select(message: SipMessage | null, fromKeyboard = false): void {
    if (message?.id === this.selectedId) return;
    if (this.comparePending && message) {
      this.compareId = this.selectedId;
      this.comparePending = false;
    }
    this.selectedId = message?.id ?? null;
    if (!message) {
      this.compareId = null;
      this.comparePending = false;
    }
    this.dispatchEvent(sipMessageSelectEvent(message));
    // Focus already makes a screen reader read the row; other ways of selecting are spoken here.
    if (message && !fromKeyboard) announce(this.t.flowSelected(this.rowName(this.shownById.get(message.id))));
  }

  private step(delta: number): (() => void) | undefined {
    const current = this.selectedMessage();
    if (!current) return undefined;
    const list = this.shown;
    const at = this.shownById.get(current.id)?.position;
    let target: ShownRow | undefined;
    if (at !== undefined) target = list[at + delta];
    else {
      // The selected message is filtered out: step to the nearest shown one on that side.
      let lo = 0;
      let hi = list.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (list[mid].message.seq < current.seq) lo = mid + 1;
        else hi = mid;
      }
      target = list[delta > 0 ? lo : lo - 1];
    }
    if (!target) return undefined;
    const found = target;
    return () => {
      this.focusIndex = found.position;
      this.select(found.message);
      this.window.scrollToIndex(found.position);
    };
  }

  private selectedMessage(): SipMessage | undefined {
    return this.selectedId ? this.rowsById.get(this.selectedId)?.message : undefined;
  }

  private emitTime(row: LadderRow | undefined): void {
    const id = row?.message.id ?? null;
    if (id === this.hoveredId) return;
    this.hoveredId = id;
    this.dispatchEvent(row ? new DiagnosticsTimeEvent(Math.max(0, (row.atMs - this.startMs()) / 1000), row.message.at) : new DiagnosticsTimeEvent(null, null));
  }

  private rowAt(event: Event): ShownRow | undefined {
    const el = (event.target as Element | null)?.closest?.('.msg') as HTMLElement | null;
    return el ? this.shown[Number(el.dataset.index)] : undefined;
  }

  private onPointerOver = (event: PointerEvent) => {
    this.pointerInside = true;
    const row = this.rowAt(event);
    if (row) this.emitTime(row);
  };

  private onPointerLeave = () => {
    this.pointerInside = false;
    const focused = this.renderRoot.querySelector<HTMLElement>('.msg:focus');
    this.emitTime(focused ? this.shown[Number(focused.dataset.index)] : undefined);
  };

  private onFocusIn = (event: FocusEvent) => {
    const row = this.rowAt(event);
    if (row) {
      this.focusIndex = row.position;
      this.emitTime(row);
    }
  };

  private onFocusOut = (event: FocusEvent) => {
    const next = event.relatedTarget as Node | null;
    if (!next || !this.body?.contains(next)) if (!this.pointerInside) this.emitTime(undefined);
  };

  private onClick = (event: MouseEvent) => {
    const row = this.rowAt(event);
    if (!row) return;
    this.focusIndex = row.position;
    this.select(row.message, true);
  };

  private onKeyDown = (event: KeyboardEvent) => {
    const page = Math.max(1, Math.floor((this.scroller?.clientHeight ?? 440) / 44) - 1);
    const moves: Record<string, number> = {
      ArrowDown: this.focusIndex + 1,
      ArrowUp: this.focusIndex - 1,
      PageDown: this.focusIndex + page,
      PageUp: this.focusIndex - page,
      Home: 0,
      End: this.shown.length - 1,
    };
    if (event.key in moves) {
      event.preventDefault();
      void this.focusMessage(moves[event.key]);
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      const row = this.shown[this.focusIndex];
      if (row) this.select(row.message, true);
    } else if (event.key === 'Escape' && this.selectedId) {
      event.preventDefault();
      this.select(null);
    }
  };

  private headOffset = 0;

  /**
   * Keeps the sticky endpoint header aligned with the ladder when it scrolls sideways, and the time
   * column in place (rows are absolutely placed, so CSS sticky cannot hold it: it is shifted back by `--_sx`).
   */
  private onScroll = () => {
    const left = this.scroller?.scrollLeft ?? 0;
    if (left === this.headOffset || !this.headTrack || !this.scroller) return;
    this.headOffset = left;
    this.headTrack.style.transform = `translateX(${-left}px)`;
    this.headTrack.style.setProperty('--_sx', `${left}px`);
    this.scroller.style.setProperty('--_sx', `${left}px`);
  };

  private setFilter(change: Partial<Pick<SipFlowDiagram, 'hideRtcp' | 'filterMethod' | 'filterDialog'>>): void {
    Object.assign(this, change);
  }

  private svgInput() {
    const style = getComputedStyle(this);
    const read = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
    const palette: LadderPalette = {
      request: read('--_request', '#2457c5'),
      provisional: read('--_provisional', '#6b7280'),
      success: read('--_success', '#1e7b45'),
      failure: read('--_failure', '#c0392b'),
      rtcp: read('--_rtcp', '#8e44ad'),
      text: read('--ck-color-text', '#1c2330'),
      muted: read('--ck-color-text-muted', '#5a6474'),
      border: read('--ck-color-border-strong', '#c3c9d2'),
      surface: read('--ck-color-surface', '#ffffff'),
      sunken: read('--ck-color-surface-sunken', '#f6f7f9'),
    };
    const t = this.t;
    return {
      title: `${t.diagnosticsTabFlow}${this.conversationId ? ` — ${this.conversationId}` : ''}`,
      columns: this.columns,
      rows: this.shown,
      palette,
      fontFamily: style.fontFamily || 'system-ui, sans-serif',
      monoFamily: read('--ck-font-mono', 'monospace'),
      labels: { time: t.flowColumnTime, retransmission: t.flowRetransmission, sdp: t.flowSdp },
    };
  }

  private rowName(row: ShownRow | undefined): string {
    if (!row) return '';
    const m = row.message;
    return this.t.flowMessageName({
      position: row.position + 1,
      total: this.shown.length,
      label: m.label,
      from: address(m.srcIp, m.srcPort),
      to: address(m.dstIp, m.dstPort),
      offset: row.offset,
      delta: row.delta,
      retransmission: m.retransmission,
      sdp: Boolean(m.sdp),
    });
  }

  protected override render() {
    const t = this.t;
    if (!this.flow && !this.client) return renderNoClient(t);
    if (!this.flow && !this.conversationId) return renderEmpty(t.diagnosticsNoConversation, t.diagnosticsNoConversationMessage);
    return this.loader.render({
      initial: () => renderLoading(t.flowLoading),
      pending: () => (this.loaded && this.loader.value === this.loaded ? this.renderFlow() : renderLoading(t.flowLoading)),
      error: (error) => renderError(error, t, () => void this.loader.run()),
      complete: (flow) => (flow ? this.renderFlow() : renderLoading(t.flowLoading)),
    });
  }

  private renderFlow() {
    const t = this.t;
    const total = this.rows.length;
    if (!total) return renderEmpty(t.flowEmptyTitle, t.flowEmptyMessage);
    const selected = this.selectedMessage();
    const compareWith = this.compareId ? (this.rowsById.get(this.compareId)?.message ?? null) : null;
    return html`
      ${this.renderToolbar()}
      <div class="main ${selected ? 'with-details' : ''} ${selected && compareWith ? 'comparing' : ''}">
        <div class="ladder-pane" style="--_cols:${Math.max(1, this.columns.length)}">
          <div class="head-wrap" part="header">
            <div class="head-track">
              <div class="gutter-head">${t.flowColumnTime}</div>
              ${this.columns.map(
                (c) => html`<div class="lane-head" title=${c.label ? `${c.label} — ${c.ip}` : c.ip}>
                  <span class="lane-label">${c.label ?? ''}</span>
                  <span class="lane-ip mono">${c.port === null ? c.ip : `${c.ip}:${c.port}`}</span>
                </div>`,
              )}
            </div>
          </div>
          <div class="scroller" @scroll=${this.onScroll}>
            ${this.shown.length
              ? html`<div
                  class="body"
                  style="height:${this.shown.length * this.rowHeight}px"
                  role="listbox"
                  part="ladder"
                  aria-label=${t.flowLabel}
                  @keydown=${this.onKeyDown}
                  @click=${this.onClick}
                  @pointerover=${this.onPointerOver}
                  @pointerleave=${this.onPointerLeave}
                  @focusin=${this.onFocusIn}
                  @focusout=${this.onFocusOut}
                >
                  ${repeat(this.windowRows(), (row) => row.message.id, (row) => this.renderRow(row))}
                </div>`
              : renderEmpty(t.flowFilteredEmptyTitle, t.flowFilteredEmptyMessage)}
          </div>
        </div>
        ${selected
          ? html`<aside class="details" part="details" aria-labelledby="details-title">
              ${renderDetails(t, selected, compareWith, this.comparePending, {
                previous: this.step(-1),
                next: this.step(1),
                close: () => this.select(null),
                copy: (m) => void copyText(m.raw).then(() => announce(t.copied)),
                compare: () => {
                  this.comparePending = true;
                  announce(t.flowCompareHint);
                },
                stopCompare: () => {
                  this.compareId = null;
                  this.comparePending = false;
                },
              })}
            </aside>`
          : nothing}
      </div>
    `;
  }

  private renderToolbar() {
    const t = this.t;
    const filtered = isFiltered(this.filter);
    return html`<div class="toolbar" part="toolbar" role="group" aria-label=${t.flowFilters}>
      <label class="check">
        <input type="checkbox" .checked=${this.hideRtcp} @change=${(e: Event) => this.setFilter({ hideRtcp: (e.target as HTMLInputElement).checked })} />
        ${t.flowHideRtcp}
      </label>
      <label class="select">
        <span>${t.flowMethod}</span>
        <select @change=${(e: Event) => this.setFilter({ filterMethod: (e.target as HTMLSelectElement).value })}>
          <option value="" ?selected=${!this.filterMethod}>${t.flowAllMethods}</option>
          ${this.methods.map((m) => html`<option value=${m} ?selected=${m === this.filterMethod}>${m}</option>`)}
        </select>
      </label>
      <label class="select">
        <span>${t.flowDialog}</span>
        <select @change=${(e: Event) => this.setFilter({ filterDialog: (e.target as HTMLSelectElement).value })}>
          <option value="" ?selected=${!this.filterDialog}>${t.flowAllDialogs}</option>
          ${this.dialogs.map((d) => html`<option value=${d.id} ?selected=${d.id === this.filterDialog}>${t.flowDialogOption(d.id, d.a, d.b)}</option>`)}
        </select>
      </label>
      <span class="count ${filtered ? 'filtered' : ''}" role="status">${t.flowShowing(this.shown.length, this.rows.length)}</span>
      <span class="legend" aria-label=${t.flowLegend} role="group">
        ${TONES.map((tone) => html`<span class="legend-item tone-${tone}" title=${toneLabel(t, tone)}><span class="swatch" aria-hidden="true"></span>${this.legendLabel(tone)}</span>`)}
      </span>
      <button class="icon-btn" aria-label=${t.flowDownloadSvg} ${tooltip(t.flowDownloadSvg)} @click=${() => this.downloadLadder('svg')}>${icon(icons.download)}</button>
    </div>`;
  }

  private legendLabel(tone: MessageTone): string {
    return this.t[`flowLegend_${tone}`];
  }

  private renderRow(row: ShownRow) {
    const m = row.message;
    const t = this.t;
    const lo = Math.min(row.from, row.to);
    const span = Math.abs(row.to - row.from);
    const dir = row.from === row.to ? 'self' : row.to > row.from ? 'ltr' : 'rtl';
    const selected = m.id === this.selectedId;
    const pinned = m.id === this.compareId;
    return html`<div
      class="msg tone-${row.tone} ${row.position === this.markedIndex ? 'cursor' : ''} ${pinned ? 'pinned' : ''}"
      role="option"
      part="message"
      id=${`m-${m.id}`}
      data-index=${row.position}
      data-id=${m.id}
      aria-selected=${selected ? 'true' : 'false'}
      aria-posinset=${row.position + 1}
      aria-setsize=${this.shown.length}
      aria-current=${row.position === this.markedIndex ? 'time' : nothing}
      tabindex=${row.position === this.focusIndex ? 0 : -1}
      style="top:${row.position * this.rowHeight}px"
    >
      <span class="visually-hidden">${this.rowName(row)}</span>
      <div class="time" aria-hidden="true">${row.clock}\n+${row.offset} s · Δ ${row.delta}</div>
      <div class="arrow ${dir}" style="--_a:${lo};--_n:${span}" aria-hidden="true">
        <span class="label">${m.label}${m.retransmission ? html`<span class="tag retrans" title=${t.flowRetransmission}>⟳ ${t.flowRetransmission}</span>` : nothing}${m.sdp ? html`<span class="tag">${t.flowSdp}</span>` : nothing}</span>
        <span class="ports">${row.ports}</span>
      </div>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sip-flow-diagram': SipFlowDiagram;
  }
}
