import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ConversationQuery, ConversationSort } from '@conversations-kit/sdk';
import type { SearchQuery } from '../conversations-search/events.js';
import type { ListStateStore } from './list-state.js';

/** The parts of `<conversations-table>` a linked element reads and sets (its public API). */
export interface LinkableTable extends HTMLElement {
  query: ConversationQuery;
  search: SearchQuery | null;
  sort: ConversationSort;
}

interface ResultsDetail {
  total: number;
  exact: boolean;
  search: boolean;
  /** Set by tables whose backend bounded the count (`totalIsLowerBound`). */
  lowerBound?: boolean;
}

/** Reports a table's `results-change` into a list state (the provider does this for every table inside it). */
export function reportTableResults(store: ListStateStore, event: Event): void {
  const detail = (event as CustomEvent<ResultsDetail>).detail;
  if (!detail || typeof detail.total !== 'number') return;
  store.reportResults({ total: detail.total, exact: !!detail.exact, lowerBound: !!detail.lowerBound, search: !!detail.search });
}

/** Follows a table's `sort-change` (its Start Time header) into a list state. */
export function followTableSort(store: ListStateStore, event: Event): void {
  const sort = (event as CustomEvent<{ sort?: string }>).detail?.sort;
  if (sort === 'relevance' || sort === 'startTime:asc' || sort === 'startTime:desc') store.setOrder(sort);
}

/**
 * The `for="table-id"` link of `<conversations-search>` and `<conversation-filters>`, kept for pages
 * that wire elements by id: finds the table (it may be parsed later), pushes the list state into
 * it, and follows its result count and header sort back into the state.
 */
export class TableLinkController implements ReactiveController {
  private table: LinkableTable | null = null;
  private frame = 0;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: { id: () => string | undefined; store: () => ListStateStore; push: (table: LinkableTable) => void },
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.relink();
  }

  hostDisconnected(): void {
    this.unlink();
  }

  /** The linked table, if found. */
  get target(): LinkableTable | null {
    return this.table;
  }

  /** Looks the table up again (after `for` changed). */
  relink(): void {
    this.unlink();
    const id = this.options.id();
    if (!id) return;
    const root = this.host.getRootNode() as Document | ShadowRoot;
    const table = (root.getElementById?.(id) ?? null) as LinkableTable | null;
    if (!table) {
      this.frame = requestAnimationFrame(() => this.host.isConnected && this.relink());
      return;
    }
    this.table = table;
    table.addEventListener('results-change', this.onResults);
    table.addEventListener('sort-change', this.onSort);
    this.options.push(table);
  }

  /** Pushes the state into the table again (after it changed). */
  push(): void {
    if (this.table) this.options.push(this.table);
  }

  private unlink(): void {
    cancelAnimationFrame(this.frame);
    this.table?.removeEventListener('results-change', this.onResults);
    this.table?.removeEventListener('sort-change', this.onSort);
    this.table = null;
  }

  private onResults = (event: Event): void => reportTableResults(this.options.store(), event);
  private onSort = (event: Event): void => followTableSort(this.options.store(), event);
}
