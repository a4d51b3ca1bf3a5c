import type { ConversationQuery, SavedFilter } from '@conversations-kit/sdk';

export interface FiltersChangeDetail {
  /** The filters to apply — what `<conversations-table>.query` takes. Empty when cleared. */
  query: ConversationQuery;
  /** The saved filter that was applied, or null for an unsaved (Apply) or cleared filter. */
  savedFilter: SavedFilter | null;
}

/** Fired when filters are applied (Apply, Save & Apply, a saved filter, the default filter on load) or cleared. */
export type FiltersChangeEvent = CustomEvent<FiltersChangeDetail>;

export function filtersChangeEvent(detail: FiltersChangeDetail): FiltersChangeEvent {
  return new CustomEvent('filters-change', { detail, bubbles: true, composed: true });
}

declare global {
  interface GlobalEventHandlersEventMap {
    'filters-change': FiltersChangeEvent;
  }
}
