import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { SearchSort } from '@conversations-kit/sdk';
import { KitElement } from '../base/kit-element.js';
import { buttonStyles, hostStyles } from '../styles/shared.styles.js';
import { popupStyles } from '../primitives/popup.styles.js';
import { tooltip } from '../primitives/tooltip.js';
import { icon, icons } from '../icons/icons.js';
import type { ConversationsTable } from '../conversations-table/conversations-table.js';
import type { ResultsChangeEvent, SortChangeEvent } from '../conversations-table/events.js';
import { currentParams, searchFromParams, updateUrl, writeSearchParams } from '../conversations-table/url-state.js';
import { searchChangeEvent } from './events.js';
import { searchStyles } from './conversations-search.styles.js';

const SORTS: readonly SearchSort[] = ['relevance', 'startTime:desc', 'startTime:asc'];

/**
 * @summary One box for full-text and ID search over conversations (transcripts, agent and
 * disposition notes, IDs), with the result count and the order of results.
 *
 * Enter or the Search icon runs the search; results come in order of relevance by default, or by
 * start time. When the backend has no full-text capability (`features.fullTextSearch` false) the
 * box says that only ID search is available and offers no relevance order.
 *
 * Wire it to a table with `for="table-id"` (it sets `table.search` and shows the table's result
 * count), or listen to `search-change` and set `table.search = event.detail` yourself.
 *
 * @event search-change - {SearchChangeEvent} A search ran, its order changed, or it was cleared (`detail.q` empty). `detail: { q, sort }`.
 *
 * @csspart form - The search form.
 * @csspart input - The search field.
 * @csspart search-button - The Search icon button.
 * @csspart order - The order select.
 * @csspart count - The result count.
 * @csspart hint - The "only ID search" note.
 *
 * @cssprop --ck-conversations-search-width - Width of the search field (default 320px).
 */
export class ConversationsSearch extends KitElement {
  static override styles = [hostStyles, buttonStyles, popupStyles, searchStyles];

  /** Id of the `<conversations-table>` (in the same document or shadow root) this box drives. */
  @property({ attribute: 'for' }) for?: string;

  /** The text in the box. */
  @property() value = '';

  /** Order of the results: `relevance` (default), `startTime:desc` or `startTime:asc`. */
  @property({ reflect: true }) sort: SearchSort = 'relevance';

  /** Number of results to show next to the box (set automatically when wired with `for`). `null` hides it. */
  @property({ attribute: false }) resultCount: number | null = null;

  /** Reflects the search in the page URL (`?q=refund&order=startTime:desc`) and restores it on load. */
  @property({ type: Boolean, attribute: 'sync-url' }) syncUrl = false;

  /** The search currently applied (what the last `search-change` carried). */
  @state() private applied = '';

  private table?: ConversationsTable | null;
  private findTimer?: number;

  /** Runs the search for the current text (as Enter or the Search icon do). */
  submit(): void {
    this.apply(this.value.trim());
  }

  /** Empties the box and shows conversations again. */
  clear(): void {
    this.value = '';
    this.apply('');
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.syncUrl) {
      const fromUrl = searchFromParams(currentParams());
      if (fromUrl) {
        this.value = fromUrl.q;
        this.sort = this.fullText ? fromUrl.sort : 'relevance';
        this.applied = fromUrl.q;
        // Let listeners attached right after the element was created hear it too.
        queueMicrotask(() => this.emit());
      }
    }
    this.connectTable();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.disconnectTable();
    cancelAnimationFrame(this.findTimer ?? 0);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('for') && this.isConnected) this.connectTable();
  }

  /** True unless the backend said it has no full-text search. */
  private get fullText(): boolean {
    return this.capabilities?.features?.fullTextSearch !== false;
  }

  private connectTable(): void {
    this.disconnectTable();
    if (!this.for) return;
    const root = this.getRootNode() as Document | ShadowRoot;
    const table = root.getElementById?.(this.for) as ConversationsTable | null;
    if (!table) {
      // The table may be parsed after this element: look again on the next frame.
      this.findTimer = requestAnimationFrame(() => this.isConnected && this.connectTable());
      return;
    }
    this.table = table;
    table.addEventListener('results-change', this.onResults);
    table.addEventListener('sort-change', this.onTableSort);
    if (this.applied) table.search = { q: this.applied, sort: this.sort };
  }

  private disconnectTable(): void {
    this.table?.removeEventListener('results-change', this.onResults);
    this.table?.removeEventListener('sort-change', this.onTableSort);
    this.table = null;
  }

  private onResults = (event: ResultsChangeEvent): void => {
    this.resultCount = event.detail.search ? event.detail.total : null;
  };

  private onTableSort = (event: SortChangeEvent): void => {
    if (!event.detail.search) return;
    this.sort = event.detail.sort as SearchSort;
    this.writeUrl();
  };

  private apply(q: string): void {
    this.applied = q;
    if (!q) this.resultCount = null;
    this.emit();
  }

  private emit(): void {
    const q = this.applied;
    const sort = this.fullText ? this.sort : 'relevance';
    if (this.table) this.table.search = q ? { q, sort } : null;
    this.writeUrl();
    this.dispatchEvent(searchChangeEvent({ q, sort }));
  }

  private writeUrl(): void {
    if (!this.syncUrl) return;
    const q = this.applied;
    const sort = this.sort;
    updateUrl((params) => writeSearchParams(params, q ? { q, sort } : null));
  }

  private onSubmit(event: Event): void {
    event.preventDefault();
    this.submit();
  }

  private onInput(event: Event): void {
    this.value = (event.target as HTMLInputElement).value;
    // The browser's own clear (×) or deleting every character shows conversations again.
    if (!this.value && this.applied) this.apply('');
  }

  private onKeyDown(event: KeyboardEvent): void {
    if (event.key === 'Escape' && this.value) {
      event.preventDefault();
      this.clear();
    }
  }

  private onSort(event: Event): void {
    const value = (event.target as HTMLSelectElement).value as SearchSort;
    this.sort = SORTS.includes(value) ? value : 'relevance';
    if (this.applied) this.emit();
  }

  protected override render() {
    const t = this.t;
    const fullText = this.fullText;
    const active = !!this.applied;
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
          ? html`<label class="order" part="order">
              ${t.searchOrder}
              <select .value=${this.sort} @change=${this.onSort}>
                <option value="relevance" ?selected=${this.sort === 'relevance'}>${t.searchOrderRelevance}</option>
                <option value="startTime:desc" ?selected=${this.sort === 'startTime:desc'}>${t.searchOrderNewest}</option>
                <option value="startTime:asc" ?selected=${this.sort === 'startTime:asc'}>${t.searchOrderOldest}</option>
              </select>
            </label>`
          : nothing}
        <span class="count" part="count" role="status">${active && this.resultCount !== null ? t.searchResultCount(this.resultCount) : ''}</span>
      </form>
      ${fullText ? nothing : html`<p class="hint" id="hint" part="hint">${icon(icons.info)}<span>${t.searchIdOnly}</span></p>`}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'conversations-search': ConversationsSearch;
  }
}
