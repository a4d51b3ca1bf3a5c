import { html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { Task } from '@lit/task';
import type { Conversation } from '@conversations-kit/sdk';
import { KitElement } from '../base/kit-element.js';
import { renderEmpty, renderError, renderLoading, renderNoClient, renderNoPermission } from '../base/states.js';
import { buttonStyles, hostStyles, stateStyles } from '../styles/shared.styles.js';
import { popupStyles } from '../primitives/popup.styles.js';
import { MenuController } from '../primitives/menu.js';
import { tooltip } from '../primitives/tooltip.js';
import { icon, icons } from '../icons/icons.js';
import { announce } from '../util/announce.js';
import { saveBlob } from '../util/download.js';
import { describeError } from '../base/errors.js';
import type { SipFlowDiagram } from '../sip-flow-diagram/sip-flow-diagram.js';
import type { QosChart } from '../qos-chart/qos-chart.js';
import type { CallParticipants } from '../call-participants/call-participants.js';
import { diagnosticsExportEvent, type DiagnosticsExportFormat } from './export-event.js';
import { diagnosticsStyles } from './conversation-diagnostics.styles.js';

export type DiagnosticsTab = 'flow' | 'qos' | 'agents';
const TABS: DiagnosticsTab[] = ['flow', 'qos', 'agents'];

type ExportStatus =
  | { state: 'running'; format: DiagnosticsExportFormat; controller: AbortController }
  | { state: 'done'; message: string }
  | { state: 'failed'; message: string };

/**
 * Renders `<sip-flow-diagram>`, `<qos-chart>` and `<call-participants>`: `conversation-diagnostics.define.js`
 * registers all four tags.
 *
 * @summary Diagnostics of a voice conversation for `<insights-panel>`: Flow (SIP ladder), QoS and Agents
 * tabs, and an Export menu (PCAP and TEXT from the backend, the ladder as SVG or HTML).
 *
 * The time cursor: every view fires `diagnostics-time-hover` (bubbling out of this element) when a
 * message, bar or participant time is hovered; call `markTime(seconds)` with the recording's playback
 * position to mark the nearest message/bar in every view.
 *
 * @event diagnostics-time-hover - {DiagnosticsTimeEvent} From the views: a moment of the call was hovered or focused.
 * @event diagnostics-export - {DiagnosticsExportEvent} An export is ready to save (cancelable: handle the file yourself).
 * @event sip-message-select - {SipMessageSelectEvent} From the Flow view.
 *
 * @csspart tabs - The tab list.
 * @csspart tab - Each tab.
 * @csspart panel - Each tab panel.
 * @csspart export-button - The Export menu button.
 * @csspart export-status - Export progress and result.
 * @csspart state - Loading, not-voice, error and no-permission panels.
 */
export class ConversationDiagnostics extends KitElement {
  static override styles = [hostStyles, buttonStyles, stateStyles, popupStyles, diagnosticsStyles];

  /** The voice conversation to diagnose. */
  @property({ attribute: 'conversation-id' }) conversationId?: string;

  /** The open tab. */
  @property({ reflect: true }) tab: DiagnosticsTab = 'flow';

  @state() private visited = new Set<DiagnosticsTab>(['flow']);
  @state() private exportStatus?: ExportStatus;

  @query('sip-flow-diagram') private ladder?: SipFlowDiagram;

  private readonly menu = new MenuController(this);
  private lastMark: number | null = null;

  private readonly conversation = new Task(this, {
    task: async ([client, id], { signal }): Promise<Conversation | undefined> => {
      if (!client || !id) return undefined;
      return client.conversations.get(id, { signal });
    },
    args: () => [this.client, this.conversationId] as const,
  });

  /** Marks `offsetSeconds` from the call start (e.g. the recording's playback position) in every view; `null` clears it. */
  markTime(offsetSeconds: number | null): void {
    this.lastMark = offsetSeconds;
    for (const view of this.views()) view.markTime(offsetSeconds);
  }

  /**
   * Exports the call: `pcap`/`text` from the backend (needs `diagnostics.view`), `svg`/`html` the ladder as
   * shown. Fires `diagnostics-export`, then saves the file unless the event was canceled.
   */
  async exportAs(format: DiagnosticsExportFormat): Promise<void> {
    const t = this.t;
    const label = this.formatLabel(format);
    if (format === 'svg' || format === 'html') {
      if (this.exportStatus?.state === 'running') this.exportStatus.controller.abort();
      const file = this.ladder?.ladderFile(format);
      if (!file) {
        this.exportStatus = { state: 'failed', message: t.exportLadderUnavailable };
        return;
      }
      if (this.dispatchEvent(diagnosticsExportEvent({ format, ...file }))) saveBlob(file.blob, file.filename);
      // The status names the file just saved, not the previous export.
      const message = t.exportDone(file.filename, this.size(file.blob.size));
      this.exportStatus = { state: 'done', message };
      announce(message);
      return;
    }
    const client = this.client;
    const id = this.conversationId;
    if (!client || !id || !this.can('diagnostics.view')) return;
    if (this.exportStatus?.state === 'running') this.exportStatus.controller.abort();
    const controller = new AbortController();
    this.exportStatus = { state: 'running', format, controller };
    announce(t.exportInProgress(label));
    try {
      const download = await client.diagnostics.export(id, format, { signal: controller.signal, timeout: 120_000 });
      if (controller.signal.aborted) return;
      const filename = download.filename ?? `diagnostics-${id.replace(/[^\w.-]+/g, '_')}.${format === 'pcap' ? 'pcap' : 'txt'}`;
      if (this.dispatchEvent(diagnosticsExportEvent({ format, filename, blob: download.blob }))) saveBlob(download.blob, filename);
      const message = t.exportDone(filename, this.size(download.blob.size));
      this.exportStatus = { state: 'done', message };
      announce(message);
    } catch (error) {
      if (controller.signal.aborted) {
        this.exportStatus = { state: 'done', message: t.exportCancelled };
        announce(t.exportCancelled);
        return;
      }
      this.exportStatus = { state: 'failed', message: t.exportFailed(label, describeError(error, t)) };
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this.exportStatus?.state === 'running') this.exportStatus.controller.abort();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('tab') && !this.visited.has(this.tab)) this.visited = new Set([...this.visited, this.tab]);
    if (changed.has('conversationId') && changed.get('conversationId') !== undefined) {
      this.visited = new Set([this.tab]);
      if (this.exportStatus?.state === 'running') this.exportStatus.controller.abort();
      this.exportStatus = undefined;
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // A view mounted later (first visit of its tab) still shows the current playback position.
    if ((changed as Map<PropertyKey, unknown>).has('visited') && this.lastMark !== null) {
      const mark = this.lastMark;
      void Promise.all(this.views().map((v) => v.updateComplete)).then(() => this.views().forEach((v) => v.markTime(mark)));
    }
  }

  private views(): (SipFlowDiagram | QosChart | CallParticipants)[] {
    return [...this.renderRoot.querySelectorAll<SipFlowDiagram | QosChart | CallParticipants>('sip-flow-diagram, qos-chart, call-participants')];
  }

  private formatLabel(format: DiagnosticsExportFormat): string {
    return { pcap: 'PCAP', text: 'TEXT', svg: 'SVG', html: 'HTML' }[format];
  }

  private size(bytes: number): string {
    const f = this.format;
    if (bytes < 1024) return `${f.number(bytes)} B`;
    if (bytes < 1024 * 1024) return `${f.number(bytes / 1024, 1)} kB`;
    return `${f.number(bytes / (1024 * 1024), 1)} MB`;
  }

  private onTabKey(event: KeyboardEvent): void {
    const index = TABS.indexOf(this.tab);
    const next: Record<string, number> = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: TABS.length - 1 };
    if (!(event.key in next)) return;
    event.preventDefault();
    this.tab = TABS[(next[event.key] + TABS.length) % TABS.length];
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#tab-${this.tab}`)?.focus());
  }

  protected override render() {
    const t = this.t;
    if (!this.client) return renderNoClient(t);
    if (!this.conversationId) return renderEmpty(t.diagnosticsNoConversation, t.diagnosticsNoConversationMessage);
    if (this.capabilities && !this.can('diagnostics.view')) return renderNoPermission(t);
    return this.conversation.render({
      initial: () => renderLoading(t.diagnosticsLoading),
      pending: () => renderLoading(t.diagnosticsLoading),
      error: (error) => renderError(error, t, () => void this.conversation.run()),
      complete: (conversation) => {
        if (!conversation) return renderLoading(t.diagnosticsLoading);
        if (conversation.channel !== 'voice') {
          return html`<div class="state empty" role="status" part="state not-voice">
            ${icon(icons.voice)}
            <p class="state-title">${t.diagnosticsVoiceOnlyTitle}</p>
            <p class="state-message">${t.diagnosticsVoiceOnly}</p>
          </div>`;
        }
        return this.renderTabs(conversation);
      },
    });
  }

  private renderTabs(conversation: Conversation) {
    const t = this.t;
    const labels: Record<DiagnosticsTab, string> = { flow: t.diagnosticsTabFlow, qos: t.diagnosticsTabQos, agents: t.diagnosticsTabAgents };
    const common = { start: conversation.startTime };
    return html`
      <div class="bar">
        <div class="tabs" role="tablist" part="tabs" aria-label=${t.diagnosticsLabel} @keydown=${this.onTabKey}>
          ${TABS.map(
            (tab) => html`<button
              class="tab"
              part="tab"
              role="tab"
              id=${`tab-${tab}`}
              aria-selected=${tab === this.tab ? 'true' : 'false'}
              aria-controls=${`panel-${tab}`}
              tabindex=${tab === this.tab ? 0 : -1}
              @click=${() => (this.tab = tab)}
            >
              ${labels[tab]}
            </button>`,
          )}
        </div>
        ${this.renderExportMenu()}
      </div>
      ${this.renderExportStatus()}
      ${TABS.map(
        (tab) => html`<div class="panel panel-${tab}" part="panel" role="tabpanel" id=${`panel-${tab}`} aria-labelledby=${`tab-${tab}`} ?hidden=${tab !== this.tab}>
          ${this.visited.has(tab) ? this.renderView(tab, common.start) : nothing}
        </div>`,
      )}
    `;
  }

  private renderView(tab: DiagnosticsTab, callStart: string) {
    const id = this.conversationId;
    switch (tab) {
      case 'flow':
        return html`<sip-flow-diagram .client=${this.client} .capabilities=${this.capabilities} .messages=${this.messages} locale=${this.locale ?? nothing} conversation-id=${id ?? nothing} call-start=${callStart}></sip-flow-diagram>`;
      case 'qos':
        return html`<qos-chart .client=${this.client} .capabilities=${this.capabilities} .messages=${this.messages} locale=${this.locale ?? nothing} conversation-id=${id ?? nothing} call-start=${callStart}></qos-chart>`;
      case 'agents':
        return html`<call-participants .client=${this.client} .capabilities=${this.capabilities} .messages=${this.messages} locale=${this.locale ?? nothing} conversation-id=${id ?? nothing} call-start=${callStart}></call-participants>`;
    }
  }

  private renderExportMenu() {
    const t = this.t;
    const allowed = this.can('diagnostics.view');
    const ladderReady = Boolean(this.ladder?.hasFlow);
    const running = this.exportStatus?.state === 'running';
    const item = (format: DiagnosticsExportFormat, label: string, enabled: boolean, reason: string) => html`<button
      role="menuitem"
      data-format=${format}
      aria-disabled=${enabled ? 'false' : 'true'}
      ${tooltip(enabled ? '' : reason)}
      @click=${() => {
        if (!enabled) return;
        this.menu.done();
        void this.exportAs(format);
      }}
    >
      ${icon(format === 'pcap' || format === 'text' ? icons.file : icons.download)}${label}
    </button>`;
    return html`<div class="export">
      <button
        class="btn"
        part="export-button"
        id="export-button"
        aria-haspopup="menu"
        aria-controls="export-menu"
        aria-expanded=${this.menu.open ? 'true' : 'false'}
        aria-busy=${running ? 'true' : 'false'}
        @click=${this.menu.toggle}
        @keydown=${this.menu.onButtonKeydown}
      >
        ${icon(icons.download)}${t.exportMenu}${icon(icons.chevronDown)}
      </button>
      <div id="export-menu" role="menu" popover="manual" aria-labelledby="export-button" @keydown=${this.menu.onMenuKeydown}>
        ${item('pcap', t.exportPcap, allowed, t.noPermissionReason)} ${item('text', t.exportText, allowed, t.noPermissionReason)}
        <div role="separator"></div>
        ${item('svg', t.exportSvg, ladderReady, t.exportLadderUnavailable)} ${item('html', t.exportHtml, ladderReady, t.exportLadderUnavailable)}
      </div>
    </div>`;
  }

  private renderExportStatus() {
    const t = this.t;
    const status = this.exportStatus;
    if (!status) return nothing;
    if (status.state === 'running') {
      const label = t.exportInProgress(this.formatLabel(status.format));
      return html`<div class="export-status running" part="export-status" role="status">
        <progress aria-label=${label}></progress>
        <span>${label}</span>
        <button class="btn quiet" @click=${() => status.controller.abort()}>${t.exportCancel}</button>
      </div>`;
    }
    return html`<div class="export-status ${status.state}" part="export-status" role=${status.state === 'failed' ? 'alert' : 'status'}>
      ${icon(status.state === 'failed' ? icons.alert : icons.check)}
      <span>${status.message}</span>
      <button class="icon-btn" aria-label=${t.dismiss} ${tooltip(t.dismiss)} @click=${() => (this.exportStatus = undefined)}>${icon(icons.close)}</button>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'conversation-diagnostics': ConversationDiagnostics;
  }
}
