import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ContextConsumer } from '@lit/context';
import type { ConversationSort, SearchSort } from '@conversations-kit/sdk';
import { KitElement } from '../base/kit-element.js';
import { buttonStyles, hostStyles } from '../styles/shared.styles.js';
import { popupStyles } from '../primitives/popup.styles.js';
import { tooltip } from '../primitives/tooltip.js';
import { icon, icons } from '../icons/icons.js';
import { ListStateController } from '../context/list-state-controller.js';
import { TableLinkController } from '../context/table-link.js';
import { searchChangeEvent } from './events.js';
import { searchHelpStyles, searchStyles } from './conversations-search.styles.js';
import { renderSearchHelp, SearchHelpController } from './search-help.js';
import { shortcutsContext } from '../primitives/shortcuts.js';

const ORDERS: readonly (SearchSort | ConversationSort)[] = ['relevance', 'startTime:desc', 'startTime:asc'];

/**
 * @summary One box for full-text and ID search over conversations (transcripts, agent and
 * disposition notes, IDs), with the result count, the order of results and help on the syntax.
 *
 * Enter or the Search icon runs the search; results come in order of relevance by default, or by
 * start time. Without a search the Order select orders the list by start time. When the backend has
 * no full-text capability (`features.fullTextSearch` false) the box says that only ID search is
 * available and offers no relevance order. Syntax: `"quoted phrase"`, `-word`, `OR` (passed to the
 * backend as typed).
 *
 * Inside `<conversations-provider>` the box reads and sets the provider's list state, which the
 * table shows. On its own, wire it to a table with `for="table-id"`, or listen to `search-change`.
 *
 * @event search-change - {SearchChangeEvent} A search ran, its order changed, or it was cleared (`detail.q` empty). `detail: { q, sort }`.
 *
 * @csspart form - The search form.
 * @csspart input - The search field.
 * @csspart search-button - The Search icon button.
 * @csspart help-button - The search help button.
 * @csspart help - The search help popover.
 * @csspart order - The order select.
 * @csspart count - The result count.
 * @csspart hint - The "only ID search" note.
 *
 * @cssprop --ck-conversations-search-width - Width of the search field (default 320px).
 */
export class ConversationsSearch extends KitElement {
  static override styles = [hostStyles, buttonStyles, popupStyles, searchStyles, searchHelpStyles];

  /** Id of a `<conversations-table>` (same document or shadow root) to drive when there is no provider. */
  @property({ attribute: 'for' }) for?: string;

  /** The text in the box. */
  @property() value = '';

  /** Number of results to show next to the box. `null` (default) shows the list's own count. */
  @property({ attribute: false }) resultCount: number | null = null;

  /**
   * Reflects the search in the page URL (`?q=refund&order=startTime:desc`) and restores it on load.
   * Inside a provider, prefer `<conversations-provider sync-url>`, which syncs the whole list state.
   */
  @property({ type: Boolean, attribute: 'sync-url' }) syncUrl = false;

  /** The order the Order select shows: the search's while searching, else the list's start-time order. */
  get sort(): SearchSort | ConversationSort {
    const { search, sort } = this.list.state;
    return search ? search.sort : sort;
  }

  /**
   * Sets the order of the current search; without one, the list's start-time order, which the next
   * search then keeps (a search the user did not order comes by relevance).
   */
  set sort(value: SearchSort | ConversationSort) {
    const order = ORDERS.includes(value) ? value : 'relevance';
    if (!this.list.state.search) this.nextSearchSort = order;
    this.list.store.setOrder(order);
    this.requestUpdate();
  }

  /** The order the user chose before searching, which the next search keeps. */
  @state() private nextSearchSort?: SearchSort;

  private readonly list = new ListStateController(this, {
    urlScope: 'search',
    syncUrl: () => this.syncUrl,
    onChange: (state, changed) => {
      if (changed.has('search')) {
        // A search set elsewhere (the URL, the table, the host) shows in the box.
        if ((state.search?.q ?? '') !== this.value.trim()) this.value = state.search?.q ?? '';
        this.dispatchEvent(searchChangeEvent({ q: state.search?.q ?? '', sort: state.search?.sort ?? 'relevance' }));
      }
      if (changed.has('search') || changed.has('sort')) this.link.push();
    },
  });

  private readonly link = new TableLinkController(this, {
    id: () => this.for,
    store: () => this.list.store,
    push: (table) => {
      const { search, sort } = this.list.state;
      if (JSON.stringify(table.search) !== JSON.stringify(search)) table.search = search;
      if (table.sort !== sort) table.sort = sort;
    },
  });

  private readonly help = new SearchHelpController(this);

  /** `/` focuses the box (inside a provider, which dispatches the page's shortcuts). */
  private unregisterShortcut?: () => void;
  private readonly shortcuts = new ContextConsumer(this, {
    context: shortcutsContext,
    subscribe: true,
    callback: (registry) => {
      this.unregisterShortcut?.();
      const messages = () => this.t;
      this.unregisterShortcut = registry?.register({
        key: '/',
        get label() {
          return messages().shortcutFocusSearch;
        },
        run: () => this.focus(),
      });
    },
  });

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unregisterShortcut?.();
    this.unregisterShortcut = undefined;
  }

  /** Runs the search for the current text (as Enter or the Search icon do). */
  submit(): void {
    const q = this.value.trim();
    const current = this.list.state.search;
    const sort = !this.fullText ? 'relevance' : current ? current.sort : this.nextSearchSort ?? 'relevance';
    this.list.store.setSearch(q ? { q, sort } : null);
  }

  /** Empties the box and shows conversations again. */
  clear(): void {
    this.value = '';
    this.list.store.setSearch(null);
  }

  /** Moves focus to the search field (the `/` shortcut). */
  override focus(options?: FocusOptions): void {
    this.renderRoot.querySelector<HTMLInputElement>('input[type="search"]')?.focus(options);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('for') && this.isConnected) this.link.relink();
  }

  /** True unless the backend said it has no full-text search. */
  private get fullText(): boolean {
    return this.capabilities?.features?.fullTextSearch !== false;
  }

  private onSubmit(event: Event): void {
    event.preventDefault();
    this.submit();
  }

  private onInput(event: Event): void {
    this.value = (event.target as HTMLInputElement).value;
    // The browser's own clear (×) or deleting every character shows conversations again.
    if (!this.value && this.list.state.search) this.list.store.setSearch(null);
  }

  private onKeyDown(event: KeyboardEvent): void {
    if (event.key === 'Escape' && this.value) {
      event.preventDefault();
      event.stopPropagation();
      this.clear();
    }
  }

  private onSort(event: Event): void {
    this.sort = (event.target as HTMLSelectElement).value as SearchSort;
  }

  private renderCount() {
    const t = this.t;
    if (!this.list.state.search) return '';
    if (this.resultCount !== null) return t.searchResultCount(this.resultCount);
    const results = this.list.store.results;
    if (!results?.search) return '';
    return results.lowerBound ? t.searchResultCountAtLeast(results.total) : t.searchResultCount(results.total);
  }

  protected override render() {
    const t = this.t;
    const fullText = this.fullText;
    const searching = !!this.list.state.search;
    const order = this.sort;
    return html`
      <form role="search" part="form" aria-label=${t.searchLabel} @submit=${this.onSubmit}>
        <div class="box">
          <input
            type="search"
            part="input"
            name="q"
            maxlength="500"
            autocomplete="off"
            spellcheck="false"
            aria-label=${t.searchLabel}
            aria-describedby=${fullText ? nothing : 'hint'}
            aria-keyshortcuts="/"
            placeholder=${fullText ? t.searchPlaceholder : t.searchPlaceholderIdOnly}
            .value=${this.value}
            @input=${this.onInput}
            @keydown=${this.onKeyDown}
          />
          ${this.value
            ? html`<button type="button" class="icon-btn" aria-label=${t.searchClear} ${tooltip(t.searchClear)} @click=${() => this.clear()}>
                ${icon(icons.close)}
              </button>`
            : nothing}
          <button type="submit" class="icon-btn search-btn" part="search-button" aria-label=${t.searchButton} ${tooltip(t.searchButton)}>
            ${icon(icons.search)}
          </button>
        </div>
        ${fullText
          ? html`<button
              type="button"
              class="icon-btn help-btn"
              part="help-button"
              aria-label=${t.searchHelp}
              aria-expanded=${this.help.open ? 'true' : 'false'}
              aria-controls="search-help"
              popovertarget="search-help"
              ${tooltip(t.searchHelp)}
            >
              ${icon(icons.info)}
            </button>`
          : nothing}
        ${fullText
          ? html`<label class="order" part="order">
              ${t.searchOrder}
              <select .value=${order} @change=${this.onSort}>
                ${searching ? html`<option value="relevance" ?selected=${order === 'relevance'}>${t.searchOrderRelevance}</option>` : nothing}
                <option value="startTime:desc" ?selected=${order === 'startTime:desc'}>${t.searchOrderNewest}</option>
                <option value="startTime:asc" ?selected=${order === 'startTime:asc'}>${t.searchOrderOldest}</option>
              </select>
            </label>`
          : nothing}
        <span class="count" part="count" role="status">${this.renderCount()}</span>
      </form>
      ${fullText ? renderSearchHelp(t) : html`<p class="hint" id="hint" part="hint">${icon(icons.info)}<span>${t.searchIdOnly}</span></p>`}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'conversations-search': ConversationsSearch;
  }
}
