import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state, query } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { computePosition, flip, offset as offsetMiddleware, shift } from '@floating-ui/dom';
import type { ConversationQuery, ConversationSort, ConversationSummary, SearchSort } from '@conversations-kit/sdk';
import { MAX_TRANSCRIPT_EXPORT } from '@conversations-kit/sdk';
import { KitElement } from '../base/kit-element.js';
import { renderEmpty, renderError, renderLoading, renderNoClient } from '../base/states.js';
import { buttonStyles, hostStyles, pillStyles, stateStyles } from '../styles/shared.styles.js';
import { popupStyles } from '../primitives/popup.styles.js';
import { MenuController } from '../primitives/menu.js';
import { tooltip } from '../primitives/tooltip.js';
import { icon, icons } from '../icons/icons.js';
import { copyText } from '../util/clipboard.js';
import { announce } from '../util/announce.js';
import type { SearchQuery } from '../conversations-search/events.js';
import { tableStyles } from './conversations-table.styles.js';
import {
  conversationSelectEvent, resultsChangeEvent, selectionChangeEvent, sortChangeEvent,
} from './events.js';
import { RowStore, type FetchRequest, type SourcePage } from './row-store.js';
import { ScaledScrollController } from './scaled-scroll-controller.js';
import { rowIcon, rowIconStyles } from './row-icons.js';
import { customerLabel } from './cells.js';
import { ExportController } from './export-controller.js';
import { SupervisorController, type SupervisorAction } from './supervisor-controller.js';
import { ToastController } from './toast.js';
import { LiveController } from './live-controller.js';
import { RowRenderer, supervisorActions, type Entry, type RowContext } from './row-template.js';
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
 * @event results-change - {ResultsChangeEvent} The list loaded; `detail: { total, exact, search }` (the search result count).
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
  @state() private focusIndex = 0;
  @state() private version = 0;
  @state() private newRows = 0;
  @state() private menuEntry?: Entry;
  /** The conversation whose events are previewed (the dialog stays rendered once opened). */
  @state() private eventsFor?: ConversationSummary;
  @state() private listFor?: { kind: 'queues' | 'skills'; row: ConversationSummary; button: HTMLElement };

  @query('.scroller') private scroller?: HTMLElement;

  private store?: RowStore<Entry>;
  /** The store being loaded for a new query, shown once its first page arrived. */
  private pending?: RowStore<Entry>;
  private selected = new Map<string, ConversationSummary>();
  private wantFocus = false;
  private resizer?: ResizeObserver;
  private lastTotal = -1;
  private detached = false;

  private readonly scrolling = new ScaledScrollController(this);
  private readonly live = new LiveController(this);
  private readonly rowMenu = new MenuController(this);
  private readonly exportMenu = new MenuController(this);
  private readonly toast = new ToastController(this);
  private readonly exporter = new ExportController(this);
  private readonly supervisor = new SupervisorController(this);

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
    this.wantFocus = true;
    await this.scrollToIndex(this.focusIndex, 'nearest');
    this.rowElement(this.focusIndex)?.focus({ preventScroll: true });
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
    this.keepFocus();
    // Rows that waited while a menu or dialog was open move once it closed.
    this.live.flush();
    const total = this.store?.total ?? 0;
    if (this.status === 'ready' && total !== this.lastTotal) {
      this.lastTotal = total;
      this.dispatchEvent(resultsChangeEvent({ total, exact: this.store?.totalKnown ?? false, search: this.searching }));
    }
  }

  // ---------------------------------------------------------------- data

  private get searching(): boolean {
    return !!this.search?.q?.trim();
  }

  /** The list's order: the search's own when searching, else `sort`. */
  private get order(): ConversationSort | SearchSort {
    return this.searching ? (this.search!.sort ?? 'relevance') : this.sort;
  }

  private effectiveQuery(): ConversationQuery {
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
          return { items: page.items.map((hit) => ({ c: hit.conversation, hit })), nextCursor: page.nextCursor, total: page.total };
        }
        const sort = (reverse ? flipSort(order) : order) as ConversationSort;
        const page = await client.conversations.list({ ...query, ...bounded(bound), sort, limit, cursor }, { signal });
        return { items: page.items.map((c) => ({ c })), nextCursor: page.nextCursor, total: page.total };
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
    return this.rowMenu.open || !!this.supervisor.pending || !!this.listFor;
  }

  /** @internal */
  insertRows(conversations: ConversationSummary[]): void {
    const store = this.store;
    if (!store) return;
    const scroll = this.scrolling;
    const readerAtTop = scroll.offset < scroll.rowHeight / 2 && !this.wantFocus;
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
    if (this.menuEntry?.c.id === conversation.id) this.menuEntry = { ...this.menuEntry, c: conversation };
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

  // ---------------------------------------------------------------- focus and keyboard

  /**
   * Row elements are recycled while scrolling, so focus must follow the focused *row*: when it
   * scrolls out of the rendered range the grid itself holds focus (keys still work from it), and
   * when it is rendered again (or a placeholder became data) the row gets focus back.
   */
  private keepFocus(): void {
    if (!this.wantFocus) return;
    const active = this.shadowRoot?.activeElement as HTMLElement | null;
    const [from, to] = this.scrolling.range;
    const inRange = this.focusIndex >= from && this.focusIndex <= to;
    const activeRow = active?.closest<HTMLElement>('.row[data-index]');
    if (activeRow && Number(activeRow.dataset.index) !== this.focusIndex) {
      // The focused element now shows another row.
      if (inRange) this.rowElement(this.focusIndex)?.focus({ preventScroll: true });
      else this.scroller?.focus({ preventScroll: true });
      return;
    }
    const lost = !active && (document.activeElement === this || document.activeElement === document.body);
    if ((lost || active === this.scroller) && inRange) this.rowElement(this.focusIndex)?.focus({ preventScroll: true });
    else if (lost) this.scroller?.focus({ preventScroll: true });
  }

  private rowElement(index: number): HTMLElement | null | undefined {
    return this.shadowRoot?.querySelector<HTMLElement>(`.row[data-index="${index}"]`);
  }

  private onFocusIn(event: FocusEvent): void {
    this.wantFocus = true;
    const row = (event.target as HTMLElement).closest<HTMLElement>('.row[data-index]');
    if (row) this.focusIndex = Number(row.dataset.index);
  }

  private onFocusOut(event: FocusEvent): void {
    const next = event.relatedTarget as Node | null;
    if (next && this.scroller?.contains(next)) return;
    const target = event.target as HTMLElement;
    // Focus leaving because its row was re-rendered is not the reader leaving the grid.
    queueMicrotask(() => {
      if (next || target.isConnected) this.wantFocus = false;
    });
  }

  private onKeyDown(event: KeyboardEvent): void {
    const target = event.target as HTMLElement;
    if (target === this.scroller && this.store?.total) {
      // The focused row is scrolled out of view: keys move from it, Enter brings it back.
      const keys = ['ArrowDown', 'ArrowUp', 'PageDown', 'PageUp', 'Home', 'End', 'Enter'];
      if (!keys.includes(event.key)) return;
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : event.key === 'ArrowUp' ? -1 : 0;
      const target = event.key === 'Home' ? 0 : event.key === 'End' ? this.store.total - 1 : this.focusIndex + step;
      void this.focusRow(Math.max(0, Math.min(this.store.total - 1, target)));
      return;
    }
    const row = target.closest<HTMLElement>('.row[data-index]');
    if (!row || event.altKey || event.metaKey) return;
    const onRow = target === row;
    const index = Number(row.dataset.index);
    const total = this.store?.total ?? 0;
    const page = this.scrolling.pageRows;
    const moves: Record<string, number> = {
      ArrowDown: index + 1,
      ArrowUp: index - 1,
      PageDown: index + page,
      PageUp: index - page,
      Home: 0,
      End: total - 1,
    };
    if (event.key in moves && (onRow || event.key.startsWith('Arrow') || event.key.startsWith('Page'))) {
      if ((event.key === 'ArrowDown' || event.key === 'ArrowUp') && !onRow && target.matches('select')) return;
      event.preventDefault();
      void this.focusRow(Math.max(0, Math.min(total - 1, moves[event.key])));
      return;
    }
    const controls = [...row.querySelectorAll<HTMLElement>('input, button, [tabindex]:not(.row)')].filter((el) => el.offsetParent !== null);
    if (event.key === 'ArrowRight' || event.key === 'ArrowLeft') {
      const forward = (event.key === 'ArrowRight') !== (getComputedStyle(this).direction === 'rtl');
      const at = onRow ? -1 : controls.indexOf(target);
      const next = forward ? at + 1 : at - 1;
      event.preventDefault();
      if (next < 0) row.focus({ preventScroll: true });
      else controls[Math.min(next, controls.length - 1)]?.focus({ preventScroll: true });
      return;
    }
    if (!onRow) {
      if (event.key === 'Escape') {
        event.preventDefault();
        row.focus({ preventScroll: true });
      }
      return;
    }
    const entry = this.store?.get(index);
    if (!entry?.c?.id) return;
    if (event.key === 'Enter') {
      event.preventDefault();
      this.open(entry.c, index);
    } else if (event.key === ' ') {
      event.preventDefault();
      this.toggleSelected(entry.c);
    }
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

  // ---------------------------------------------------------------- row actions

  private async openRowMenu(event: Event, entry: Entry): Promise<void> {
    event.stopPropagation();
    const button = event.currentTarget as HTMLElement;
    if (this.rowMenu.open && this.menuEntry === entry) {
      this.rowMenu.close();
      return;
    }
    this.menuEntry = entry;
    await this.updateComplete;
    const menu = this.shadowRoot!.querySelector<HTMLElement>('#row-menu');
    this.rowMenu.show(button, menu ?? undefined);
  }

  private async copyId(value: string | null | undefined, what: string): Promise<void> {
    this.rowMenu.done();
    if (!value) return;
    try {
      await copyText(value);
      this.notify(this.t.copiedValue(what));
    } catch {
      this.notify(this.t.copyFailed, 'error');
    }
  }

  private rowMenuOpener(): HTMLElement | null {
    return this.shadowRoot?.querySelector<HTMLElement>('[aria-controls="row-menu"][aria-expanded="true"]') ?? null;
  }

  private rowAction(run: () => void, inactive: string | null): void {
    if (inactive) return;
    const opener = this.rowMenu.open ? this.rowMenuOpener() : null;
    this.rowMenu.done();
    if (opener) opener.focus();
    run();
  }

  private supervise(action: SupervisorAction, row: ConversationSummary, opener: HTMLElement | null): void {
    this.supervisor.open(action, row, opener);
  }

  private async showList(event: Event, kind: 'queues' | 'skills', row: ConversationSummary): Promise<void> {
    event.stopPropagation();
    const button = event.currentTarget as HTMLElement;
    this.listFor = { kind, row, button };
    await this.updateComplete;
    const pop = this.shadowRoot!.querySelector<HTMLElement>('#list-popover');
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
    if (button?.isConnected && this.shadowRoot?.activeElement?.closest('#list-popover') !== null) button.focus();
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
          @keydown=${this.onKeyDown}
          @focusin=${this.onFocusIn}
          @focusout=${this.onFocusOut}
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
      ${this.renderRowMenu()} ${this.renderExportMenu()} ${this.renderListPopover()} ${this.supervisor.render()} ${this.renderEventsDialog()}
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
        @click=${this.exportMenu.toggle}
        @keydown=${this.exportMenu.onButtonKeydown}
      >
        ${icon(icons.download)}${t.tableExportButton}${icon(icons.chevronDown)}
      </button>
    </div>`;
  }

  private renderExportMenu(): TemplateResult {
    const t = this.t;
    const rows = this.selection;
    const hints = { conversations: t.tableExportConversationDataHint, transcripts: t.tableExportTranscriptsHintMax(this.transcriptLimit), events: t.tableExportEventsHint };
    const busy = this.exporter.running ? t.tableExportWorking(this.exporter.running.label) : null;
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
        busy ?? (kind === 'events' ? this.exporter.eventsReason(rows) : this.exporter.reason(kind, rows.length)),
        hints[kind],
        () => void this.exporter.exportSelection(kind, rows),
      );
    const store = this.store;
    const total = store?.total ?? 0;
    const allCount = store?.totalKnown ? this.format.number(total) : `${this.format.number(total)}+`;
    const allReason = busy ?? (this.searching ? t.tableExportAllSearch : this.exporter.reason('conversations', total));
    const previewReason = !this.can('events.view') ? t.noPermissionReason : rows.length !== 1 ? t.tablePreviewEventsNeedsOne : null;
    return html`<div id="export-menu" role="menu" popover="manual" aria-label=${t.tableExportButton} @keydown=${this.exportMenu.onMenuKeydown}>
      <div class="menu-label" role="presentation">${rows.length ? t.selectedCount(rows.length) : t.tableExportNeedsSelection}</div>
      ${item('conversations', t.tableExportConversationData)} ${item('transcripts', t.tableExportTranscripts)} ${item('events', t.tableExportEvents)}
      ${entry(t.tablePreviewEvents, icon(icons.activity), previewReason, t.tablePreviewEventsHint, () => void this.previewEvents(rows[0], this.exportButton()))}
      <div role="separator"></div>
      ${entry(t.tableExportAll(allCount), icon(icons.download), allReason, t.tableExportAllHint, () => void this.exporter.exportAll(this.effectiveQuery(), total))}
    </div>`;
  }

  private exportButton(): HTMLElement | null {
    return this.shadowRoot?.querySelector<HTMLElement>('[aria-controls="export-menu"]') ?? null;
  }

  /** Preview Events for one conversation, in the panel's own dialog (loaded on first use). */
  private async previewEvents(row: ConversationSummary | undefined, opener: HTMLElement | null): Promise<void> {
    if (!row) return;
    if (!customElements.get('insights-events-dialog')) {
      const { InsightsEventsDialog } = await import('../insights-panel/events/events-dialog.js');
      if (!customElements.get('insights-events-dialog')) customElements.define('insights-events-dialog', InsightsEventsDialog);
    }
    this.eventsFor = row;
    await this.updateComplete;
    const dialog = this.shadowRoot?.querySelector('insights-events-dialog') as (HTMLElement & { open(opener?: HTMLElement): Promise<void> }) | null;
    await dialog?.open(opener ?? undefined);
  }

  private renderEventsDialog(): TemplateResult | typeof nothing {
    const row = this.eventsFor;
    if (!row) return nothing;
    return html`<insights-events-dialog
      conversation-id=${row.id}
      .startTime=${row.startTime}
      ?in-progress=${row.status === 'in_progress'}
      .client=${this.client}
      .capabilities=${this.capabilities}
      .messages=${this.messages}
      .locale=${this.locale}
    ></insights-events-dialog>`;
  }

  private renderRowMenu(): TemplateResult {
    const t = this.t;
    const entry = this.menuEntry;
    const row = entry?.c;
    const ids = row?.identifiers;
    const item = (label: string, ic: TemplateResult, reason: string | null, hint: string, run: () => void) =>
      html`<button role="menuitem" aria-disabled=${reason ? 'true' : 'false'} ${tooltip(reason ?? hint)} @click=${() => this.rowAction(run, reason)}>
        ${ic}${label}
      </button>`;
    const perm = (p: Parameters<KitElement['can']>[0], available: boolean | undefined, missing: string) =>
      !this.can(p) ? t.noPermissionReason : !available ? missing : null;
    const copy = (label: string, what: string, value: string | null | undefined) =>
      html`<button role="menuitem" aria-disabled=${value ? 'false' : 'true'} ${tooltip(value ? value : t.reasonNoIdentifier)} @click=${() => this.copyId(value, what)}>
        ${icon(icons.copy)}${label}
      </button>`;
    return html`<div id="row-menu" role="menu" popover="manual" aria-label=${row ? t.rowActions(customerLabel(row, t)) : t.colActions} @keydown=${this.rowMenu.onMenuKeydown}>
      ${row
        ? html`
            <div class="menu-label" role="presentation" dir="auto">${t.rowMenuFor(customerLabel(row, t), this.format.dateTime(row.startTime))}</div>
            ${item(t.actionDownloadRecording, icon(icons.headphones), perm('recordings.download', row.hasRecording, t.reasonNoRecording), t.hintDownloadRecording, () => void this.exporter.download('recording', row))}
            ${item(t.actionDownloadTranscript, icon(icons.file), perm('transcripts.download', row.hasTranscript, t.reasonNoTranscript), t.hintDownloadTranscript, () => void this.exporter.download('transcript', row))}
            ${item(t.actionDownloadLatencyReport, icon(icons.activity), perm('transcripts.download', row.hasLatencyReport, t.reasonNoLatencyReport), t.hintDownloadLatencyReport, () => void this.exporter.download('latency-report', row))}
            ${item(
              t.tablePreviewEvents,
              icon(icons.activity),
              !this.can('events.view') ? t.noPermissionReason : null,
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
                    const reason = this.supervisor.reason(row);
                    return html`<button
                      role="menuitem"
                      data-action=${action}
                      aria-disabled=${reason ? 'true' : 'false'}
                      ${tooltip(reason ?? hint)}
                      @click=${() => {
                        if (reason) return;
                        const opener = this.shadowRoot?.querySelector<HTMLElement>('[aria-controls="row-menu"][aria-expanded="true"]') ?? null;
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

  private renderListPopover(): TemplateResult {
    const t = this.t;
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
        openMenu: (e, entry) => void this.openRowMenu(e, entry),
        showList: (e, kind, row) => void this.showList(e, kind, row),
        supervise: (action, row, opener) => this.supervise(action, row, opener),
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
