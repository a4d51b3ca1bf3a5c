import type { SearchSort } from '@conversations-kit/sdk';

/** What `<conversations-table>.search` takes: the words or ID, and the order of the results. */
export interface SearchQuery {
  q: string;
  /** `relevance` (default) or start time. */
  sort: SearchSort;
}

/** `q` is empty when the search was cleared (the table then lists conversations again). */
export type SearchChangeDetail = SearchQuery;

/** Fired when the user runs a search (Enter or the Search icon), changes the order, or clears the box. */
export type SearchChangeEvent = CustomEvent<SearchChangeDetail>;

export function searchChangeEvent(detail: SearchChangeDetail): SearchChangeEvent {
  return new CustomEvent('search-change', { detail, bubbles: true, composed: true });
}

declare global {
  interface GlobalEventHandlersEventMap {
    'search-change': SearchChangeEvent;
  }
}
