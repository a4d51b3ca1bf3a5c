import { createContext } from '@lit/context';
import type { ConversationQuery, ConversationSort, SavedFilter, SearchSort } from '@conversations-kit/sdk';
import type { SearchQuery } from '../conversations-search/events.js';
import { normalizeQuery, sameQuery } from '../conversations-table/query.js';

/**
 * What the conversation list shows, shared by the search box, the filters and the table: one
 * source of truth instead of elements finding each other by id. `<conversations-provider>` holds
 * one `ListStateStore` and provides it through `listStateContext`; elements read it and request
 * changes through it, and the provider alone mirrors it in the page URL (`sync-url`).
 *
 * An element adopts it with `new ListStateController(this, { onChange })` (it gets the provider's
 * store, or one of its own without a provider): read `controller.state`, call `store.setFilters`,
 * `store.setSearch`, `store.setOrder`, and — for a list — `store.reportResults({ total, exact,
 * lowerBound, search })` once it knows its size. `request` is what such a list fetches. Until a
 * list reads the store, `<conversations-search for>` / `<conversation-filters for>` push the state
 * into it, and the provider follows its `results-change` (a `lowerBound` in its detail shows
 * "5,000+") and `sort-change` events.
 */
export interface ListState {
  /** The applied filters (what `<conversations-table>.query` takes). */
  readonly filters: ConversationQuery;
  /** The saved filter those filters came from, or null (unsaved or cleared). */
  readonly savedFilter: SavedFilter | null;
  /** The search shown instead of the plain list, or null. */
  readonly search: SearchQuery | null;
  /** Start-time order of the plain list (a search carries its own order in `search.sort`). */
  readonly sort: ConversationSort;
}

/** Which parts of the state changed in one update. */
export type ListStateKey = keyof ListState;

/** The size of what the list shows, reported by the table once it loaded. */
export interface ListResults {
  /** Matching conversations (or the rows loaded so far when the backend does not count). */
  readonly total: number;
  /** False when `total` is only what has been loaded so far. */
  readonly exact: boolean;
  /** True when the backend bounded its count (`totalIsLowerBound`): show "5,000+". */
  readonly lowerBound: boolean;
  /** Whether these are search results. */
  readonly search: boolean;
}

/** The request a list with this state makes: filters plus either the search or the plain order. */
export interface ListRequest {
  readonly filters: ConversationQuery;
  readonly q: string | null;
  readonly sort: ConversationSort | SearchSort;
}

export type ListStateListener = (state: ListState, changed: ReadonlySet<ListStateKey | 'results'>) => void;

export const DEFAULT_SORT: ConversationSort = 'startTime:desc';

const initial: ListState = Object.freeze({ filters: {}, savedFilter: null, search: null, sort: DEFAULT_SORT });

function sameSearch(a: SearchQuery | null, b: SearchQuery | null): boolean {
  return (a?.q ?? '') === (b?.q ?? '') && (a?.sort ?? null) === (b?.sort ?? null);
}

/** Empty or blank searches are "no search". */
function cleanSearch(search: SearchQuery | null | undefined): SearchQuery | null {
  const q = search?.q?.trim();
  return q ? { q, sort: search!.sort ?? 'relevance' } : null;
}

/**
 * The list state itself: a small observable value with no DOM dependency (safe to import and test
 * anywhere). Changes are compared before they notify, so writing the same value twice is free.
 */
export class ListStateStore {
  private current: ListState = initial;
  private latestResults: ListResults | null = null;
  private readonly listeners = new Set<ListStateListener>();

  constructor(state: Partial<ListState> = {}) {
    this.update(state);
  }

  get state(): ListState {
    return this.current;
  }

  /** What the table last reported, or null before it loaded (or after the state changed). */
  get results(): ListResults | null {
    return this.latestResults;
  }

  /** The request the list makes for this state. */
  get request(): ListRequest {
    const { filters, search, sort } = this.current;
    return { filters, q: search?.q ?? null, sort: search ? search.sort : sort };
  }

  /** Whether any filter is applied (the default saved filter must not replace filters someone chose). */
  get hasFilters(): boolean {
    return Object.keys(this.current.filters).length > 0;
  }

  /** Applies a change; listeners hear it once, with the keys that really changed. */
  update(change: Partial<ListState>): void {
    const next: { -readonly [K in keyof ListState]: ListState[K] } = { ...this.current };
    const changed = new Set<ListStateKey | 'results'>();
    if ('filters' in change && !sameQuery(change.filters, next.filters)) {
      next.filters = normalizeQuery(change.filters);
      changed.add('filters');
    }
    if ('savedFilter' in change && (change.savedFilter ?? null) !== next.savedFilter) {
      next.savedFilter = change.savedFilter ?? null;
      changed.add('savedFilter');
    }
    if ('search' in change) {
      const search = cleanSearch(change.search);
      if (!sameSearch(search, next.search)) {
        next.search = search;
        changed.add('search');
      }
    }
    if ('sort' in change && change.sort && change.sort !== next.sort) {
      next.sort = change.sort;
      changed.add('sort');
    }
    if (!changed.size) return;
    this.current = Object.freeze(next);
    // The count belongs to the previous list until the table reports the new one.
    if (changed.has('filters') || changed.has('search')) {
      this.latestResults = null;
      changed.add('results');
    }
    this.notify(changed);
  }

  /** Applies filters (Apply, a saved filter, Remove all…). */
  setFilters(filters: ConversationQuery, savedFilter: SavedFilter | null = null): void {
    this.update({ filters, savedFilter });
  }

  /** Runs a search, changes its order, or clears it (`null` or a blank `q`). */
  setSearch(search: SearchQuery | null): void {
    this.update({ search });
  }

  /**
   * Changes the order of what the list shows: the search's order while searching, else the plain
   * list's start-time order (`relevance` only means something for a search).
   */
  setOrder(order: ConversationSort | SearchSort): void {
    const search = this.current.search;
    if (search) this.update({ search: { q: search.q, sort: order } });
    else if (order !== 'relevance') this.update({ sort: order });
  }

  /** Called by the table once it knows the size of what it shows. */
  reportResults(results: ListResults): void {
    const before = this.latestResults;
    if (before && before.total === results.total && before.exact === results.exact && before.lowerBound === results.lowerBound && before.search === results.search) return;
    this.latestResults = { ...results };
    this.notify(new Set(['results']));
  }

  /** Calls `listener` on every change; returns the function that stops it. */
  subscribe(listener: ListStateListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private notify(changed: ReadonlySet<ListStateKey | 'results'>): void {
    for (const listener of [...this.listeners]) listener(this.current, changed);
  }
}

/** The list state `<conversations-provider>` provides to every element inside it. */
export const listStateContext = createContext<ListStateStore | undefined>(Symbol.for('conversations-kit/list-state'));
