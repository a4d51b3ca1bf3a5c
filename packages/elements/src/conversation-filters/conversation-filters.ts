import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { AgentRef, ConversationQuery, QueueRef, SavedFilter } from '@conversations-kit/sdk';
import { KitElement } from '../base/kit-element.js';
import { describeError } from '../base/errors.js';
import { buttonStyles, hostStyles, stateStyles } from '../styles/shared.styles.js';
import { popupStyles } from '../primitives/popup.styles.js';
import { MenuController } from '../primitives/menu.js';
import { DialogController, renderDialogHeader } from '../primitives/dialog.js';
import { renderTabs, type TabSpec } from '../primitives/tabs.js';
import { ToastController, renderToast } from '../primitives/toast.js';
import { tooltip } from '../primitives/tooltip.js';
import { icon, icons } from '../icons/icons.js';
import { ListStateController } from '../context/list-state-controller.js';
import { TableLinkController } from '../context/table-link.js';
import { countFilters, normalizeQuery, sameQuery } from '../conversations-table/query.js';
import { filtersChangeEvent } from './events.js';
import { filtersStyles, rangeStyles } from './conversation-filters.styles.js';
import { SMART_STATUSES, draftFromQuery, emptyDraft, incompleteClauses, queryFromDraft, type FilterDraft } from './filter-draft.js';
import { renderEditor } from './filter-editor.js';
import { renderPrompt, renderSavedList, type NamePrompt } from './saved-filters-list.js';
import { SavedFiltersController } from './saved-filters-controller.js';
import { renderDateRange } from './date-range-control.js';
import { withoutRange } from './date-range.js';

type Tab = 'new' | 'saved';

/**
 * @summary Filters for the conversation list — a time range (today, last 7 / 30 days, custom), IDs,
 * queues, channels, agents, status, SmartStatus, CSAT and custom tags (CONTAINS / DOES NOT CONTAIN,
 * up to 5 AND clauses) — with Clear, Apply and Save & Apply, and the caller's saved filters: apply,
 * edit, duplicate (rename), mark as default, delete (with confirmation). The default saved filter
 * applies on load; switching the signed-in user drops the previous user's saved filter.
 *
 * Inside `<conversations-provider>` the filters read and set the provider's list state, which the
 * table shows. On its own, wire it to a table with `for="table-id"` (it sets `table.query`), or listen
 * to `filters-change` and set `table.query = event.detail.query` yourself.
 *
 * @event filters-change - {FiltersChangeEvent} Filters were applied or cleared. `detail: { query, savedFilter }`.
 *
 * @csspart filter-button - The Filter button that opens the panel.
 * @csspart chip - The applied saved filter's name.
 * @csspart range - The time-range control.
 * @csspart panel - The filters panel (a modal side sheet).
 *
 * @cssprop --ck-conversation-filters-panel-width - Width of the side sheet (default 560px).
 */
export class ConversationFilters extends KitElement {
  static override styles = [hostStyles, buttonStyles, stateStyles, popupStyles, filtersStyles, rangeStyles];

  /** Id of a `<conversations-table>` (same document or shadow root) to drive when there is no provider. */
  @property({ attribute: 'for' }) for?: string;

  /** SmartStatus values offered (default: the reference backend's). */
  @property({ attribute: false }) smartStatuses: readonly string[] = SMART_STATUSES;

  /**
   * Reflects the filters in the page URL (`?channel=voice&status=error`) and restores them on load.
   * Inside a provider, prefer `<conversations-provider sync-url>`, which syncs the whole list state.
   */
  @property({ type: Boolean, attribute: 'sync-url' }) syncUrl = false;

  /** Do not apply the default saved filter on load. */
  @property({ type: Boolean, attribute: 'no-default' }) noDefault = false;

  /** The applied filters. Setting it changes the list's filters (and does not fire `filters-change`). */
  get query(): ConversationQuery {
    return this.list.state.filters;
  }

  set query(query: ConversationQuery) {
    if (!sameQuery(query, this.list.state.filters)) this.list.store.setFilters(query ?? {}, null);
  }

  @state() private tab: Tab = 'new';
  @state() private draft: FilterDraft = emptyDraft();
  @state() private editing: SavedFilter | null = null;
  @state() private queues: QueueRef[] | null = null;
  @state() private agents: AgentRef[] | null = null;
  @state() private tagNames: string[] = [];
  @state() private optionsError = false;
  @state() private agentFilter = '';
  @state() private formError: string | null = null;
  @state() private prompt: NamePrompt | null = null;
  @state() private menuFor: SavedFilter | null = null;
  @state() private rangeCustom = false;
  @state() private rangeError: string | null = null;

  private readonly toast = new ToastController(this);
  private readonly savedMenu = new MenuController(this);
  private readonly saved = new SavedFiltersController(this);
  private readonly panelDialog = new DialogController(this, 'dialog.panel', () => {
    this.formError = null;
    this.savedMenu.close(false);
  });
  private readonly promptDialog = new DialogController(this, 'dialog.prompt', () => (this.prompt = null));
  private readonly list = new ListStateController(this, {
    urlScope: 'filters',
    syncUrl: () => this.syncUrl,
    onChange: (_state, changed) => {
      if (changed.has('filters')) this.link.push();
    },
  });
  private readonly link = new TableLinkController(this, {
    id: () => this.for,
    store: () => this.list.store,
    push: (table) => {
      if (!sameQuery(table.query, this.list.state.filters)) table.query = this.list.state.filters;
    },
  });
  private defaultChecked = false;
  private optionsFor?: unknown;

  // ---------------------------------------------------------------- public API

  /** Opens the filters panel (on the New Filter tab, showing the applied filters). */
  show(tab: Tab = 'new'): void {
    this.tab = tab;
    if (!this.editing) this.draft = draftFromQuery(this.query);
    this.formError = null;
    void this.loadOptions();
    if (tab === 'saved') void this.loadSaved();
    void this.panelDialog.open();
  }

  /** Closes the panel. */
  hide(): void {
    this.panelDialog.close();
  }

  /** Applies a query (as the Apply button does) and fires `filters-change`. */
  apply(query: ConversationQuery, savedFilter: SavedFilter | null = null): void {
    this.list.store.setFilters(normalizeQuery(query), savedFilter);
    this.dispatchEvent(filtersChangeEvent({ query: this.query, savedFilter }));
  }

  // ---------------------------------------------------------------- lifecycle

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('for') && this.isConnected) this.link.relink();
    if (changed.has('client') && this.saved.resetFor(this.client)) this.onUserChanged();
    if ((changed.has('client') || changed.has('capabilities')) && this.client && this.capabilities) void this.loadSaved();
  }

  /** Another user signed in: their filters, not the previous user's. */
  private onUserChanged(): void {
    this.queues = this.agents = null;
    this.tagNames = [];
    this.editing = null;
    this.defaultChecked = false;
    if (this.list.state.savedFilter) this.apply({}, null);
  }

  // ---------------------------------------------------------------- data

  private get canManage(): boolean {
    return this.can('filters.manage');
  }

  private async loadOptions(): Promise<void> {
    const client = this.client;
    if (!client || this.optionsFor === client) return;
    this.optionsFor = client;
    this.optionsError = false;
    try {
      const [queues, agents, recent] = await Promise.all([
        client.catalogues.queues(),
        client.catalogues.agents(),
        client.conversations.list({ limit: 200 }).catch(() => null),
      ]);
      if (client !== this.client) return;
      this.queues = queues;
      this.agents = agents;
      // Tag names come from recent conversations (the API has no tag catalogue).
      this.tagNames = [...new Set((recent?.items ?? []).flatMap((c) => c.customTags.map((tag) => tag.name)))].sort((a, b) => a.localeCompare(b));
    } catch {
      this.optionsFor = undefined;
      this.optionsError = true;
    }
  }

  private async loadSaved(): Promise<void> {
    if (!this.client || !this.capabilities) return;
    if (!this.canManage) return this.saved.setEmpty();
    const list = await this.saved.load();
    if (!list) return;
    // The applied saved filter follows its latest version (renamed, edited) or is gone.
    const applied = this.list.state.savedFilter;
    if (applied) {
      const now = list.find((f) => f.id === applied.id) ?? null;
      if (now !== applied) this.list.store.update({ savedFilter: now });
    }
    this.applyDefaultOnce(list);
  }

  /** The default filter applies on load, unless the URL, the host or the user already chose filters. */
  private applyDefaultOnce(list: SavedFilter[]): void {
    if (this.defaultChecked) return;
    this.defaultChecked = true;
    const def = list.find((f) => f.isDefault);
    if (def && !this.list.store.hasFilters && !this.noDefault) this.apply(def.query, def);
  }

  // ---------------------------------------------------------------- editor actions

  private updateDraft = (change: (draft: FilterDraft) => void): void => {
    const draft = { ...this.draft, clauses: this.draft.clauses.map((c) => ({ ...c })) };
    change(draft);
    this.draft = draft;
    this.formError = null;
  };

  private validDraft(): ConversationQuery | null {
    if (incompleteClauses(this.draft).length) {
      this.formError = this.t.filterTagIncomplete;
      return null;
    }
    return queryFromDraft(this.draft);
  }

  private onApply(): void {
    const query = this.validDraft();
    if (!query) return;
    // Applying an edited saved filter without saving keeps it unsaved.
    this.editing = null;
    this.apply(query, null);
    this.hide();
    this.toast.show(this.t.filterApplied(countFilters(withoutRange(query))));
  }

  private async onSaveApply(): Promise<void> {
    if (!this.canManage) return;
    const query = this.validDraft();
    if (!query) return;
    if (!this.editing) return this.openPrompt({ mode: 'save', value: '', error: null, busy: false });
    try {
      const updated = await this.saved.update(this.editing.id, query);
      this.editing = null;
      this.apply(updated.query, updated);
      this.hide();
      this.toast.show(this.t.filterUpdated(updated.name));
    } catch (error) {
      this.formError = this.t.filterFailed(describeError(error, this.t));
    }
  }

  // ---------------------------------------------------------------- saved filters

  private applySaved(filter: SavedFilter): void {
    this.editing = null;
    this.apply(filter.query, filter);
    this.hide();
    this.toast.show(this.t.filterAppliedSaved(filter.name));
  }

  private edit(filter: SavedFilter): void {
    this.editing = filter;
    this.draft = draftFromQuery(filter.query);
    this.tab = 'new';
    this.formError = null;
    void this.loadOptions();
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#tab-new')?.focus());
  }

  private async markDefault(filter: SavedFilter): Promise<void> {
    try {
      await this.saved.markDefault(filter.id);
      this.toast.show(this.t.filterMarkedDefault(filter.name));
    } catch (error) {
      this.toast.show(this.t.filterFailed(describeError(error, this.t)), 'error');
    }
  }

  private async openSavedMenu(event: Event, filter: SavedFilter): Promise<void> {
    const button = event.currentTarget as HTMLElement;
    const fromKeys = event instanceof KeyboardEvent;
    if (fromKeys) event.preventDefault();
    if (!fromKeys && this.savedMenu.open && this.menuFor?.id === filter.id) {
      this.savedMenu.close();
      return;
    }
    this.menuFor = filter;
    await this.updateComplete;
    const last = fromKeys && (event as KeyboardEvent).key === 'ArrowUp';
    this.savedMenu.show(button, this.renderRoot.querySelector<HTMLElement>('#saved-menu') ?? undefined, last ? 'last' : 'first');
  }

  // ---------------------------------------------------------------- name / confirm prompt

  private openPrompt(prompt: NamePrompt): void {
    this.prompt = prompt;
    void this.promptDialog.open();
  }

  private closePrompt = (): void => this.promptDialog.close();

  private submitPrompt = async (event: Event): Promise<void> => {
    event.preventDefault();
    const p = this.prompt;
    if (!p || !this.client || p.busy) return;
    const t = this.t;
    const name = p.value.trim();
    if (p.mode !== 'delete') {
      // Names are checked here, with the same words the user reads: empty, or one they already use.
      const problem = this.saved.problem(name, t);
      if (problem) {
        this.prompt = { ...p, error: problem };
        void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLInputElement>('#prompt-name')?.focus());
        return;
      }
    }
    this.prompt = { ...p, busy: true, error: null };
    try {
      if (p.mode === 'save') {
        const created = await this.saved.create(name, queryFromDraft(this.draft));
        this.closePrompt();
        this.apply(created.query, created);
        this.hide();
        this.toast.show(t.filterCreated(created.name));
      } else if (p.mode === 'rename' && p.filter) {
        const copy = await this.saved.duplicate(p.filter.id, name);
        this.closePrompt();
        this.toast.show(t.filterDuplicated(copy.name));
      } else if (p.mode === 'delete' && p.filter) {
        await this.saved.remove(p.filter.id);
        if (this.list.state.savedFilter?.id === p.filter.id) this.list.store.update({ savedFilter: null });
        if (this.editing?.id === p.filter.id) this.editing = null;
        this.closePrompt();
        this.toast.show(t.filterDeleted(p.filter.name));
      }
    } catch (error) {
      this.prompt = { ...p, busy: false, error: t.filterFailed(describeError(error, t)) };
    }
  };

  // ---------------------------------------------------------------- render

  protected override render() {
    const t = this.t;
    const applied = this.list.state.savedFilter;
    const count = countFilters(withoutRange(this.query));
    return html`
      <div class="bar">
        ${renderDateRange({
          t,
          query: this.query,
          customOpen: this.rangeCustom,
          error: this.rangeError,
          setCustomOpen: (open) => (this.rangeCustom = open),
          setError: (message) => (this.rangeError = message),
          apply: (query) => this.apply(query, null),
        })}
        <button class="btn ${count ? 'active' : ''}" part="filter-button" aria-haspopup="dialog" @click=${() => this.show('new')}>
          ${icon(icons.filter)}<span>${t.filterButton}</span>${count
            ? html`<span class="badge" aria-hidden="true">${count}</span><span class="visually-hidden">${t.filterButtonActive(count)}</span>`
            : nothing}
        </button>
        ${applied ? html`<span class="chip" part="chip" dir="auto">${t.filterActiveSaved(applied.name)}</span>` : nothing}
        ${count || applied
          ? html`<button class="icon-btn" aria-label=${t.filterRemoveAll} ${tooltip(t.filterRemoveAll)} @click=${() => this.removeAll()}>${icon(icons.close)}</button>`
          : nothing}
      </div>
      ${this.renderPanel()}
      ${renderPrompt(t, this.prompt, {
        submit: this.submitPrompt,
        input: (value) => this.prompt && (this.prompt = { ...this.prompt, value, error: null }),
        close: this.closePrompt,
        closed: this.promptDialog.onClose,
      })}
      ${renderToast(this.toast)}
    `;
  }

  /** Remove all filters (the time range stays: it has its own control). */
  private removeAll(): void {
    this.editing = null;
    const { from, to } = this.query;
    this.apply(normalizeQuery({ from, to }), null);
    this.toast.show(this.t.filterApplied(0));
  }

  private selectTab = (tab: Tab): void => {
    this.tab = tab;
    if (tab === 'saved') void this.loadSaved();
  };

  private renderPanel() {
    const t = this.t;
    const tabs: TabSpec<Tab>[] = [
      { id: 'new', label: this.editing ? t.filterEdit : t.filterNewTab },
      { id: 'saved', label: t.filterSavedTab },
    ];
    return html`<dialog class="panel" part="panel" aria-labelledby="filters-title" @close=${this.panelDialog.onClose}>
      ${renderDialogHeader({ id: 'filters-title', title: t.filtersTitle, closeLabel: t.close, onClose: () => this.hide() })}
      ${renderTabs({ tabs, selected: this.tab, label: t.filtersTitle, onSelect: this.selectTab, host: this, autofocus: true })}
      ${this.tab === 'new'
        ? renderEditor({
            t,
            draft: this.draft,
            editing: this.editing,
            canManage: this.canManage,
            queues: this.queues,
            agents: this.agents,
            optionsError: this.optionsError,
            agentFilter: this.agentFilter,
            smartStatuses: this.smartStatuses,
            tagNames: this.tagNames,
            formError: this.formError,
            updateDraft: this.updateDraft,
            setAgentFilter: (text) => (this.agentFilter = text),
            clear: () => {
              this.draft = { ...emptyDraft(), from: this.draft.from, to: this.draft.to };
              this.formError = null;
            },
            apply: () => this.onApply(),
            saveApply: () => void this.onSaveApply(),
          })
        : renderSavedList({
            t,
            canManage: this.canManage,
            saved: this.saved.list,
            error: this.saved.error,
            appliedId: this.list.state.savedFilter?.id,
            menu: this.savedMenu,
            menuFor: this.menuFor,
            reload: () => void this.loadSaved(),
            applySaved: (f) => this.applySaved(f),
            openMenu: (event, f) => void this.openSavedMenu(event, f),
            edit: (f) => this.edit(f),
            duplicate: (f) => this.openPrompt({ mode: 'rename', filter: f, value: t.filterCopyName(f.name), error: null, busy: false }),
            markDefault: (f) => void this.markDefault(f),
            remove: (f) => this.openPrompt({ mode: 'delete', filter: f, value: '', error: null, busy: false }),
          })}
    </dialog>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'conversation-filters': ConversationFilters;
  }
}
