import { html, nothing, type PropertyValues } from 'lit';
import { property, state, query } from 'lit/decorators.js';
import { virtualize, virtualizerRef, type VirtualizerHostElement } from '@lit-labs/virtualizer/virtualize.js';
import type { VisibilityChangedEvent } from '@lit-labs/virtualizer/events.js';
import type { ConversationQuery, ConversationSummary } from '@conversations-kit/sdk';
import { KitElement } from '../base/kit-element.js';
import { renderEmpty, renderError, renderLoading, renderNoClient } from '../base/states.js';
import { buttonStyles, hostStyles, pillStyles, stateStyles } from '../styles/shared.styles.js';
import { icon, icons } from '../icons/icons.js';
import { statusKey } from '../i18n/status.js';
import { tableStyles } from './conversations-table.styles.js';
import { conversationSelectEvent } from './events.js';

export type SortOrder = 'startTime:desc' | 'startTime:asc';

/** Rows from the end at which the next page is requested. */
const PREFETCH_ROWS = 30;

/**
 * @summary The list of conversations: virtual scrolling over keyset pages, sortable by start time,
 * keyboard-operable as an ARIA grid.
 *
 * @event conversation-select - {ConversationSelectEvent} The user opened a conversation (click or Enter).
 *
 * @csspart grid - The ARIA grid.
 * @csspart header - The header row.
 * @csspart row - Each conversation row.
 * @csspart state - Loading, empty, error and no-permission panels.
 * @csspart retry-button - The Retry button of the error state.
 *
 * @cssprop --ck-conversations-table-row-height - Row height (default `--ck-row-height`, 40px).
 * @cssprop --ck-conversations-table-background - Table background (default `--ck-color-surface`).
 * @cssprop --ck-conversations-table-border-color - Outer border (default `--ck-color-border`).
 */
export class ConversationsTable extends KitElement {
  static override styles = [hostStyles, buttonStyles, stateStyles, pillStyles, tableStyles];

  /** Filters applied to the list (the same shape as `client.conversations.list`). */
  @property({ attribute: false }) query: ConversationQuery = {};

  /** Start-time order. */
  @property({ reflect: true }) sort: SortOrder = 'startTime:desc';

  /** Rows requested per page. */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 50;

  /** Denser 32 px rows. */
  @property({ type: Boolean, reflect: true }) compact = false;

  /** Id of the conversation shown as selected (e.g. the one open in the insights panel). */
  @property({ attribute: 'selected-id' }) selectedId?: string;

  @state() private rows: ConversationSummary[] = [];
  @state() private status: 'idle' | 'loading' | 'ready' | 'error' = 'idle';
  @state() private error?: unknown;
  @state() private loadingMore = false;
  @state() private focusIndex = 0;

  @query('.body') private body?: HTMLElement & VirtualizerHostElement;

  private nextCursor: string | null = null;
  private controller?: AbortController;

  /** Reloads the list from the first page (keeps the current filters and sort). */
  reload(): void {
    void this.loadFirstPage();
  }

  /** Scrolls a loaded row into view and focuses it. */
  async focusRow(index: number): Promise<void> {
    if (this.rows.length === 0) return;
    this.focusIndex = Math.max(0, Math.min(index, this.rows.length - 1));
    await this.updateComplete;
    const virtualizer = this.body?.[virtualizerRef];
    virtualizer?.element(this.focusIndex)?.scrollIntoView({ block: 'nearest' });
    await virtualizer?.layoutComplete;
    this.renderRoot.querySelector<HTMLElement>(`.row[data-index="${this.focusIndex}"]`)?.focus();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.controller?.abort();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if ((changed.has('client') || changed.has('query') || changed.has('sort') || changed.has('pageSize')) && this.client) {
      void this.loadFirstPage();
    }
  }

  private async loadFirstPage(): Promise<void> {
    const client = this.client;
    if (!client) return;
    this.controller?.abort();
    const controller = (this.controller = new AbortController());
    this.status = 'loading';
    this.error = undefined;
    try {
      const page = await client.conversations.list({ ...this.query, sort: this.sort, limit: this.pageSize }, { signal: controller.signal });
      if (controller.signal.aborted) return;
      this.rows = page.items;
      this.nextCursor = page.nextCursor;
      this.focusIndex = 0;
      this.status = 'ready';
    } catch (error) {
      if (controller.signal.aborted) return;
      this.error = error;
      this.status = 'error';
    }
  }

  private async loadMore(): Promise<void> {
    const client = this.client;
    if (!client || !this.nextCursor || this.loadingMore || this.status !== 'ready') return;
    const controller = this.controller;
    this.loadingMore = true;
    try {
      const page = await client.conversations.list(
        { ...this.query, sort: this.sort, limit: this.pageSize, cursor: this.nextCursor },
        { signal: controller?.signal },
      );
      if (controller !== this.controller) return;
      this.rows = [...this.rows, ...page.items];
      this.nextCursor = page.nextCursor;
    } catch {
      // Keep what is shown; scrolling to the end again retries the page.
    } finally {
      this.loadingMore = false;
    }
  }

  private onVisibilityChanged(event: VisibilityChangedEvent): void {
    if (event.last >= this.rows.length - PREFETCH_ROWS) void this.loadMore();
  }

  private select(conversation: ConversationSummary, index: number): void {
    this.focusIndex = index;
    this.selectedId = conversation.id;
    this.dispatchEvent(conversationSelectEvent(conversation));
  }

  private onKeyDown(event: KeyboardEvent): void {
    const pageRows = Math.max(1, Math.floor((this.body?.clientHeight ?? 400) / 40) - 1);
    const moves: Record<string, number> = {
      ArrowDown: this.focusIndex + 1,
      ArrowUp: this.focusIndex - 1,
      PageDown: this.focusIndex + pageRows,
      PageUp: this.focusIndex - pageRows,
      Home: 0,
      End: this.rows.length - 1,
    };
    if (event.key in moves) {
      event.preventDefault();
      void this.focusRow(moves[event.key]);
    } else if (event.key === 'Enter' || event.key === ' ') {
      const row = this.rows[this.focusIndex];
      if (row) {
        event.preventDefault();
        this.select(row, this.focusIndex);
      }
    }
  }

  private toggleSort(): void {
    this.sort = this.sort === 'startTime:desc' ? 'startTime:asc' : 'startTime:desc';
  }

  protected override render() {
    const t = this.t;
    if (!this.client) return renderNoClient(t);
    const total = this.rows.length;
    return html`
      <div role="grid" part="grid" aria-label=${t.tableLabel} aria-rowcount=${this.nextCursor ? -1 : total + 1} aria-busy=${this.status === 'loading'}>
        ${this.renderHeader()}
        ${this.status === 'loading' || this.status === 'idle'
          ? renderLoading(t.loadingRows, 8)
          : this.status === 'error'
            ? renderError(this.error, t, () => this.reload())
            : total === 0
              ? renderEmpty(t.emptyTitle, t.emptyMessage)
              : html`<div class="body" role="rowgroup" @keydown=${this.onKeyDown} @visibilityChanged=${this.onVisibilityChanged}>
                  ${virtualize({ items: this.rows, keyFunction: (row) => row.id, renderItem: (row, index) => this.renderRow(row, index) })}
                </div>`}
      </div>
      ${this.status === 'ready' && total > 0
        ? html`<div class="footer" part="footer" role="status" aria-live="polite">
            <span>${t.rowCount(total)}</span>${this.loadingMore ? html`<span>${t.loadingMore}</span>` : nothing}
          </div>`
        : nothing}
    `;
  }

  private renderHeader() {
    const t = this.t;
    const desc = this.sort === 'startTime:desc';
    return html`<div role="rowgroup">
      <div class="row header" role="row" part="header" aria-rowindex="1">
        <div class="cell" role="columnheader">${t.colCustomer}</div>
        <div class="cell col-channel" role="columnheader">${t.colChannel}</div>
        <div class="cell" role="columnheader" aria-sort=${desc ? 'descending' : 'ascending'}>
          <button class="sort" @click=${this.toggleSort} title=${desc ? t.sortNewestFirst : t.sortOldestFirst}>
            ${t.colStartTime} ${icon(desc ? icons.arrowDown : icons.arrowUp)}
            <span class="visually-hidden">${desc ? t.sortNewestFirst : t.sortOldestFirst}</span>
          </button>
        </div>
        <div class="cell col-duration" role="columnheader">${t.colDuration}</div>
        <div class="cell" role="columnheader">${t.colStatus}</div>
      </div>
    </div>`;
  }

  private renderRow(row: ConversationSummary, index: number) {
    const t = this.t;
    const f = this.format;
    const customer = row.customer.obscured ? row.customer.userId : (row.customer.name ?? row.customer.phone ?? row.customer.email ?? row.customer.userId);
    const status = statusKey(row);
    return html`<div
      class="row"
      role="row"
      part="row"
      data-index=${index}
      aria-rowindex=${index + 2}
      aria-selected=${row.id === this.selectedId}
      tabindex=${index === this.focusIndex ? 0 : -1}
      @click=${() => this.select(row, index)}
      @focus=${() => (this.focusIndex = index)}
    >
      <div class="cell" role="gridcell">
        <span class="customer-icons">
          ${icon(row.direction === 'inbound' ? icons.inbound : icons.outbound, t.directionLabel(t[`direction_${row.direction}`]))}
          ${icon(icons[row.channel], t.channelLabel(t[`channel_${row.channel}`]))}
          <span class="lang" role="img" aria-label=${t.languageLabel(f.language(row.language))} title=${f.language(row.language)}>${row.language.slice(0, 2).toUpperCase()}</span>
        </span>
        <span class=${row.customer.obscured ? 'text mono' : 'text'}>${customer || t.unknownCustomer}</span>
      </div>
      <div class="cell col-channel" role="gridcell">${t[`channel_${row.channel}`]}</div>
      <div class="cell num" role="gridcell">${f.dateTime(row.startTime)}</div>
      <div class="cell num col-duration" role="gridcell">${f.duration(row.durationSeconds)}</div>
      <div class="cell" role="gridcell">
        <span class="pill ${status.tone}"><span class="dot" aria-hidden="true"></span>${t[status.key]}</span>
      </div>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'conversations-table': ConversationsTable;
  }
}
