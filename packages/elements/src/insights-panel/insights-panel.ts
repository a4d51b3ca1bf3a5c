import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { Task, TaskStatus } from '@lit/task';
import { ContextConsumer, ContextProvider } from '@lit/context';
import type { Conversation, ConversationSummary, LiveMessage } from '@conversations-kit/sdk';
import { Activity, EllipsisVertical, FileAudio, FileText, Gauge, ListChecks, X } from 'lucide';
import { KitElement } from '../base/kit-element.js';
import { describeError } from '../base/errors.js';
import { renderEmpty, renderError, renderLoading, renderNoClient, renderNoPermission } from '../base/states.js';
import { buttonStyles, hostStyles, pillStyles, stateStyles } from '../styles/shared.styles.js';
import { popupStyles } from '../primitives/popup.styles.js';
import { tooltip } from '../primitives/tooltip.js';
import { MenuController } from '../primitives/menu.js';
import { renderTabs } from '../primitives/tabs.js';
import { icon, icons } from '../icons/icons.js';
import { statusKey } from '../i18n/status.js';
import { announce } from '../util/announce.js';
import { copyText } from '../util/clipboard.js';
import { saveBlob } from '../util/download.js';
import { panelStyles } from './insights-panel.styles.js';
import {
  InsightsCopyEvent, InsightsCloseEvent, diagnosticsOpenEvent, insightsTabs, tabChangeEvent,
  type CopiedField, type InsightsTab,
} from './events.js';
import { definePanelParts } from './parts.js';
import { capabilitiesContext, clientContext, i18nContext, type I18n } from '../context/contexts.js';
import { LiveHub, liveHubContext } from '../context/live-hub.js';
import { ListStateController } from '../context/list-state-controller.js';
import type { DispositionRefreshEvent } from './events.js';
import { renderDetails } from './details/details-tab.js';
import { hidden, renderUser } from './details/user-tab.js';
import { renderIdentifiers } from './details/identifiers-tab.js';
import type { InsightsTranscript } from './transcript/insights-transcript.js';
import type { InsightsDispositionDialog } from './details/disposition-dialog.js';
import type { InsightsDispositionLog } from './details/disposition-log-dialog.js';
import type { InsightsEventsDialog } from './events/events-dialog.js';
// Type and a pure helper only: the panel never registers <recording-player> itself.
import type { RecordingRegion } from '../recording-player/recording-player.js';
import { transcriptRegions } from '../recording-player/transcript-regions.js';

type Download = 'recording' | 'transcript' | 'latency';

/** `diagnostics-time-hover` from `<conversation-diagnostics>`, read structurally. */
interface DiagnosticsHoverLike extends Event {
  offsetSeconds: number | null;
}

const COPIED_MS = 2000;
const TOAST_MS = 4000;

/**
 * @summary "Insights to Logs" for one conversation: header icons (direction, language, sentiment,
 * channel), the customer, Diagnostics (voice), downloads and events, and the Transcript, Details,
 * User and Identifiers tabs. Open it with `conversation-id`; it loads everything else itself.
 *
 * @event {TabChangeEvent} tab-change - The user selected another tab (`detail.tab`).
 * @event {DispositionSavedEvent} disposition-saved - A disposition edit was saved (`detail.disposition`).
 * @event {InsightsCopyEvent} id-copy - An identifier (or all of them) was copied; read `event.field` and `event.text`.
 * @event {InsightsCloseEvent} panel-close - The user pressed Close. The host hides the panel.
 * @event {DiagnosticsOpenEvent} diagnostics-open - The user opened Diagnostics (cancelable: prevent it to show your own).
 *
 * @slot recording - A recording player of your own for voice conversations. Without it the panel shows
 *   `<recording-player>` when that element is registered.
 *
 * @csspart header - The header with the title, icons, customer and actions.
 * @csspart tabs - The tab list.
 * @csspart tab - Each tab.
 * @csspart tabpanel - Each tab panel.
 * @csspart state - Loading, empty, error and no-permission panels.
 * @csspart retry-button - The Retry button of an error state.
 *
 * @cssprop --ck-insights-panel-background - Panel background (default `--ck-color-surface`).
 * @cssprop --ck-insights-panel-border-color - Outer border (default `--ck-color-border`).
 * @cssprop --ck-insights-customer-turn-background - Customer turns (default `--ck-color-surface-sunken`).
 * @cssprop --ck-insights-agent-turn-background - AI and human agent turns (default `--ck-color-surface-raised`).
 *
 * @example
 * <insights-panel conversation-id="conv_000123"></insights-panel>
 * table.addEventListener('conversation-select', (e) => { panel.summary = e.detail.conversation; panel.conversationId = e.detail.id; });
 */
export class InsightsPanel extends KitElement {
  static override styles = [hostStyles, buttonStyles, stateStyles, pillStyles, popupStyles, panelStyles];

  /** The conversation to show. */
  @property({ attribute: 'conversation-id', reflect: true }) conversationId?: string;

  /** The selected tab. */
  @property({ reflect: true }) tab: InsightsTab = 'transcript';

  /**
   * The list row the user opened (`conversation-select`'s `detail.conversation`), if at hand: the header
   * shows at once while the full conversation loads.
   */
  @property({ attribute: false }) summary?: ConversationSummary;

  @state() private conversation?: Conversation;
  @state() private copied: CopiedField | null = null;
  @state() private toast: { text: string; error: boolean } | null = null;
  @state() private diagnosticsOpen = false;
  @state() private busyDownload: Download | null = null;
  @state() private regions: RecordingRegion[] = [];

  @query('insights-transcript') private transcriptEl?: InsightsTranscript;
  @query('insights-disposition-dialog') private dispositionDialog?: InsightsDispositionDialog;
  @query('insights-disposition-log') private dispositionLog?: InsightsDispositionLog;
  @query('insights-events-dialog') private eventsDialog?: InsightsEventsDialog;
  @query('dialog.diagnostics') private diagnosticsDialog?: HTMLDialogElement;

  private readonly menu = new MenuController(this);
  private live?: { id: string; stop: () => void };
  /** The provider's live hub (one stream for every element), when there is a provider. */
  private readonly liveHub = new ContextConsumer(this, { context: liveHubContext, subscribe: true, callback: () => this.restartLive() });
  /** The list's search, carried into the transcript's own search. */
  private readonly list = new ListStateController(this);
  // The inner elements (transcript, player, dialogs, diagnostics) get client, capabilities and
  // i18n from the panel, whether the panel got them from a provider or as properties.
  private readonly clientProvider = new ContextProvider(this, { context: clientContext });
  private readonly capabilitiesProvider = new ContextProvider(this, { context: capabilitiesContext });
  private readonly i18nProvider = new ContextProvider(this, { context: i18nContext });
  private providedI18nFor?: { messages: unknown; locale: string; value: I18n };
  private diagnosticsOpener?: HTMLElement;
  private copiedTimer?: ReturnType<typeof setTimeout>;
  private toastTimer?: ReturnType<typeof setTimeout>;

  private readonly conversationTask = new Task(this, {
    task: async ([client, id], { signal }) => (client && id ? client.conversations.get(id, { signal }) : undefined),
    args: () => [this.client, this.conversationId] as const,
    onComplete: (conversation) => {
      if (conversation && conversation.id === this.conversationId) this.conversation = conversation;
    },
  });

  /** Reloads the conversation and its transcript. */
  reload(): void {
    void this.conversationTask.run();
    this.transcriptEl?.reload();
  }

  /** Selects a tab (as if the user had; fires `tab-change` only when `notify`). */
  selectTab(tab: InsightsTab, { focus = false, notify = false } = {}): void {
    if (!insightsTabs.includes(tab)) return;
    const changed = tab !== this.tab;
    this.tab = tab;
    if (changed && notify) this.dispatchEvent(tabChangeEvent(tab));
    if (focus) void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#tab-${tab}`)?.focus());
  }

  override connectedCallback(): void {
    definePanelParts();
    super.connectedCallback();
    // A player or diagnostics element registered after the panel rendered still plugs in.
    for (const tag of ['recording-player', 'conversation-diagnostics']) {
      if (!customElements.get(tag)) void customElements.whenDefined(tag).then(() => this.requestUpdate());
    }
    this.syncLive();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopLive();
    clearTimeout(this.copiedTimer);
    clearTimeout(this.toastTimer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.reprovide();
    if (changed.has('conversationId')) {
      if (this.conversation?.id !== this.conversationId) this.conversation = undefined;
      this.copied = null;
      if (this.diagnosticsOpen) this.diagnosticsDialog?.close();
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (changed.has('conversation') || changed.has('capabilities') || changed.has('client') || changed.has('conversationId')) this.syncLive();
    if (changed.has('diagnosticsOpen') && this.diagnosticsOpen && this.diagnosticsDialog && !this.diagnosticsDialog.open) this.diagnosticsDialog.showModal();
  }

  /** Re-provides client, capabilities and i18n to the inner elements (only when they changed). */
  private reprovide(): void {
    this.clientProvider.setValue(this.client);
    this.capabilitiesProvider.setValue(this.capabilities);
    const messages = this.t;
    const format = this.format;
    const cached = this.providedI18nFor;
    if (!cached || cached.messages !== messages || cached.locale !== format.locale) {
      this.providedI18nFor = { messages, locale: format.locale, value: { locale: format.locale, messages, format } };
      this.i18nProvider.setValue(this.providedI18nFor.value);
    }
  }

  /** What the header and tabs show: the full conversation, or the list row until it has loaded. */
  private get view(): Partial<Conversation> | undefined {
    if (this.conversation?.id === this.conversationId) return this.conversation;
    return this.summary?.id === this.conversationId ? this.summary : undefined;
  }

  // ---- Live updates ------------------------------------------------------------------------------

  /**
   * Live updates for the open conversation, whatever its status: turns while it is in progress, and
   * later changes (another user's disposition) once it ended. Through the provider's one stream
   * when there is a provider.
   */
  private syncLive(): void {
    const c = this.conversation;
    const wanted =
      this.isConnected && this.client && c && c.id === this.conversationId && this.capabilities?.features?.liveUpdates !== false ? c.id : null;
    if (this.live?.id === wanted) return;
    this.stopLive();
    if (!wanted || !this.client) return;
    const hub = this.liveHub.value ?? LiveHub.forClient(this.client);
    this.live = { id: wanted, stop: hub.subscribe(this.onLive) };
  }

  private restartLive(): void {
    this.stopLive();
    this.syncLive();
  }

  private onLive = (message: LiveMessage): void => {
    const data = message.data;
    if (!data?.conversation || data.conversation.id !== this.conversationId) return;
    if (message.type === 'transcript.appended' && data.item) this.transcriptEl?.appendLive(data.item);
    const ended = this.conversation?.status !== 'in_progress';
    if (this.conversation) this.conversation = { ...this.conversation, ...data.conversation };
    // The end, and a change to an ended conversation (another user's disposition), bring fields the
    // summary does not carry: load them.
    if (message.type === 'conversation.ended' || (message.type === 'conversation.updated' && ended)) void this.conversationTask.run();
  };

  private stopLive(): void {
    this.live?.stop();
    this.live = undefined;
  }

  // ---- Actions -----------------------------------------------------------------------------------

  private close(): void {
    this.dispatchEvent(new InsightsCloseEvent(this.conversationId));
  }

  private showToast(text: string, error = false): void {
    clearTimeout(this.toastTimer);
    this.toast = { text, error };
    announce(text);
    this.toastTimer = setTimeout(() => (this.toast = null), TOAST_MS);
  }

  private async copy(field: CopiedField, text: string, label: string): Promise<void> {
    const t = this.t;
    try {
      await copyText(text);
    } catch {
      this.showToast(t.insightsCopyFailed, true);
      return;
    }
    clearTimeout(this.copiedTimer);
    this.copied = field;
    const message = field === 'all' ? t.insightsCopiedAll : t.insightsCopiedField(label);
    if (field === 'all') this.showToast(message);
    else announce(message);
    this.dispatchEvent(new InsightsCopyEvent(field, text));
    this.copiedTimer = setTimeout(() => (this.copied = null), COPIED_MS);
  }

  private downloadBlocked(kind: Download): string | null {
    const t = this.t;
    const c = this.view;
    if (kind === 'recording') {
      if (!this.can('recordings.download')) return t.noPermissionReason;
      const state = this.conversation?.recording?.state;
      if (c?.hasRecording === false || (state && state !== 'available')) return t.insightsNoRecordingReason;
      return null;
    }
    if (!this.can('transcripts.download')) return t.noPermissionReason;
    if (kind === 'transcript') return c?.hasTranscript === false ? t.insightsNoTranscriptReason : null;
    return c?.hasLatencyReport === false ? t.insightsNoLatencyReason : null;
  }

  private async download(kind: Download): Promise<void> {
    const client = this.client;
    const id = this.conversationId;
    // An inactive item explains itself (tooltip) and leaves the menu open.
    if (!client || !id || this.busyDownload || this.downloadBlocked(kind)) return;
    this.menu.done();
    const t = this.t;
    const what = { recording: t.insightsDownloadRecording, transcript: t.insightsDownloadTranscript, latency: t.insightsDownloadLatencyReport }[kind];
    this.busyDownload = kind;
    try {
      const file =
        kind === 'recording' ? await client.recordings.download(id) : kind === 'transcript' ? await client.transcripts.download(id) : await client.transcripts.latencyReport(id);
      const fallback = kind === 'recording' ? `${id}.flac` : kind === 'transcript' ? `transcript-${id}.csv` : `latency-report-${id}.csv`;
      saveBlob(file.blob, file.filename ?? fallback);
      this.showToast(t.insightsDownloadStarted(what));
    } catch (error) {
      this.showToast(t.insightsDownloadFailed(what, describeError(error, t)), true);
    } finally {
      this.busyDownload = null;
    }
  }

  private openEvents(): void {
    if (!this.can('events.view')) return;
    const opener = this.renderRoot.querySelector<HTMLElement>('.more-actions') ?? undefined;
    this.menu.close(false);
    void this.eventsDialog?.open(opener);
  }

  private openDiagnostics(opener: HTMLElement): void {
    const id = this.conversationId;
    if (!id || !this.can('diagnostics.view')) return;
    const event = diagnosticsOpenEvent(id);
    this.dispatchEvent(event);
    if (event.defaultPrevented) return;
    this.diagnosticsOpener = opener;
    this.diagnosticsOpen = true;
  }

  private onDiagnosticsClose(): void {
    this.diagnosticsOpen = false;
    this.transcriptEl?.markTime(null);
    this.transcriptEl?.player?.markTime?.(null);
    this.diagnosticsOpener?.focus();
  }

  /** Diagnostics timeline hover: the shared time cursor on the player and the matching transcript turn. */
  private onDiagnosticsHover(event: Event): void {
    const seconds = (event as DiagnosticsHoverLike).offsetSeconds;
    const value = typeof seconds === 'number' && Number.isFinite(seconds) ? seconds : null;
    this.transcriptEl?.player?.markTime?.(value);
    this.transcriptEl?.markTime(value);
  }

  private onDispositionSaved(event: CustomEvent<{ disposition: Conversation['disposition'] }>): void {
    if (this.conversation) this.conversation = { ...this.conversation, disposition: event.detail.disposition };
  }

  /** Someone else saved first: the dialog learned the current disposition; show it behind the dialog too. */
  private onDispositionRefresh(event: DispositionRefreshEvent): void {
    if (this.conversation?.id === event.conversationId) this.conversation = { ...this.conversation, disposition: event.disposition };
  }

  /** Hold periods and ASR/Bot/TTS markers drawn over the waveform of the panel's own player. */
  private onTranscriptItems(): void {
    const regions = transcriptRegions(this.transcriptEl?.transcriptItems ?? [], this.t);
    const key = (list: RecordingRegion[]) => list.map((r) => `${r.kind}:${r.start}-${r.end}`).join();
    if (key(regions) !== key(this.regions)) this.regions = regions;
  }

  // ---- Rendering ---------------------------------------------------------------------------------

  protected override render() {
    const t = this.t;
    if (!this.client) return html`<div class="frame">${renderNoClient(t)}</div>`;
    if (!this.conversationId) {
      return html`<div class="frame">${renderEmpty(t.insightsNoConversationTitle, t.insightsNoConversationMessage)}</div>`;
    }
    const error = this.conversationTask.status === TaskStatus.ERROR ? (this.conversationTask.error as { status?: number }) : null;
    // A conversation that does not exist or may not be seen has no tabs worth showing.
    if (error && (error.status === 404 || error.status === 403) && !this.view) {
      return html`<section class="frame" aria-labelledby="title">
        ${this.renderHeader()}
        ${error.status === 403 ? renderNoPermission(t) : renderError(error, t, () => void this.conversationTask.run())}
      </section>`;
    }
    return html`<section class="frame" aria-labelledby="title">
      ${this.renderHeader()} ${this.renderTabs()}
      <div class="panels">${this.renderPanels()}</div>
      ${this.renderDialogs()}
      ${this.toast ? html`<div class="toast ${this.toast.error ? 'error' : ''}" part="toast">${this.toast.text}</div>` : nothing}
    </section>`;
  }

  private renderHeader(): TemplateResult {
    const t = this.t;
    const c = this.view;
    const f = this.format;
    const status = c?.status ? statusKey({ status: c.status, completionReason: c.completionReason ?? null }) : null;
    const voice = c?.channel === 'voice';
    const customer = c?.customer;
    const who = customer
      ? customer.obscured
        ? html`<span class="customer mono">${customer.userId || t.notAvailable}</span>${hidden(t)}`
        : html`<span class="customer" dir="auto">${customer.name || customer.phone || customer.email || customer.userId || t.notAvailable}</span>`
      : this.conversationTask.status === TaskStatus.PENDING
        ? html`<span class="skeleton customer-skeleton" role="status"><span class="visually-hidden">${t.insightsLoadingConversation}</span></span>`
        : html`<span class="customer mono">${this.conversationId}</span>`;
    const diagnosticsBlocked = !this.can('diagnostics.view') ? t.noPermissionReason : null;
    return html`<header class="header" part="header">
      <div class="title-row">
        <div class="title-group">
          <h2 class="title" id="title">${t.insightsTitle}</h2>
          ${c ? this.renderHeaderIcons(c) : nothing}
        </div>
        <div class="header-actions">
          ${voice
            ? html`<button class="btn diagnostics" type="button" aria-disabled=${diagnosticsBlocked ? 'true' : 'false'}
                ${tooltip(diagnosticsBlocked ?? t.insightsDiagnostics)}
                @click=${(e: Event) => this.openDiagnostics(e.currentTarget as HTMLElement)}>${icon(Activity)}<span class="label">${t.insightsDiagnostics}</span></button>`
            : nothing}
          ${c ? this.renderActionsMenu() : nothing}
          <button class="icon-btn close" type="button" aria-label=${t.insightsClose} ${tooltip(t.insightsClose)} @click=${this.close}>${icon(X)}</button>
        </div>
      </div>
      <div class="customer-row">
        ${who}
        ${status ? html`<span class="pill ${status.tone}"><span class="dot" aria-hidden="true"></span>${t[status.key]}</span>` : nothing}
        ${c?.startTime ? html`<span class="muted num started" dir="auto">${f.dateTime(c.startTime)}</span>` : nothing}
      </div>
    </header>`;
  }

  private renderHeaderIcons(c: Partial<Conversation>): TemplateResult {
    const t = this.t;
    const f = this.format;
    const sentiment = c.sentiment ? t[`sentiment_${c.sentiment}`] : null;
    return html`<span class="header-icons">
      ${c.direction ? html`<span class="hicon" ${tooltip(t.directionLabel(t[`direction_${c.direction}`]))}>${icon(c.direction === 'inbound' ? icons.inbound : icons.outbound, t.directionLabel(t[`direction_${c.direction}`]))}</span>` : nothing}
      ${c.language
        ? html`<span class="hicon lang" role="img" aria-label=${t.languageLabel(f.language(c.language))} ${tooltip(t.languageLabel(f.language(c.language)))}>${c.language.slice(0, 2).toUpperCase()}</span>`
        : nothing}
      ${sentiment && c.sentiment ? html`<span class="hicon sentiment ${c.sentiment}" ${tooltip(t.sentimentLabel(sentiment))}>${icon(icons[c.sentiment], t.sentimentLabel(sentiment))}</span>` : nothing}
      ${c.channel && c.channel in icons ? html`<span class="hicon" ${tooltip(t.channelLabel(t[`channel_${c.channel}`]))}>${icon(icons[c.channel], t.channelLabel(t[`channel_${c.channel}`]))}</span>` : nothing}
    </span>`;
  }

  private renderActionsMenu(): TemplateResult {
    const t = this.t;
    const voice = this.view?.channel === 'voice';
    const item = (kind: Download, label: string, iconNode: Parameters<typeof icon>[0]) => {
      const blocked = this.downloadBlocked(kind);
      return html`<button role="menuitem" type="button" tabindex="-1" data-download=${kind} aria-disabled=${blocked ? 'true' : 'false'}
        ${blocked ? tooltip(blocked) : nothing} @click=${() => void this.download(kind)}>${icon(iconNode)}${label}</button>`;
    };
    const eventsBlocked = !this.can('events.view') ? t.noPermissionReason : null;
    return html`<button class="icon-btn more-actions" type="button" aria-label=${t.insightsMoreActions} aria-haspopup="menu" aria-controls="actions-menu"
        aria-expanded="false" ${tooltip(t.insightsMoreActions)} @click=${this.menu.toggle} @keydown=${this.menu.onButtonKeydown}>${icon(EllipsisVertical)}</button>
      <div id="actions-menu" role="menu" popover="manual" aria-label=${t.insightsMoreActions} @keydown=${this.menu.onMenuKeydown}>
        ${voice ? item('recording', t.insightsDownloadRecording, FileAudio) : nothing}
        ${item('transcript', t.insightsDownloadTranscript, FileText)}
        ${voice ? item('latency', t.insightsDownloadLatencyReport, Gauge) : nothing}
        <div role="separator"></div>
        <button role="menuitem" type="button" tabindex="-1" data-action="preview-events" aria-disabled=${eventsBlocked ? 'true' : 'false'}
          ${eventsBlocked ? tooltip(eventsBlocked) : nothing} @click=${this.openEvents}>${icon(ListChecks)}${t.insightsPreviewEvents}</button>
      </div>`;
  }

  private tabLabel(tab: InsightsTab): string {
    const t = this.t;
    return { transcript: t.insightsTabTranscript, details: t.insightsTabDetails, user: t.insightsTabUser, identifiers: t.insightsTabIdentifiers }[tab];
  }

  private renderTabs(): TemplateResult {
    return renderTabs({
      tabs: insightsTabs.map((tab) => ({ id: tab, label: this.tabLabel(tab) })),
      selected: this.tab,
      label: this.t.insightsTabsLabel,
      onSelect: (tab) => this.selectTab(tab, { notify: true }),
      host: this,
    });
  }

  private renderPanels(): TemplateResult {
    const c = this.view;
    const id = this.conversationId!;
    const panel = (tab: InsightsTab, content: () => unknown) =>
      html`<div class="tabpanel" role="tabpanel" part="tabpanel" id="panel-${tab}" aria-labelledby="tab-${tab}" tabindex="0" ?hidden=${tab !== this.tab}>
        ${tab === this.tab ? this.renderConversationState(content) : nothing}
      </div>`;
    return html`
      <div class="tabpanel transcript" role="tabpanel" part="tabpanel" id="panel-transcript" aria-labelledby="tab-transcript" ?hidden=${this.tab !== 'transcript'}>
        <insights-transcript
          conversation-id=${id}
          .channel=${c?.channel}
          .listSearch=${this.list.state.search?.q ?? null}
          .recording=${this.conversation?.recording}
          ?live=${c?.status === 'in_progress'}
          ?active=${this.tab === 'transcript'}
          @items-change=${this.onTranscriptItems}
          ><slot name="recording" slot="recording">${this.renderPlayer()}</slot></insights-transcript
        >
      </div>
      ${panel('details', () =>
        renderDetails(this.conversation!, {
          t: this.t,
          format: this.format,
          canEditDisposition: this.can('dispositions.edit'),
          onEditDisposition: (opener) => void this.dispositionDialog?.open(opener),
          onViewLogs: (opener) => void this.dispositionLog?.open(opener),
        }),
      )}
      ${panel('user', () => renderUser(this.conversation!, this.t))}
      ${panel('identifiers', () => renderIdentifiers(this.conversation!, { t: this.t, copied: this.copied, onCopy: (field, text, label) => void this.copy(field, text, label) }))}
    `;
  }

  /** Details, User and Identifiers come from the full conversation: its loading and error states, per tab. */
  private renderConversationState(content: () => unknown): unknown {
    const t = this.t;
    if (this.conversation?.id === this.conversationId) return content();
    if (this.conversationTask.status === TaskStatus.ERROR) return renderError(this.conversationTask.error, t, () => void this.conversationTask.run());
    return renderLoading(t.insightsLoadingConversation, 8);
  }

  private renderPlayer(): unknown {
    const c = this.view;
    const recording = this.conversation?.recording;
    if (c?.channel !== 'voice' || !customElements.get('recording-player')) return nothing;
    if (recording && (recording.enabled === false || recording.state === 'recording_disabled')) return nothing;
    return html`<recording-player
      conversation-id=${this.conversationId!}
      .regions=${this.regions}
    ></recording-player>`;
  }

  private renderDialogs(): TemplateResult {
    const id = this.conversationId!;
    const c = this.view;
    return html`
      <insights-disposition-dialog conversation-id=${id} @disposition-saved=${this.onDispositionSaved}
        @disposition-refresh=${this.onDispositionRefresh}></insights-disposition-dialog>
      <insights-disposition-log conversation-id=${id}></insights-disposition-log>
      <insights-events-dialog conversation-id=${id} .startTime=${c?.startTime ?? null} ?in-progress=${c?.status === 'in_progress'}></insights-events-dialog>
      ${c?.channel === 'voice' ? this.renderDiagnosticsDialog() : nothing}
    `;
  }

  private renderDiagnosticsDialog(): TemplateResult {
    const t = this.t;
    const defined = customElements.get('conversation-diagnostics') !== undefined;
    return html`<dialog class="diagnostics" aria-labelledby="diagnostics-title" @close=${this.onDiagnosticsClose}>
      <div class="dialog-header">
        <h2 id="diagnostics-title">${t.insightsDiagnostics}</h2>
        <button class="icon-btn" type="button" aria-label=${t.close} @click=${() => this.diagnosticsDialog?.close()}>${icon(icons.close)}</button>
      </div>
      <div class="dialog-body">
        ${!this.diagnosticsOpen
          ? nothing
          : defined
            ? html`<conversation-diagnostics
                conversation-id=${this.conversationId!}
                @diagnostics-time-hover=${this.onDiagnosticsHover}
              ></conversation-diagnostics>`
            : renderEmpty(t.insightsDiagnostics, t.insightsDiagnosticsMissing)}
      </div>
    </dialog>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'insights-panel': InsightsPanel;
  }
}

