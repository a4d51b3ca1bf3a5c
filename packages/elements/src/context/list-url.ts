/**
 * The one mirror of the list state in the page URL, so a view can be shared by copying the address.
 * Parameter names are the API's own (`channel=voice&channel=chat`, `tag=tier:contains:gold`,
 * `q=refund&order=startTime:asc`, `sort=startTime:asc`, `from`/`to`), and the URL is replaced, not
 * pushed, so Back leaves the page instead of undoing each filter.
 *
 * `<conversations-provider sync-url>` syncs everything; an element used without a provider may sync
 * its own part (`scope`). Either way a store has one sync, and one writer of the URL.
 */
import type { ListState, ListStateStore } from './list-state.js';
import { DEFAULT_SORT } from './list-state.js';
import {
  currentParams, hasQueryParams, queryFromParams, searchFromParams, sortFromParams, updateUrl, writeQueryParams, writeSearchParams,
} from '../conversations-table/url-state.js';

/** Which parameters a sync reads and writes: the filters, the search and its order, or both. */
export type UrlScope = 'filters' | 'search' | 'all';

const covers = (scopes: Iterable<UrlScope>, part: 'filters' | 'search') => [...scopes].some((s) => s === 'all' || s === part);

/** The part of the list state the URL names (only what it names: absent parameters change nothing). */
export function readListParams(params: URLSearchParams, scope: UrlScope = 'all'): Partial<ListState> {
  const state: { -readonly [K in keyof ListState]?: ListState[K] } = {};
  if (covers([scope], 'filters') && hasQueryParams(params)) state.filters = queryFromParams(params);
  if (covers([scope], 'search')) {
    const search = searchFromParams(params);
    if (search) state.search = search;
    const sort = sortFromParams(params);
    if (sort) state.sort = sort;
  }
  return state;
}

/** Writes the list state into `params`, keeping every parameter outside `scope` (the host's own too). */
export function writeListParams(params: URLSearchParams, state: ListState, scope: UrlScope = 'all'): void {
  if (covers([scope], 'filters')) writeQueryParams(params, state.filters);
  if (covers([scope], 'search')) {
    writeSearchParams(params, state.search);
    if (state.sort === DEFAULT_SORT) params.delete('sort');
    else params.set('sort', state.sort);
  }
}

class UrlSync {
  private readonly scopes = new Map<UrlScope, number>();
  private stop?: () => void;

  constructor(private readonly store: ListStateStore) {}

  add(scope: UrlScope): () => void {
    const first = !this.scopes.has(scope);
    this.scopes.set(scope, (this.scopes.get(scope) ?? 0) + 1);
    // A newly synced part starts from the URL; the rest of the URL is then written from the state.
    if (first) this.store.update(readListParams(currentParams(), scope));
    this.stop ??= this.store.subscribe((state) => this.write(state));
    this.write(this.store.state);
    return () => this.remove(scope);
  }

  private remove(scope: UrlScope): void {
    const n = (this.scopes.get(scope) ?? 1) - 1;
    if (n > 0) this.scopes.set(scope, n);
    else this.scopes.delete(scope);
    if (!this.scopes.size) {
      this.stop?.();
      this.stop = undefined;
      syncs.delete(this.store);
    }
  }

  private write(state: ListState): void {
    const scopes = [...this.scopes.keys()];
    const scope: UrlScope | null = covers(scopes, 'filters') && covers(scopes, 'search') ? 'all' : covers(scopes, 'filters') ? 'filters' : covers(scopes, 'search') ? 'search' : null;
    if (scope) updateUrl((params) => writeListParams(params, state, scope));
  }
}

const syncs = new WeakMap<ListStateStore, UrlSync>();

/**
 * Mirrors `scope` of the store in the page URL until the returned function is called. The URL's
 * values are read into the store first, so a shared link opens the same view.
 */
export function syncListUrl(store: ListStateStore, scope: UrlScope = 'all'): () => void {
  let sync = syncs.get(store);
  if (!sync) syncs.set(store, (sync = new UrlSync(store)));
  return sync.add(scope);
}
