import { html, nothing, type TemplateResult } from 'lit';
import { computePosition, flip, offset as offsetMiddleware, shift } from '@floating-ui/dom';
import type { ConversationSummary } from '@conversations-kit/sdk';
import type { KitElement } from '../base/kit-element.js';
import { MenuController } from '../primitives/menu.js';
import { tooltip } from '../primitives/tooltip.js';
import { icon, icons } from '../icons/icons.js';
import { copyText } from '../util/clipboard.js';
import { customerLabel } from './cells.js';
import { rowIcon } from './row-icons.js';
import { supervisorActions, type Entry } from './row-template.js';
import type { SupervisorAction } from './supervisor-controller.js';
import type { ConversationsTable } from './conversations-table.js';

/**
 * The table's menus and popovers: a row's ⋮ menu (downloads, Preview Events, copy IDs, supervisor
 * actions), the Export menu (selection, Preview Events, the whole list), the Queues/Skills list and
 * the Preview Events dialog (the panel's, loaded on first use). Each acts on the conversation it was
 * opened for (`menuEntry`), whatever row the list shows under it later.
 */
export class TableMenus {
  readonly rowMenu: MenuController;
  readonly exportMenu: MenuController;
  private entry?: Entry;
  private list?: { kind: 'queues' | 'skills'; row: ConversationSummary; button: HTMLElement };
  private events?: ConversationSummary;

  /** The conversation the row menu was opened for. */
  get menuEntry(): Entry | undefined {
    return this.entry;
  }
  set menuEntry(entry: Entry | undefined) {
    this.entry = entry;
    this.host.requestUpdate();
  }

  /** The Queues/Skills list shown, and the button that opened it. */
  get listFor(): { kind: 'queues' | 'skills'; row: ConversationSummary; button: HTMLElement } | undefined {
    return this.list;
  }
  set listFor(list: { kind: 'queues' | 'skills'; row: ConversationSummary; button: HTMLElement } | undefined) {
    this.list = list;
    this.host.requestUpdate();
  }

  /** The conversation whose events are previewed (the dialog stays rendered once opened). */
  get eventsFor(): ConversationSummary | undefined {
    return this.events;
  }
  set eventsFor(row: ConversationSummary | undefined) {
    this.events = row;
    this.host.requestUpdate();
  }

  constructor(private readonly host: ConversationsTable) {
    this.rowMenu = new MenuController(host);
    this.exportMenu = new MenuController(host);
  }


  async openRowMenu(event: Event, entry: Entry): Promise<void> {
    event.stopPropagation();
    const button = event.currentTarget as HTMLElement;
    if (this.rowMenu.open && this.menuEntry === entry) {
      this.rowMenu.close();
      return;
    }
    this.menuEntry = entry;
    await this.host.updateComplete;
    const menu = this.host.shadowRoot!.querySelector<HTMLElement>('#row-menu');
    this.rowMenu.show(button, menu ?? undefined);
  }

  private async copyId(value: string | null | undefined, what: string): Promise<void> {
    this.rowMenu.done();
    if (!value) return;
    try {
      await copyText(value);
      this.host.notify(this.host.t.copiedValue(what));
    } catch {
      this.host.notify(this.host.t.copyFailed, 'error');
    }
  }

  private rowMenuOpener(): HTMLElement | null {
    return this.host.shadowRoot?.querySelector<HTMLElement>('[aria-controls="row-menu"][aria-expanded="true"]') ?? null;
  }

  private rowAction(run: () => void, inactive: string | null): void {
    if (inactive) return;
    const opener = this.rowMenu.open ? this.rowMenuOpener() : null;
    this.rowMenu.done();
    if (opener) opener.focus();
    run();
  }

  supervise(action: SupervisorAction, row: ConversationSummary, opener: HTMLElement | null): void {
    this.host.supervisor.open(action, row, opener);
  }

  async showList(event: Event, kind: 'queues' | 'skills', row: ConversationSummary): Promise<void> {
    event.stopPropagation();
    const button = event.currentTarget as HTMLElement;
    this.listFor = { kind, row, button };
    await this.host.updateComplete;
    const pop = this.host.shadowRoot!.querySelector<HTMLElement>('#list-popover');
    if (!pop) return;
    if (!pop.matches(':popover-open')) pop.showPopover?.();
    button.setAttribute('aria-expanded', 'true');
    const { x, y } = await computePosition(button, pop, { placement: 'bottom-start', strategy: 'fixed', middleware: [offsetMiddleware(4), flip(), shift({ padding: 8 })] });
    Object.assign(pop.style, { left: `${x}px`, top: `${y}px` });
    pop.focus();
  }

  private onListToggle(event: ToggleEvent): void {
    if (event.newState !== 'closed') return;
    const button = this.listFor?.button;
    button?.setAttribute('aria-expanded', 'false');
    if (button?.isConnected && this.host.shadowRoot?.activeElement?.closest('#list-popover') !== null) button.focus();
  }

  renderExportMenu(): TemplateResult {
    const t = this.host.t;
    const rows = this.host.selection;
    const hints = { conversations: t.tableExportConversationDataHint, transcripts: t.tableExportTranscriptsHintMax(this.host.transcriptLimit), events: t.tableExportEventsHint };
    const busy = this.host.exporter.running ? t.tableExportWorking(this.host.exporter.running.label) : null;
    const entry = (label: string, ic: TemplateResult, reason: string | null, hint: string, run: () => void) => html`<button
      role="menuitem"
      aria-disabled=${reason ? 'true' : 'false'}
      ${tooltip(reason ?? hint)}
      @click=${() => {
        if (reason) return;
        this.exportMenu.done();
        run();
      }}
    >
      ${ic}${label}
    </button>`;
    const item = (kind: 'conversations' | 'transcripts' | 'events', label: string) =>
      entry(
        label,
        icon(kind === 'transcripts' ? icons.file : kind === 'events' ? icons.activity : icons.download),
        busy ?? (kind === 'events' ? this.host.exporter.eventsReason(rows) : this.host.exporter.reason(kind, rows.length)),
        hints[kind],
        () => void this.host.exporter.exportSelection(kind, rows),
      );
    const store = this.host.store;
    const total = store?.total ?? 0;
    const allCount = store?.totalKnown ? this.host.format.number(total) : `${this.host.format.number(total)}+`;
    const allReason = busy ?? (this.host.searching ? t.tableExportAllSearch : this.host.exporter.reason('conversations', total));
    const previewReason = !this.host.can('events.view') ? t.noPermissionReason : rows.length !== 1 ? t.tablePreviewEventsNeedsOne : null;
    return html`<div id="export-menu" role="menu" popover="manual" aria-label=${t.tableExportButton} @keydown=${this.exportMenu.onMenuKeydown}>
      <div class="menu-label" role="presentation">${rows.length ? t.selectedCount(rows.length) : t.tableExportNeedsSelection}</div>
      ${item('conversations', t.tableExportConversationData)} ${item('transcripts', t.tableExportTranscripts)} ${item('events', t.tableExportEvents)}
      ${entry(t.tablePreviewEvents, icon(icons.activity), previewReason, t.tablePreviewEventsHint, () => void this.previewEvents(rows[0], this.exportButton()))}
      <div role="separator"></div>
      ${entry(t.tableExportAll(allCount), icon(icons.download), allReason, t.tableExportAllHint, () => void this.host.exporter.exportAll(this.host.effectiveQuery(), total))}
    </div>`;
  }

  private exportButton(): HTMLElement | null {
    return this.host.shadowRoot?.querySelector<HTMLElement>('[aria-controls="export-menu"]') ?? null;
  }

  /** Preview Events for one conversation, in the panel's own dialog (loaded on first use). */
  async previewEvents(row: ConversationSummary | undefined, opener: HTMLElement | null): Promise<void> {
    if (!row) return;
    if (!customElements.get('insights-events-dialog')) {
      const { InsightsEventsDialog } = await import('../insights-panel/events/events-dialog.js');
      if (!customElements.get('insights-events-dialog')) customElements.define('insights-events-dialog', InsightsEventsDialog);
    }
    this.eventsFor = row;
    await this.host.updateComplete;
    const dialog = this.host.shadowRoot?.querySelector('insights-events-dialog') as (HTMLElement & { open(opener?: HTMLElement): Promise<void> }) | null;
    await dialog?.open(opener ?? undefined);
  }

  renderEventsDialog(): TemplateResult | typeof nothing {
    const row = this.eventsFor;
    if (!row) return nothing;
    return html`<insights-events-dialog
      conversation-id=${row.id}
      .startTime=${row.startTime}
      ?in-progress=${row.status === 'in_progress'}
      .client=${this.host.client}
      .capabilities=${this.host.capabilities}
      .messages=${this.host.messages}
      .locale=${this.host.locale}
    ></insights-events-dialog>`;
  }

  renderRowMenu(): TemplateResult {
    const t = this.host.t;
    const entry = this.menuEntry;
    const row = entry?.c;
    const ids = row?.identifiers;
    const item = (label: string, ic: TemplateResult, reason: string | null, hint: string, run: () => void) =>
      html`<button role="menuitem" aria-disabled=${reason ? 'true' : 'false'} ${tooltip(reason ?? hint)} @click=${() => this.rowAction(run, reason)}>
        ${ic}${label}
      </button>`;
    const perm = (p: Parameters<KitElement['can']>[0], available: boolean | undefined, missing: string) =>
      !this.host.can(p) ? t.noPermissionReason : !available ? missing : null;
    const copy = (label: string, what: string, value: string | null | undefined) =>
      html`<button role="menuitem" aria-disabled=${value ? 'false' : 'true'} ${tooltip(value ? value : t.reasonNoIdentifier)} @click=${() => this.copyId(value, what)}>
        ${icon(icons.copy)}${label}
      </button>`;
    return html`<div id="row-menu" role="menu" popover="manual" aria-label=${row ? t.rowActions(customerLabel(row, t)) : t.colActions} @keydown=${this.rowMenu.onMenuKeydown}>
      ${row
        ? html`
            <div class="menu-label" role="presentation" dir="auto">${t.rowMenuFor(customerLabel(row, t), this.host.format.dateTime(row.startTime))}</div>
            ${item(t.actionDownloadRecording, icon(icons.headphones), perm('recordings.download', row.hasRecording, t.reasonNoRecording), t.hintDownloadRecording, () => void this.host.exporter.download('recording', row))}
            ${item(t.actionDownloadTranscript, icon(icons.file), perm('transcripts.download', row.hasTranscript, t.reasonNoTranscript), t.hintDownloadTranscript, () => void this.host.exporter.download('transcript', row))}
            ${item(t.actionDownloadLatencyReport, icon(icons.activity), perm('transcripts.download', row.hasLatencyReport, t.reasonNoLatencyReport), t.hintDownloadLatencyReport, () => void this.host.exporter.download('latency-report', row))}
            ${item(
              t.tablePreviewEvents,
              icon(icons.activity),
              !this.host.can('events.view') ? t.noPermissionReason : null,
              t.tablePreviewEventsHint,
              () => void this.previewEvents(row, this.rowMenuOpener()),
            )}
            <div role="separator"></div>
            ${copy(t.actionCopyUserId, t.idUserId, ids?.userId ?? row.customer?.userId)}
            ${copy(t.actionCopySessionId, t.idSessionId, ids?.sessionId)}
            ${copy(t.actionCopyCallConversationId, t.idCallConversationId, ids?.callConversationId)}
            ${copy(t.actionCopyAgentConversationId, t.idAgentConversationId, ids?.agentConversationId)}
            ${row.status === 'in_progress'
              ? html`<div role="separator"></div>
                  <div class="menu-label" role="presentation">${t.supervisorView}</div>
                  ${supervisorActions(t).map(([action, label, ic, hint]) => {
                    const reason = this.host.supervisor.reason(row);
                    return html`<button
                      role="menuitem"
                      data-action=${action}
                      aria-disabled=${reason ? 'true' : 'false'}
                      ${tooltip(reason ?? hint)}
                      @click=${() => {
                        if (reason) return;
                        const opener = this.host.shadowRoot?.querySelector<HTMLElement>('[aria-controls="row-menu"][aria-expanded="true"]') ?? null;
                        this.rowMenu.close(false);
                        this.supervise(action, row, opener);
                      }}
                    >
                      ${rowIcon(ic)}${label}
                    </button>`;
                  })}`
              : nothing}
          `
        : nothing}
    </div>`;
  }

  renderListPopover(): TemplateResult {
    const t = this.host.t;
    const list = this.listFor;
    const title = list?.kind === 'skills' ? t.skillsAllTitle : t.queuesOrderTitle;
    return html`<div id="list-popover" class="list-popover" popover="auto" role="dialog" aria-labelledby="list-popover-title" tabindex="-1" @toggle=${this.onListToggle}>
      ${list
        ? html`<p id="list-popover-title" class="list-title">${title}</p>
            ${list.kind === 'queues'
              ? html`<ol>${list.row.queues.map((q, i) => html`<li dir="auto" aria-current=${i === list.row.queues.length - 1 ? 'true' : 'false'}>${q.name}</li>`)}</ol>`
              : html`<ul>${list.row.skills.map((s) => html`<li dir="auto">${s}</li>`)}</ul>`}`
        : nothing}
    </div>`;
  }
}
