import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state, query } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import type { ConversationQuery, ConversationSort, ConversationSummary, SearchSort } from '@conversations-kit/sdk';
import { MAX_TRANSCRIPT_EXPORT } from '@conversations-kit/sdk';
import { KitElement } from '../base/kit-element.js';
import { renderEmpty, renderError, renderLoading, renderNoClient } from '../base/states.js';
import { buttonStyles, hostStyles, pillStyles, stateStyles } from '../styles/shared.styles.js';
import { popupStyles } from '../primitives/popup.styles.js';
import { tooltip } from '../primitives/tooltip.js';
import { icon, icons } from '../icons/icons.js';
import { announce } from '../util/announce.js';
import type { SearchQuery } from '../conversations-search/events.js';
import { tableStyles } from './conversations-table.styles.js';
import {
  conversationSelectEvent, resultsChangeEvent, selectionChangeEvent, sortChangeEvent,
} from './events.js';
import { RowStore, type FetchRequest, type SourcePage } from './row-store.js';
import { ScaledScrollController } from './scaled-scroll-controller.js';
import { rowIconStyles } from './row-icons.js';
import { ExportController } from './export-controller.js';
import { SupervisorController } from './supervisor-controller.js';
import { ToastController } from '../primitives/toast.js';
import { TableMenus } from './table-menus.js';
import { ContextConsumer } from '@lit/context';
import { shortcutsContext } from '../primitives/shortcuts.js';
import { LiveController } from './live-controller.js';
import { GridNavigationController } from './grid-navigation-controller.js';
import { RowRenderer, type Entry, type RowContext } from './row-template.js';
import { matchesQuery, normalizeQuery, sameQuery } from './query.js';
import { currentParams, sortFromParams, updateUrl } from './url-state.js';

export type SortOrder = ConversationSort;


/** Height of the search-result line under a row (tier and highlighted fragment). */
const SNIPPET_HEIGHT = 24;

const flipSort = (sort: string) => (sort === 'startTime:asc' ? 'startTime:desc' : 'startTime:asc');

/**
 * @summary The list of conversations: every column of the spec, live rows, selection and bulk
 * export, supervisor actions, search results with highlighted fragments — smooth at a million rows.
 *
 * Rows are fetched in keyset pages and kept in a sparse window; far jumps (scrollbar drag, End,
 * `scrollToIndex`) seek by start time, so any row is a request or two away. The scroll height is
 * scaled past browsers' element-height ceilings so the list is never cut off, and only the rows in
 * view are in the DOM. It is an ARIA grid (`aria-rowcount`, `aria-rowindex`, roving tab index):
 * arrows, Home/End, PageUp/PageDown move; Enter opens; Space selects; → and ← walk a row's controls.
 *
 * @event conversation-select - {ConversationSelectEvent} The user opened a conversation (click or Enter). `detail: { id, conversation }`.
 * @event selection-change - {SelectionChangeEvent} Rows were selected or deselected. `detail: { ids, conversations }`.
 * @event export-complete - {ExportCompleteEvent} An export or download finished and was saved. `detail: { kind, filename, blob, ids }`.
 * @event results-change - {ResultsChangeEvent} The list loaded; `detail: { total, exact, search, lowerBound }` (the search result count; `lowerBound`: at least `total` match).
 * @event sort-change - {SortChangeEvent} The user changed the order from the Start Time header. `detail: { sort, search }`.
 *
 * @csspart toolbar - The bar above the grid (count, selection, live indicator, Export).
 * @csspart grid - The ARIA grid (also the scroll container).
 * @csspart header - The header row.
 * @csspart row - Each conversation row.
 * @csspart state - Loading, empty, error and no-permission panels.
 * @csspart retry-button - The Retry button of the error state.
 * @csspart export-button - The Export menu button.
 * @csspart new-rows - The "new conversations" button shown when live rows arrive above the reader.
 *
 * @cssprop --ck-conversations-table-height - Height when the page gives the table none (default 480px). The table takes any
 *   `display` and size the page gives it (`height: 600px`, a flex item, 100% of a sized parent) and always windows its rows.
 * @cssprop --ck-conversations-table-row-height - Row height (default `--ck-row-height`, 40px).
 * @cssprop --ck-conversations-table-background - Table background (default `--ck-color-surface`).
 * @cssprop --ck-conversations-table-border-color - Outer border (default `--ck-color-border`).
 * @cssprop --ck-conversations-table-highlight - Background of matched words in search results (default `--ck-color-highlight`).
 */
export class ConversationsTable extends KitElement {
  static override styles = [hostStyles, buttonStyles, stateStyles, pillStyles, popupStyles, rowIconStyles, tableStyles];

  /** Filters applied to the list (the same shape as `client.conversations.list`, and what `filters-change` carries). */
  @property({ attribute: false, hasChanged: (a: ConversationQuery, b: ConversationQuery) => !sameQuery(a, b) })
  query: ConversationQuery = {};

  /**
   * A search to show instead of the plain list (what `search-change` carries): results in relevance
   * or start-time order, each with how it matched and the matching fragment highlighted.
   * `null` or an empty `q` lists conversations.
   */
  @property({
    attribute: false,
    hasChanged: (a: SearchQuery | null, b: SearchQuery | null) => (a?.q?.trim() || '') !== (b?.q?.trim() || '') || (a?.sort ?? '') !== (b?.sort ?? ''),
  })
  search: SearchQuery | null = null;

  /** Start-time order of the list (search results carry their own order in `search.sort`). */
  @property({ reflect: true }) sort: SortOrder = 'startTime:desc';

  /** Rows requested per page (1–200). */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 50;

  /** Denser 32 px rows. */
  @property({ type: Boolean, reflect: true }) compact = false;

  /** Id of the conversation shown as open (e.g. the one in the insights panel); marked `aria-current`. */
  @property({ attribute: 'selected-id' }) selectedId?: string;

  /**
   * Supervisor View: only in-progress conversations, with Join Conversation, Assign and Change Queue
   * buttons on each row (they are always in the row's ⋮ menu for in-progress rows).
   */
  @property({ type: Boolean, reflect: true, attribute: 'supervisor-view' }) supervisorView = false;

  /** Turns off live updates (new conversations at the top, rows updating in place). */
  @property({ type: Boolean, reflect: true, attribute: 'no-live' }) noLive = false;

  /** Reflects the sort in the page URL (`?sort=startTime:asc`) and reads it on load. */
  @property({ type: Boolean, attribute: 'sync-url' }) syncUrl = false;

  @state() private status: 'idle' | 'loading' | 'ready' | 'error' = 'idle';
  @state() private reloading = false;
  @state() private error?: unknown;
  /** @internal The row holding the grid's tab stop. */
  @state() focusIndex = 0;
  @state() private version = 0;
  @state() private newRows = 0;

  @query('.scroller') private scroller?: HTMLElement;

  /** @internal */
  store?: RowStore<Entry>;
  /** The store being loaded for a new query, shown once its first page arrived. */
  private pending?: RowStore<Entry>;
  private selected = new Map<string, ConversationSummary>();
  private resizer?: ResizeObserver;
  private lastTotal = -1;
  private detached = false;

  private readonly scrolling = new ScaledScrollController(this);
  private readonly live = new LiveController(this);
  private readonly nav = new GridNavigationController(this);
  /** `j` / `k` in the page's shortcuts (inside a provider, which dispatches them); in the grid they always work. */
  private unregisterShortcuts?: () => void;
  private readonly shortcuts = new ContextConsumer(this, {
    context: shortcutsContext,
    subscribe: true,
    callback: (registry) => {
      this.unregisterShortcuts?.();
      const t = () => this.t;
      const next = registry?.register({ key: 'j', get label() { return t().shortcutNextConversation; }, run: () => void this.nav.step(1) });
      const previous = registry?.register({ key: 'k', get label() { return t().shortcutPreviousConversation; }, run: () => void this.nav.step(-1) });
      this.unregisterShortcuts = () => (next?.(), previous?.());
    },
  });
  /** @internal */
  readonly menus = new TableMenus(this);
  private readonly toast = new ToastController(this);
  /** @internal */
  readonly exporter = new ExportController(this);
  /** @internal */
  readonly supervisor = new SupervisorController(this);

  // ---------------------------------------------------------------- public API

  /** Reloads the list from the first row (keeps the filters, search and sort). */
  reload(): void {
    void this.load();
  }

  /** The selected conversations, in the order they were selected. */
  get selection(): ConversationSummary[] {
    return [...this.selected.values()];
  }

  /** Rows in the list (the backend's count, or the rows loaded so far when it does not count). */
  get total(): number {
    return this.store?.total ?? 0;
  }

  clearSelection(): void {
    if (this.selected.size === 0) return;
    this.selected.clear();
    this.selectionChanged();
  }

  /** Scrolls row `index` (0-based, anywhere in the list) into view; its data loads if needed. */
  async scrollToIndex(index: number, align: 'nearest' | 'start' | 'center' | 'end' = 'start'): Promise<void> {
    const total = this.store?.total ?? 0;
    if (total === 0) return;
    const i = Math.max(0, Math.min(Math.floor(index), total - 1));
    this.scrolling.scrollToIndex(i, align);
    await this.updateComplete;
  }

  /** Scrolls row `index` into view and focuses it. */
  async focusRow(index: number): Promise<void> {
    const total = this.store?.total ?? 0;
    if (total === 0) return;
    this.focusIndex = Math.max(0, Math.min(index, total - 1));
    this.nav.wantFocus = true;
    await this.scrollToIndex(this.focusIndex, 'nearest');
    this.nav.rowElement(this.focusIndex)?.focus({ preventScroll: true });
  }

  /** Called by the toast-showing controllers. @internal */
  notify(message: string, tone: 'info' | 'error' = 'info'): void {
    this.toast.show(message, tone);
  }

  /** The backend's transcript-zip limit (`features.maxTranscriptExport`). @internal */
  get transcriptLimit(): number {
    return this.capabilities?.features?.maxTranscriptExport ?? MAX_TRANSCRIPT_EXPORT;
  }

  /** Days events are kept (`features.eventsRetentionDays`). @internal */
  get eventsRetentionDays(): number {
    return this.capabilities?.features?.eventsRetentionDays ?? 30;
  }

  /** A supervisor action answered with the updated conversation. @internal */
  conversationUpdated(conversation: ConversationSummary): void {
    this.applyUpdate(conversation);
  }

  // ---------------------------------------------------------------- lifecycle

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.syncUrl) this.sort = sortFromParams(currentParams()) ?? this.sort;
    // Moved in the DOM: the rows were released on disconnect, load them again.
    if (this.detached && this.client) void this.load();
    this.detached = false;
    this.ticker = setInterval(() => this.tick(), 1000);
  }

  private ticker?: ReturnType<typeof setInterval>;

  /** Advances the clock of in-progress rows, when one is in view (their Duration ticks). */
  private tick(): void {
    const store = this.store;
    if (!store || this.status !== 'ready' || document.hidden) return;
    const [from, to] = this.scrolling.range;
    for (let i = from; i <= to; i++) {
      if (store.get(i)?.c?.status === 'in_progress') {
        this.now = Math.floor(Date.now() / 1000);
        return;
      }
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this.ticker);
    this.unregisterShortcuts?.();
    this.unregisterShortcuts = undefined;
    this.store?.dispose();
    this.pending?.dispose();
    this.pending = undefined;
    this.detached = this.status !== 'idle';
    this.status = 'idle';
    this.store = undefined;
    this.stopLive();
    this.resizer?.disconnect();
    this.resizer = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const reload = ['client', 'query', 'search', 'sort', 'pageSize', 'supervisorView'] as const;
    if (this.client && reload.some((key) => changed.has(key))) void this.load();
    if (changed.has('compact')) this.measure();
    if (changed.has('noLive') || changed.has('capabilities')) {
      if (this.noLive) this.stopLive();
      else this.startLive();
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const scroller = this.scroller;
    if (scroller && !this.resizer) {
      this.resizer = new ResizeObserver(() => this.measure());
      this.resizer.observe(scroller);
      this.measure();
    }
    const root = this.shadowRoot;
    this.scrolling.attach(scroller, root?.querySelector<HTMLElement>('.window'), root?.querySelector<HTMLElement>('.spacer'));
    // Rows that waited while a menu or dialog was open move once it closed.
    this.live.flush();
    const exact = this.store?.totalKnown ?? false;
    const bound = exact ? null : (this.store?.lowerBound ?? null);
    const total = Math.max(this.store?.total ?? 0, bound ?? 0);
    if (this.status === 'ready' && total !== this.lastTotal) {
      this.lastTotal = total;
      this.dispatchEvent(resultsChangeEvent({ total, exact, search: this.searching, lowerBound: bound !== null }));
    }
  }

  // ---------------------------------------------------------------- data

  /** @internal */
  get searching(): boolean {
    return !!this.search?.q?.trim();
  }

  /** The list's order: the search's own when searching, else `sort`. */
  private get order(): ConversationSort | SearchSort {
    return this.searching ? (this.search!.sort ?? 'relevance') : this.sort;
  }

  /** @internal */
  effectiveQuery(): ConversationQuery {
    const q = normalizeQuery(this.query);
    return this.supervisorView ? { ...q, status: ['in_progress'] } : q;
  }

  private async load(): Promise<void> {
    const client = this.client;
    if (!client) return;
    this.store?.dispose();
    const query = this.effectiveQuery();
    const search = this.searching ? { q: this.search!.q.trim(), sort: this.order as SearchSort } : null;
    const order = this.order;
    const bounded = (bound: FetchRequest['bound']) => {
      if (!bound) return {};
      if (bound.to) return { to: query.to && query.to < bound.to ? query.to : bound.to };
      return { from: query.from && query.from > bound.from! ? query.from : bound.from };
    };
    const store: RowStore<Entry> = new RowStore<Entry>({
      pageSize: Math.max(1, Math.min(200, this.pageSize || 50)),
      order: order === 'startTime:desc' ? 'desc' : order === 'startTime:asc' ? 'asc' : null,
      idOf: (entry) => entry.c?.id ?? '',
      timeOf: (entry) => Date.parse(entry.c?.startTime),
      onChange: () => {
        if (this.store !== store) return;
        this.version++;
        // Without a backend count the list grows as pages arrive: grow the scroll range with it.
        if (this.status === 'ready') this.scrolling.totalChanged();
      },
      fetch: async ({ limit, cursor, bound, reverse }, signal): Promise<SourcePage<Entry>> => {
        if (search) {
          const sort = (reverse ? flipSort(search.sort) : search.sort) as SearchSort;
          const page = await client.search.query({ ...query, ...bounded(bound), q: search.q, sort, limit, cursor }, { signal });
          return { items: page.items.map((hit) => ({ c: hit.conversation, hit })), nextCursor: page.nextCursor, total: page.total, totalIsLowerBound: page.totalIsLowerBound };
        }
        const sort = (reverse ? flipSort(order) : order) as ConversationSort;
        const page = await client.conversations.list({ ...query, ...bounded(bound), sort, limit, cursor }, { signal });
        return { items: page.items.map((c) => ({ c })), nextCursor: page.nextCursor, total: page.total, totalIsLowerBound: page.totalIsLowerBound };
      },
    });
    this.pending?.dispose();
    this.pending = store;
    // A reload (new sort, filter or search) keeps the current rows on screen until the new ones
    // arrive, then refills the same row elements: no flash of skeleton, no rebuilt DOM.
    const keepRows = this.status === 'ready' && this.store !== undefined;
    if (!keepRows) {
      this.store?.dispose();
      this.store = undefined;
      this.status = 'loading';
    }
    this.reloading = keepRows;
    this.error = undefined;
    try {
      await store.start();
      if (this.pending !== store) return;
      this.pending = undefined;
      this.store?.dispose();
      this.store = store;
      this.lastTotal = -1;
      this.newRows = 0;
      this.live.reset();
      this.focusIndex = 0;
      if (this.selected.size) this.clearSelection();
      this.scrolling.reset();
      this.status = 'ready';
      this.reloading = false;
      this.startLive();
      // Measure once the grid has its final size (it was collapsed under the loading skeleton).
      await this.updateComplete;
      if (this.store === store) this.measure();
    } catch (error) {
      if (this.pending !== store || (error as { name?: string }).name === 'AbortError') return;
      this.pending = undefined;
      this.store?.dispose();
      this.store = undefined;
      this.reloading = false;
      this.error = error;
      this.status = 'error';
    }
  }

  // ---------------------------------------------------------------- live (LiveHost)

  private startLive(): void {
    this.live.start(this.client, !this.noLive && this.capabilities?.features?.liveUpdates !== false && this.status === 'ready');
  }

  private stopLive(): void {
    this.live.stop();
  }

  /** @internal */
  acceptsNew(conversation: ConversationSummary): boolean {
    // Only a newest-first list has a top to add to; search results cannot be matched here.
    return this.status === 'ready' && !this.searching && this.order === 'startTime:desc' && matchesQuery(conversation, this.effectiveQuery());
  }

  /** @internal */
  stillMatches(conversation: ConversationSummary): boolean {
    return this.searching || matchesQuery(conversation, this.effectiveQuery());
  }

  /** @internal */
  hasRow(id: string): boolean {
    return this.store?.indexOf(id) !== undefined;
  }

  /** @internal */
  get rowsHeld(): boolean {
    return this.menus.rowMenu.open || !!this.supervisor.pending || !!this.menus.listFor;
  }

  /** @internal */
  insertRows(conversations: ConversationSummary[]): void {
    const store = this.store;
    if (!store) return;
    const scroll = this.scrolling;
    const readerAtTop = scroll.offset < scroll.rowHeight / 2 && !this.nav.wantFocus;
    const added = store.prepend(conversations.map((c) => ({ c })));
    if (!added) return;
    this.focusIndex += added;
    scroll.recompute();
    if (readerAtTop) scroll.setOffset(0);
    else {
      // Keep the rows the reader is looking at exactly where they are.
      this.newRows += added;
      scroll.setOffset(scroll.offset + added * scroll.rowHeight);
    }
    announce(this.t.liveNewRowsAnnounce(added));
    this.version++;
  }

  /** @internal */
  updateRow(conversation: ConversationSummary): void {
    const store = this.store;
    if (!store) return;
    const index = store.indexOf(conversation.id);
    if (index !== undefined) {
      store.update({ c: conversation, hit: store.get(index)?.hit });
      this.version++;
    }
    if (this.selected.has(conversation.id)) this.selected.set(conversation.id, conversation);
    // An open menu keeps acting on its conversation, with its latest state.
    if (this.menus.menuEntry?.c.id === conversation.id) this.menus.menuEntry = { ...this.menus.menuEntry, c: conversation };
  }

  /** @internal */
  removeRow(id: string): void {
    const store = this.store;
    if (!store) return;
    const index = store.remove(id);
    if (index === undefined) return;
    const scroll = this.scrolling;
    if (this.focusIndex > index) this.focusIndex--;
    scroll.recompute();
    // A row leaving above the reader must not shift the rows they are looking at.
    if (index * scroll.rowHeight < scroll.offset) scroll.setOffset(scroll.offset - scroll.rowHeight);
    else scroll.setOffset(scroll.offset);
    this.version++;
  }

  private applyUpdate(conversation: ConversationSummary): void {
    this.updateRow(conversation);
  }

  private showNewRows(): void {
    this.newRows = 0;
    this.live.apply();
    void this.focusRow(0);
  }

  // ---------------------------------------------------------------- virtual scrolling

  /** @internal (ScrollHost) */
  get rowTotal(): number {
    return this.store?.total ?? 0;
  }

  /** @internal (ScrollHost) */
  ensureRows(first: number, last: number): void {
    if (this.store && (this.store.total > 0 || this.store.hasMore)) this.store.ensure(first, last);
  }

  /** @internal (ScrollHost) */
  userScrolled(offset: number): void {
    if (this.newRows && offset < this.scrolling.rowHeight) this.newRows = 0;
  }

  private measure(): void {
    const base = parseFloat(getComputedStyle(this).getPropertyValue('--_row-height')) || (this.compact ? 32 : 40);
    this.scrolling.measure(base + (this.searching ? SNIPPET_HEIGHT : 0));
  }

  // ---------------------------------------------------------------- keyboard (NavigationHost)

  /** @internal */
  get renderedRange(): [number, number] {
    return this.scrolling.range;
  }

  /** @internal */
  get pageRows(): number {
    return this.scrolling.pageRows;
  }

  /** @internal */
  entryAt(index: number): Entry | undefined {
    return this.store?.get(index);
  }

  /** @internal */
  indexOfId(id: string): number | undefined {
    return this.store?.indexOf(id);
  }

  /** @internal */
  openRow(conversation: ConversationSummary, index: number): void {
    this.open(conversation, index);
  }

  /** @internal */
  toggleRow(conversation: ConversationSummary): void {
    this.toggleSelected(conversation);
  }

  /** Opens the next (`1`) or previous (`-1`) conversation, as `j` / `k` do; the panel follows `conversation-select`. */
  openAdjacent(delta: 1 | -1): Promise<void> {
    return this.nav.step(delta);
  }

  private open(conversation: ConversationSummary, index: number): void {
    this.focusIndex = index;
    this.selectedId = conversation.id;
    this.dispatchEvent(conversationSelectEvent(conversation));
  }

  // ---------------------------------------------------------------- selection

  private toggleSelected(conversation: ConversationSummary, force?: boolean): void {
    const on = force ?? !this.selected.has(conversation.id);
    const before = this.selected.size;
    if (on) this.selected.set(conversation.id, conversation);
    else this.selected.delete(conversation.id);
    if (this.selected.size === before) return;
    const limit = this.transcriptLimit;
    if (before === limit && this.selected.size === limit + 1) {
      // One past the limit (the 26th with the usual 25): say why Export Transcripts is no longer available.
      this.notify(this.t.tableExportTranscriptLimitReached(limit, this.selected.size));
    }
    this.selectionChanged();
  }

  private toggleAllLoaded(on: boolean): void {
    const rows = this.store?.loadedRows() ?? [];
    const before = this.selected.size;
    for (const entry of rows) {
      if (!entry.c?.id) continue;
      if (on) this.selected.set(entry.c.id, entry.c);
      else this.selected.delete(entry.c.id);
    }
    const limit = this.transcriptLimit;
    if (on && before <= limit && this.selected.size > limit) {
      this.notify(this.t.tableExportTranscriptLimitReached(limit, this.selected.size));
    }
    this.selectionChanged();
  }

  private selectionChanged(): void {
    this.version++;
    this.dispatchEvent(selectionChangeEvent(this.selection));
  }

  // ---------------------------------------------------------------- sort

  private toggleSort(): void {
    if (this.searching) {
      const current = this.order;
      const next: SearchSort = current === 'startTime:desc' ? 'startTime:asc' : 'startTime:desc';
      this.search = { q: this.search!.q, sort: next };
      this.dispatchEvent(sortChangeEvent({ sort: next, search: true }));
      return;
    }
    this.sort = this.sort === 'startTime:desc' ? 'startTime:asc' : 'startTime:desc';
    if (this.syncUrl) {
      const sort = this.sort;
      updateUrl((params) => (sort === 'startTime:desc' ? params.delete('sort') : params.set('sort', sort)));
    }
    this.dispatchEvent(sortChangeEvent({ sort: this.sort, search: false }));
  }

  // ---------------------------------------------------------------- render

  protected override render() {
    this.renderCount++;
    const t = this.t;
    if (!this.client) return html`<div class="frame">${renderNoClient(t)}</div>`;
    const store = this.store;
    const ready = this.status === 'ready' && store;
    const total = ready ? store.total : 0;
    const empty = !!ready && total === 0 && !store.hasMore;
    return html`<div class="frame">
      ${this.renderToolbar(total)}
      <div class="grid-wrap ${this.reloading ? 'reloading' : ''} ${!ready || empty ? 'with-state' : ''}">
        ${this.newRows + this.live.waiting > 0
          ? html`<button class="new-rows btn primary" part="new-rows" @click=${this.showNewRows}>${icon(icons.arrowUp)}${t.liveNewRows(this.newRows + this.live.waiting)}</button>`
          : nothing}
        <div
          class="scroller"
          role="grid"
          part="grid"
          tabindex="-1"
          aria-label=${t.tableLabel}
          aria-multiselectable="true"
          aria-rowcount=${ready && store.totalKnown ? total + 1 : -1}
          aria-busy=${this.status === 'loading' || this.reloading ? 'true' : 'false'}
          style="--_row-h: ${this.scrolling.rowHeight}px"
          @scroll=${this.scrolling.onScroll}
          @click=${this.onRowClick}
          @keydown=${this.nav.onKeyDown}
          @focusin=${this.nav.onFocusIn}
          @focusout=${this.nav.onFocusOut}
        >
          <div class="head" role="rowgroup">${this.renderHeader()}</div>
          ${ready && !empty
            ? html`<div class="spacer" role="rowgroup" style="height: ${this.scrolling.geometry.spacerHeight}px">
                <div class="window">${this.renderRows()}</div>
              </div>`
            : nothing}
        </div>
        ${this.renderState(empty)}
      </div></div>
      ${this.menus.renderRowMenu()} ${this.menus.renderExportMenu()} ${this.menus.renderListPopover()} ${this.supervisor.render()} ${this.menus.renderEventsDialog()}
      <div class="toast ${this.toast.tone}" popover="manual" aria-hidden="true">${this.toast.message}</div>
    `;
  }

  private renderState(empty: boolean) {
    const t = this.t;
    if (this.status === 'loading' || this.status === 'idle') return renderLoading(t.loadingRows, 8);
    if (this.status === 'error') {
      if ((this.error as { code?: string })?.code === 'search_unavailable') {
        return html`<div class="state search-unavailable" role="status" part="state">
          ${icon(icons.info)}
          <p class="state-title">${t.searchUnavailableTitle}</p>
          <p class="state-message">${t.searchUnavailable}</p>
        </div>`;
      }
      return renderError(this.error, t, () => this.reload());
    }
    if (empty) return renderEmpty(t.emptyTitle, this.searching ? t.emptySearchMessage(this.search!.q.trim()) : t.emptyMessage);
    return nothing;
  }

  private renderToolbar(total: number): TemplateResult {
    const t = this.t;
    const count = this.selected.size;
    const store = this.store;
    const ready = this.status === 'ready' && store;
    const running = this.exporter.running;
    const summary = !ready
      ? ''
      : count > 0
        ? t.selectedCount(count)
        : this.searching
          ? t.totalResults(total)
          : store.totalKnown
            ? t.totalConversations(total)
            : t.rowCount(total);
    return html`<div class="toolbar" part="toolbar">
      <span class="summary num" role="status" dir="auto">${summary}</span>
      ${count > 0 ? html`<button class="btn quiet" @click=${() => this.clearSelection()}>${t.clearSelection}</button>` : nothing}
      <span class="spring"></span>
      ${this.live.state === 'open'
        ? html`<span class="live ${this.live.paused ? 'paused' : ''}" title=${this.live.paused ? t.livePausedNote : t.liveConnected}
              ><span class="dot" aria-hidden="true"></span>${this.live.paused ? t.liveOff : t.liveConnected}</span
            ><button
              class="icon-btn"
              part="live-pause"
              aria-pressed=${this.live.paused ? 'true' : 'false'}
              aria-label=${t.livePause}
              ${tooltip(this.live.paused ? t.liveResume : t.livePause)}
              @click=${() => this.live.setPaused(!this.live.paused)}
            >
              ${icon(this.live.paused ? icons.play : icons.pause)}
            </button>`
        : nothing}
      ${running
        ? html`<span class="export-progress" role="status">
            <progress aria-label=${t.tableExportWorking(running.label)} max=${running.total} value=${running.done ?? nothing}></progress>
            <span class="progress-label">${running.done === null ? t.tableExportWorking(running.label) : t.tableExportProgress(running.done, running.total)}</span>
            <button class="icon-btn" aria-label=${t.tableExportCancel} ${tooltip(t.tableExportCancel)} @click=${() => this.exporter.cancel()}>${icon(icons.close)}</button>
          </span>`
        : nothing}
      <button
        class="btn"
        part="export-button"
        aria-haspopup="menu"
        aria-controls="export-menu"
        aria-expanded="false"
        @click=${this.menus.exportMenu.toggle}
        @keydown=${this.menus.exportMenu.onButtonKeydown}
      >
        ${icon(icons.download)}${t.tableExportButton}${icon(icons.chevronDown)}
      </button>
    </div>`;
  }

  private renderHeader(): TemplateResult {
    const t = this.t;
    const order = this.order;
    const sortLabel = order === 'startTime:desc' ? t.sortNewestFirst : order === 'startTime:asc' ? t.sortOldestFirst : t.sortRelevance;
    const ariaSort = order === 'startTime:desc' ? 'descending' : order === 'startTime:asc' ? 'ascending' : 'none';
    const loaded = this.store?.loadedCount ?? 0;
    let selectedLoaded = 0;
    for (const id of this.selected.keys()) if (this.store?.indexOf(id) !== undefined) selectedLoaded++;
    return html`<div class="row header" role="row" part="header" aria-rowindex="1">
      <div class="cell col-select" role="columnheader">
        <input
          type="checkbox"
          aria-label=${t.selectAllLoaded}
          .checked=${loaded > 0 && selectedLoaded === loaded}
          .indeterminate=${selectedLoaded > 0 && selectedLoaded < loaded}
          ?disabled=${this.status !== 'ready' || loaded === 0}
          @change=${(e: Event) => this.toggleAllLoaded((e.target as HTMLInputElement).checked)}
        />
      </div>
      <div class="cell col-customer" role="columnheader">${t.colCustomer}</div>
      <div class="cell col-actions" role="columnheader"><span class="label">${t.colActions}</span></div>
      <div class="cell col-support" role="columnheader">${t.colSupportAgent}</div>
      <div class="cell col-start" role="columnheader" aria-sort=${ariaSort}>
        <button class="sort" @click=${this.toggleSort} aria-label=${`${t.colStartTime}. ${sortLabel}`} ${tooltip(sortLabel)}>
          ${t.colStartTime} ${icon(order === 'startTime:asc' ? icons.arrowUp : order === 'startTime:desc' ? icons.arrowDown : icons.chevronDown)}
        </button>
      </div>
      <div class="cell col-duration" role="columnheader">${t.colDuration}</div>
      <div class="cell col-agents" role="columnheader">${t.colAgents}</div>
      <div class="cell col-queues" role="columnheader">${t.colQueues}</div>
      <div class="cell col-skills" role="columnheader">${t.colSkills}</div>
      <div class="cell col-status" role="columnheader">${t.colStatus}</div>
    </div>`;
  }

  /**
   * One element per slot, in the slot order the scroll controller keeps (fixed while scrolling), each
   * placed by its own transform: scrolling moves no DOM node, a row that stays in view is untouched,
   * and a slot whose row changed is refilled in place.
   */
  private renderRows(): TemplateResult {
    const store = this.store!;
    const scroll = this.scrolling;
    void this.version;
    return html`${repeat(
      scroll.order,
      (slot) => slot,
      (slot) => {
        const i = scroll.indexOfSlot(slot);
        return i < 0 ? nothing : this.renderRow(store.get(i), i);
      },
    )}`;
  }

  private readonly rows = new RowRenderer();

  private renderRow(entry: Entry | undefined, index: number): TemplateResult {
    return this.rows.render(entry, index, this.scrolling.rowTransform(index), this.rowContext());
  }

  /** Built once per render (not per row). */
  private rowContext(): RowContext {
    if (this.ctxFor !== this.renderCount) {
      this.ctxFor = this.renderCount;
      this.ctx = {
        t: this.t,
        f: this.format,
        baseUrl: this.client?.baseUrl,
        supervisorView: this.supervisorView,
        focusIndex: this.focusIndex,
        selectedId: this.selectedId,
        epoch: this.renderEpoch,
        now: this.now,
        isSelected: (id) => this.selected.has(id),
        supervisorReason: (row) => this.supervisor.reason(row),
        openMenu: (e, entry) => void this.menus.openRowMenu(e, entry),
        showList: (e, kind, row) => void this.menus.showList(e, kind, row),
        supervise: (action, row, opener) => this.menus.supervise(action, row, opener),
        toggleSelected: (row, on) => this.toggleSelected(row, on),
      };
    }
    return this.ctx!;
  }

  private ctx?: RowContext;
  private ctxFor = -1;
  private renderCount = 0;
  /** Whole seconds, advanced while in-progress rows are in view (their Duration ticks). */
  @state() private now = Math.floor(Date.now() / 1000);

  /** Changes whenever something every row shows changed (messages, locale, permissions, view). */
  private get renderEpoch(): string {
    const caps = this.capabilities;
    let epoch = this.epochs.get(caps ?? this);
    if (epoch === undefined) this.epochs.set(caps ?? this, (epoch = ++this.epochCounter));
    return `${epoch}|${this.format.locale}|${this.supervisorView}|${this.client?.baseUrl ?? ''}|${this.t === this.lastT ? this.tEpoch : this.bumpT()}`;
  }

  private epochs = new WeakMap<object, number>();
  private epochCounter = 0;
  private lastT?: unknown;
  private tEpoch = 0;
  private bumpT(): number {
    this.lastT = this.t;
    return ++this.tEpoch;
  }

  private onRowClick(event: Event): void {
    const rowEl = (event.target as HTMLElement).closest<HTMLElement>('.row[data-id]');
    const index = Number(rowEl?.dataset.index);
    const entry = rowEl ? this.store?.get(index) : undefined;
    if (entry?.c?.id === rowEl?.dataset.id && entry) this.open(entry.c, index);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'conversations-table': ConversationsTable;
  }
}
