import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { AgentRef, Channel, ConversationQuery, QueueRef, SavedFilter, StatusFilter } from '@conversations-kit/sdk';
import { KitElement } from '../base/kit-element.js';
import { describeError } from '../base/errors.js';
import { buttonStyles, hostStyles } from '../styles/shared.styles.js';
import { popupStyles } from '../primitives/popup.styles.js';
import { MenuController } from '../primitives/menu.js';
import { tooltip } from '../primitives/tooltip.js';
import { icon, icons } from '../icons/icons.js';
import { statusKey } from '../i18n/status.js';
import type { ConversationsTable } from '../conversations-table/conversations-table.js';
import { ToastController } from '../conversations-table/toast.js';
import { countFilters, normalizeQuery, sameQuery } from '../conversations-table/query.js';
import { currentParams, hasQueryParams, queryFromParams, updateUrl, writeQueryParams } from '../conversations-table/url-state.js';
import { filtersChangeEvent } from './events.js';
import { filtersStyles } from './conversation-filters.styles.js';
import {
  CHANNELS, MAX_TAG_CLAUSES, SMART_STATUSES, STATUSES, draftFromQuery, emptyDraft, incompleteClauses, queryFromDraft, type FilterDraft,
} from './filter-draft.js';

type Tab = 'new' | 'saved';

interface NamePrompt {
  mode: 'save' | 'rename' | 'delete';
  filter?: SavedFilter;
  value: string;
  error: string | null;
  busy: boolean;
}

const STATUS_LABEL: Record<StatusFilter, Parameters<typeof statusKey>[0]> = {
  in_progress: { status: 'in_progress', completionReason: null },
  error: { status: 'error', completionReason: null },
  completed: { status: 'completed', completionReason: null },
  completed_drop_off: { status: 'completed', completionReason: 'drop_off' },
  completed_user_hangup: { status: 'completed', completionReason: 'user_hangup' },
  completed_ai_agent_hangup: { status: 'completed', completionReason: 'ai_agent_hangup' },
};

/**
 * @summary Filters for the conversation list — IDs, queues, channels, agents, status, SmartStatus,
 * CSAT and custom tags (CONTAINS / DOES NOT CONTAIN, up to 5 AND clauses) — with Clear, Apply and
 * Save & Apply, and the caller's saved filters: apply, edit, duplicate (rename), mark as default,
 * delete (with confirmation). The default saved filter applies on load.
 *
 * Wire it to a table with `for="table-id"` (it sets `table.query`), or listen to `filters-change`
 * and set `table.query = event.detail.query` yourself.
 *
 * @event filters-change - {FiltersChangeEvent} Filters were applied or cleared. `detail: { query, savedFilter }`.
 *
 * @csspart filter-button - The Filter button that opens the panel.
 * @csspart chip - The applied saved filter's name.
 * @csspart panel - The filters panel (a modal side sheet).
 *
 * @cssprop --ck-conversation-filters-panel-width - Width of the side sheet (default 560px).
 */
export class ConversationFilters extends KitElement {
  static override styles = [hostStyles, buttonStyles, popupStyles, filtersStyles];

  /** Id of the `<conversations-table>` (same document or shadow root) whose `query` these filters set. */
  @property({ attribute: 'for' }) for?: string;

  /** The applied filters. Setting it updates what the panel shows (and does not fire `filters-change`). */
  @property({ attribute: false, hasChanged: (a: ConversationQuery, b: ConversationQuery) => !sameQuery(a, b) })
  query: ConversationQuery = {};

  /** SmartStatus values offered (default: the reference backend's). */
  @property({ attribute: false }) smartStatuses: readonly string[] = SMART_STATUSES;

  /** Reflects the filters in the page URL (`?channel=voice&status=error`) and restores them on load. */
  @property({ type: Boolean, attribute: 'sync-url' }) syncUrl = false;

  /** Do not apply the default saved filter on load. */
  @property({ type: Boolean, attribute: 'no-default' }) noDefault = false;

  @state() private tab: Tab = 'new';
  @state() private draft: FilterDraft = emptyDraft();
  @state() private editing: SavedFilter | null = null;
  @state() private appliedFilter: SavedFilter | null = null;
  @state() private saved: SavedFilter[] | null = null;
  @state() private savedError: unknown = null;
  @state() private queues: QueueRef[] | null = null;
  @state() private agents: AgentRef[] | null = null;
  @state() private optionsError = false;
  @state() private agentFilter = '';
  @state() private formError: string | null = null;
  @state() private prompt: NamePrompt | null = null;
  @state() private menuFor: SavedFilter | null = null;

  private readonly toast = new ToastController(this);
  private readonly savedMenu = new MenuController(this);
  private table?: ConversationsTable | null;
  private findTimer?: number;
  private loadedFor?: unknown;
  private defaultChecked = false;
  /** A query came from the URL or the host: the default filter must not replace it. */
  private hasInitialQuery = false;

  // ---------------------------------------------------------------- public API

  /** Opens the filters panel (on the New Filter tab, showing the applied filters). */
  show(tab: Tab = 'new'): void {
    this.tab = tab;
    if (!this.editing) this.draft = draftFromQuery(this.query);
    this.formError = null;
    void this.loadOptions();
    if (tab === 'saved') void this.loadSaved();
    void this.updateComplete.then(() => {
      const panel = this.renderRoot.querySelector<HTMLDialogElement>('dialog.panel');
      if (panel && !panel.open) panel.showModal();
    });
  }

  /** Closes the panel. */
  hide(): void {
    const panel = this.renderRoot.querySelector<HTMLDialogElement>('dialog.panel');
    if (panel?.open) panel.close();
  }

  /** Applies a query (as the Apply button does) and fires `filters-change`. */
  apply(query: ConversationQuery, savedFilter: SavedFilter | null = null): void {
    this.query = normalizeQuery(query);
    this.appliedFilter = savedFilter;
    if (this.table) this.table.query = this.query;
    if (this.syncUrl) {
      const q = this.query;
      updateUrl((params) => writeQueryParams(params, q));
    }
    this.dispatchEvent(filtersChangeEvent({ query: this.query, savedFilter }));
  }

  // ---------------------------------------------------------------- lifecycle

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.syncUrl && hasQueryParams(currentParams())) {
      this.hasInitialQuery = true;
      const query = queryFromParams(currentParams());
      queueMicrotask(() => this.apply(query));
    }
    this.connectTable();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    cancelAnimationFrame(this.findTimer ?? 0);
    this.table = null;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('for') && this.isConnected) this.connectTable();
    if (changed.has('query') && Object.keys(normalizeQuery(this.query)).length) this.hasInitialQuery = true;
    if ((changed.has('client') || changed.has('capabilities')) && this.client && this.capabilities && this.loadedFor !== this.client) {
      this.loadedFor = this.client;
      this.saved = null;
      this.queues = null;
      this.agents = null;
      void this.loadSaved();
    }
  }

  private connectTable(): void {
    if (!this.for) {
      this.table = null;
      return;
    }
    const root = this.getRootNode() as Document | ShadowRoot;
    const table = root.getElementById?.(this.for) as ConversationsTable | null;
    if (!table) {
      this.findTimer = requestAnimationFrame(() => this.isConnected && this.connectTable());
      return;
    }
    this.table = table;
    if (Object.keys(normalizeQuery(this.query)).length) table.query = this.query;
  }

  // ---------------------------------------------------------------- data

  private get canManage(): boolean {
    return this.can('filters.manage');
  }

  private async loadOptions(): Promise<void> {
    const client = this.client;
    if (!client || (this.queues && this.agents)) return;
    this.optionsError = false;
    try {
      const [queues, agents] = await Promise.all([client.catalogues.queues(), client.catalogues.agents()]);
      this.queues = queues;
      this.agents = agents;
    } catch {
      this.optionsError = true;
    }
  }

  private async loadSaved(): Promise<void> {
    const client = this.client;
    if (!client || !this.capabilities) return;
    if (!this.canManage) {
      this.saved = [];
      return;
    }
    this.savedError = null;
    try {
      const list = await client.filters.list();
      if (client !== this.client) return;
      this.saved = list;
      if (this.appliedFilter) this.appliedFilter = list.find((f) => f.id === this.appliedFilter!.id) ?? null;
      this.applyDefaultOnce(list);
    } catch (error) {
      this.savedError = error;
    }
  }

  /** The default filter applies on load, unless the URL or the host already chose filters. */
  private applyDefaultOnce(list: SavedFilter[]): void {
    if (this.defaultChecked) return;
    this.defaultChecked = true;
    const chosen = this.hasInitialQuery || Object.keys(normalizeQuery(this.query)).length > 0;
    const def = list.find((f) => f.isDefault);
    if (def && !chosen && !this.noDefault) this.apply(def.query, def);
  }

  // ---------------------------------------------------------------- editor actions

  private updateDraft(change: (draft: FilterDraft) => void): void {
    const draft = { ...this.draft, clauses: this.draft.clauses.map((c) => ({ ...c })) };
    change(draft);
    this.draft = draft;
    this.formError = null;
  }

  private toggleIn<T>(set: Set<T>, value: T, on: boolean): Set<T> {
    const next = new Set(set);
    if (on) next.add(value);
    else next.delete(value);
    return next;
  }

  private validDraft(): ConversationQuery | null {
    if (incompleteClauses(this.draft).length) {
      this.formError = this.t.filterTagIncomplete;
      return null;
    }
    return queryFromDraft(this.draft);
  }

  private onClear(): void {
    this.draft = emptyDraft();
    this.formError = null;
  }

  private onApply(): void {
    const query = this.validDraft();
    if (!query) return;
    // Applying an edited saved filter without saving keeps it unsaved.
    this.editing = null;
    this.apply(query, null);
    this.hide();
    this.toast.show(this.t.filterApplied(countFilters(query)));
  }

  private async onSaveApply(): Promise<void> {
    if (!this.canManage) return;
    const query = this.validDraft();
    if (!query) return;
    if (this.editing) {
      const client = this.client;
      if (!client) return;
      try {
        const updated = await client.filters.update(this.editing.id, { query });
        this.editing = null;
        this.apply(updated.query, updated);
        this.hide();
        this.toast.show(this.t.filterUpdated(updated.name));
        void this.loadSaved();
      } catch (error) {
        this.formError = this.t.filterFailed(describeError(error, this.t));
      }
      return;
    }
    this.openPrompt({ mode: 'save', value: '', error: null, busy: false });
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
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#tab-new')?.focus());
  }

  private async markDefault(filter: SavedFilter): Promise<void> {
    const client = this.client;
    if (!client) return;
    try {
      await client.filters.markDefault(filter.id);
      this.toast.show(this.t.filterMarkedDefault(filter.name));
      await this.loadSaved();
    } catch (error) {
      this.toast.show(this.t.filterFailed(describeError(error, this.t)), 'error');
    }
  }

  private async openSavedMenu(event: Event, filter: SavedFilter): Promise<void> {
    const button = event.currentTarget as HTMLElement;
    if (this.savedMenu.open && this.menuFor === filter) {
      this.savedMenu.close();
      return;
    }
    this.menuFor = filter;
    await this.updateComplete;
    this.savedMenu.show(button, this.renderRoot.querySelector<HTMLElement>('#saved-menu') ?? undefined);
  }

  private menuAction(run: () => void): void {
    this.savedMenu.done();
    run();
  }

  // ---------------------------------------------------------------- name / confirm prompt

  private openPrompt(prompt: NamePrompt): void {
    this.prompt = prompt;
    void this.updateComplete.then(() => {
      const dialog = this.renderRoot.querySelector<HTMLDialogElement>('dialog.prompt');
      if (dialog && !dialog.open) dialog.showModal();
    });
  }

  private closePrompt(): void {
    const dialog = this.renderRoot.querySelector<HTMLDialogElement>('dialog.prompt');
    if (dialog?.open) dialog.close();
  }

  private async submitPrompt(event: Event): Promise<void> {
    event.preventDefault();
    const p = this.prompt;
    const client = this.client;
    if (!p || !client || p.busy) return;
    const t = this.t;
    const name = p.value.trim();
    if (p.mode !== 'delete' && !name) {
      this.prompt = { ...p, error: t.filterNameRequired };
      return;
    }
    this.prompt = { ...p, busy: true, error: null };
    try {
      if (p.mode === 'save') {
        const query = queryFromDraft(this.draft);
        const created = await client.filters.create({ name, query });
        this.closePrompt();
        this.apply(created.query, created);
        this.hide();
        this.toast.show(t.filterCreated(created.name));
      } else if (p.mode === 'rename' && p.filter) {
        const copy = await client.filters.duplicate(p.filter.id, name);
        this.closePrompt();
        this.toast.show(t.filterDuplicated(copy.name));
      } else if (p.mode === 'delete' && p.filter) {
        await client.filters.delete(p.filter.id);
        if (this.appliedFilter?.id === p.filter.id) this.appliedFilter = null;
        if (this.editing?.id === p.filter.id) this.editing = null;
        this.closePrompt();
        this.toast.show(t.filterDeleted(p.filter.name));
      }
      void this.loadSaved();
    } catch (error) {
      this.prompt = { ...p, busy: false, error: t.filterFailed(describeError(error, t)) };
    }
  }

  private onPromptClosed(): void {
    this.prompt = null;
  }

  // ---------------------------------------------------------------- render

  protected override render() {
    const t = this.t;
    const count = countFilters(this.query);
    return html`
      <div class="bar">
        <button
          class="btn ${count ? 'active' : ''}"
          part="filter-button"
          aria-haspopup="dialog"
          @click=${() => this.show('new')}
        >
          ${icon(icons.filter)}<span>${t.filterButton}</span>${count
            ? html`<span class="badge" aria-hidden="true">${count}</span><span class="visually-hidden">${t.filterButtonActive(count)}</span>`
            : nothing}
        </button>
        ${this.appliedFilter ? html`<span class="chip" part="chip" dir="auto">${t.filterActiveSaved(this.appliedFilter.name)}</span>` : nothing}
        ${count
          ? html`<button class="icon-btn" aria-label=${t.filterRemoveAll} ${tooltip(t.filterRemoveAll)} @click=${() => this.removeAll()}>${icon(icons.close)}</button>`
          : nothing}
      </div>
      ${this.renderPanel()} ${this.renderPrompt()} ${this.renderSavedMenu()}
      <div class="toast ${this.toast.tone}" popover="manual" aria-hidden="true">${this.toast.message}</div>
    `;
  }

  private removeAll(): void {
    this.editing = null;
    this.apply({}, null);
    this.toast.show(this.t.filterApplied(0));
  }

  private renderPanel(): TemplateResult {
    const t = this.t;
    return html`<dialog class="panel" part="panel" aria-labelledby="filters-title" @close=${() => (this.formError = null)}>
      <div class="dialog-header">
        <h2 id="filters-title">${t.filtersTitle}</h2>
        <button class="icon-btn" aria-label=${t.close} ${tooltip(t.close)} @click=${() => this.hide()}>${icon(icons.close)}</button>
      </div>
      <div class="tabs" role="tablist" aria-label=${t.filtersTitle} @keydown=${this.onTabKey}>
        ${this.renderTab('new', this.editing ? t.filterEdit : t.filterNewTab)} ${this.renderTab('saved', t.filterSavedTab)}
      </div>
      ${this.tab === 'new' ? this.renderEditor() : this.renderSaved()}
    </dialog>`;
  }

  private renderTab(tab: Tab, label: string): TemplateResult {
    const selected = this.tab === tab;
    return html`<button
      id="tab-${tab}"
      role="tab"
      aria-selected=${selected ? 'true' : 'false'}
      aria-controls="panel-${tab}"
      tabindex=${selected ? 0 : -1}
      ?autofocus=${selected}
      @click=${() => this.selectTab(tab)}
    >
      ${label}
    </button>`;
  }

  private selectTab(tab: Tab): void {
    this.tab = tab;
    if (tab === 'saved') void this.loadSaved();
  }

  private onTabKey = (event: KeyboardEvent): void => {
    if (!['ArrowLeft', 'ArrowRight', 'Home', 'End'].includes(event.key)) return;
    event.preventDefault();
    const next: Tab = event.key === 'Home' ? 'new' : event.key === 'End' ? 'saved' : this.tab === 'new' ? 'saved' : 'new';
    this.selectTab(next);
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#tab-${next}`)?.focus());
  };

  private checkbox(name: string, label: unknown, checked: boolean, onChange: (on: boolean) => void): TemplateResult {
    return html`<label class="check"
      ><input type="checkbox" name=${name} .checked=${checked} @change=${(e: Event) => onChange((e.target as HTMLInputElement).checked)} /><span dir="auto"
        >${label}</span
      ></label
    >`;
  }

  private renderEditor(): TemplateResult {
    const t = this.t;
    const d = this.draft;
    const bad = new Set(incompleteClauses(d));
    const saveReason = this.canManage ? null : t.filterNoManage;
    const agents = (this.agents ?? []).filter((a) => a.name.toLowerCase().includes(this.agentFilter.trim().toLowerCase()));
    return html`<div class="dialog-body editor" role="tabpanel" id="panel-new" aria-labelledby="tab-new">
        ${this.editing ? html`<p class="editing" dir="auto">${t.filterEditing(this.editing.name)}</p>` : nothing}
        <fieldset>
          <legend>${t.filterIds}</legend>
          <p class="hint" id="ids-hint">${t.filterIdsHint}</p>
          ${(
            [
              ['conversationId', t.filterConversationId],
              ['sessionId', t.filterSessionId],
              ['userId', t.filterUserId],
            ] as const
          ).map(
            ([key, label]) => html`<div class="field">
              <label for="f-${key}">${label}</label>
              <input
                id="f-${key}"
                type="text"
                class="mono"
                autocomplete="off"
                spellcheck="false"
                aria-describedby="ids-hint"
                .value=${d[key]}
                @input=${(e: Event) => this.updateDraft((x) => (x[key] = (e.target as HTMLInputElement).value))}
              />
            </div>`,
          )}
        </fieldset>
        <fieldset>
          <legend>${t.filterQueues}</legend>
          ${this.optionsError ? html`<p class="hint error" role="alert">${t.filterOptionsFailed}</p>` : nothing}
          <div class="options">
            ${this.queues
              ? this.queues.map((q) => this.checkbox('queue', q.name, d.queue.has(q.id), (on) => this.updateDraft((x) => (x.queue = this.toggleIn(x.queue, q.id, on)))))
              : html`<span class="hint">${t.loading}</span>`}
          </div>
        </fieldset>
        <fieldset>
          <legend>${t.filterChannels}</legend>
          <div class="options inline">
            ${CHANNELS.map((c: Channel) =>
              this.checkbox('channel', html`${icon(icons[c])}${t[`channel_${c}`]}`, d.channel.has(c), (on) => this.updateDraft((x) => (x.channel = this.toggleIn(x.channel, c, on)))),
            )}
          </div>
        </fieldset>
        <fieldset>
          <legend>${t.filterAgents}</legend>
          <input
            type="search"
            class="agent-find"
            aria-label=${t.filterAgentsSearch}
            placeholder=${t.filterAgentsSearch}
            .value=${this.agentFilter}
            @input=${(e: Event) => (this.agentFilter = (e.target as HTMLInputElement).value)}
          />
          <div class="options scroll">
            ${this.agents
              ? agents.map((a) =>
                  this.checkbox('agent', html`${a.kind === 'ai' ? icon(icons.bot) : icon(icons.user)}${a.name}`, d.agent.has(a.id), (on) =>
                    this.updateDraft((x) => (x.agent = this.toggleIn(x.agent, a.id, on))),
                  ),
                )
              : html`<span class="hint">${t.loading}</span>`}
          </div>
        </fieldset>
        <fieldset>
          <legend>${t.filterStatus}</legend>
          <div class="options">
            ${STATUSES.map((s) => this.checkbox('status', t[statusKey(STATUS_LABEL[s]).key], d.status.has(s), (on) => this.updateDraft((x) => (x.status = this.toggleIn(x.status, s, on)))))}
          </div>
        </fieldset>
        <fieldset>
          <legend>${t.filterSmartStatus}</legend>
          <p class="hint">${t.filterSmartStatusHint}</p>
          <div class="options">
            ${this.smartStatuses.map((s) =>
              this.checkbox('smartStatus', s, d.smartStatus.has(s), (on) => this.updateDraft((x) => (x.smartStatus = this.toggleIn(x.smartStatus, s, on)))),
            )}
          </div>
        </fieldset>
        <fieldset>
          <legend>${t.filterCsat}</legend>
          <div class="row2">
            ${(
              [
                ['csatMin', t.filterCsatMin],
                ['csatMax', t.filterCsatMax],
              ] as const
            ).map(
              ([key, label]) => html`<div class="field">
                <label for="f-${key}">${label}</label>
                <select
                  id="f-${key}"
                  @change=${(e: Event) => {
                    const v = (e.target as HTMLSelectElement).value;
                    this.updateDraft((x) => (x[key] = v ? Number(v) : null));
                  }}
                >
                  <option value="" ?selected=${d[key] === null}>${t.filterCsatAny}</option>
                  ${[1, 2, 3, 4, 5].map((n) => html`<option value=${n} ?selected=${d[key] === n}>${'★'.repeat(n)} ${n}</option>`)}
                </select>
              </div>`,
            )}
          </div>
        </fieldset>
        <fieldset class="tags">
          <legend>${t.filterCustomTags}</legend>
          ${this.checkbox('tagsEnabled', t.filterCustomTagsEnable, d.tagsEnabled, (on) => this.updateDraft((x) => (x.tagsEnabled = on)))}
          ${d.tagsEnabled ? this.renderClauses(bad) : nothing}
        </fieldset>
      </div>
      ${this.formError ? html`<p class="form-error" role="alert">${this.formError}</p>` : nothing}
      <div class="dialog-footer">
        <button class="btn quiet" ${tooltip(t.filterClearHint)} @click=${() => this.onClear()}>${t.filterClear}</button>
        <span class="spring"></span>
        <button class="btn" aria-disabled=${saveReason ? 'true' : 'false'} ${tooltip(saveReason ?? t.filterSaveApplyHint)} @click=${() => this.onSaveApply()}>
          ${t.filterSaveApply}
        </button>
        <button class="btn primary" ${tooltip(t.filterApplyHint)} @click=${() => this.onApply()}>${t.filterApply}</button>
      </div>`;
  }

  private renderClauses(bad: Set<number>): TemplateResult {
    const t = this.t;
    const clauses = this.draft.clauses;
    return html`<ol class="clauses">
        ${clauses.map(
          (c, i) => html`<li class="clause ${bad.has(i) ? 'invalid' : ''}" aria-label=${t.filterTagClause(i + 1)}>
            ${i > 0 ? html`<span class="and" aria-hidden="true">${t.filterTagAnd}</span>` : nothing}
            <input
              type="text"
              aria-label=${`${t.filterTagClause(i + 1)}: ${t.filterTagName}`}
              placeholder=${t.filterTagName}
              aria-invalid=${bad.has(i) && !c.name.trim() ? 'true' : 'false'}
              .value=${c.name}
              @input=${(e: Event) => this.updateDraft((x) => (x.clauses[i].name = (e.target as HTMLInputElement).value))}
            />
            <select
              aria-label=${`${t.filterTagClause(i + 1)}: ${t.filterTagPredicate}`}
              @change=${(e: Event) => this.updateDraft((x) => (x.clauses[i].op = (e.target as HTMLSelectElement).value as 'contains' | 'not_contains'))}
            >
              <option value="contains" ?selected=${c.op === 'contains'}>${t.filterTagContains}</option>
              <option value="not_contains" ?selected=${c.op === 'not_contains'}>${t.filterTagNotContains}</option>
            </select>
            <input
              type="text"
              aria-label=${`${t.filterTagClause(i + 1)}: ${t.filterTagValue}`}
              placeholder=${t.filterTagValue}
              aria-invalid=${bad.has(i) && !c.value.trim() ? 'true' : 'false'}
              .value=${c.value}
              @input=${(e: Event) => this.updateDraft((x) => (x.clauses[i].value = (e.target as HTMLInputElement).value))}
            />
            <button
              class="icon-btn"
              aria-label=${t.filterTagRemove(i + 1)}
              ${tooltip(t.filterTagRemove(i + 1))}
              @click=${() =>
                this.updateDraft((x) => {
                  x.clauses.splice(i, 1);
                  if (x.clauses.length === 0) x.clauses.push({ name: '', op: 'contains', value: '' });
                })}
            >
              <span aria-hidden="true">−</span>
            </button>
          </li>`,
        )}
      </ol>
      <div class="and-row">
        <button
          class="btn"
          aria-disabled=${clauses.length >= MAX_TAG_CLAUSES ? 'true' : 'false'}
          ${tooltip(t.filterTagMax)}
          @click=${() => clauses.length < MAX_TAG_CLAUSES && this.updateDraft((x) => x.clauses.push({ name: '', op: 'contains', value: '' }))}
        >
          + ${t.filterTagAnd}
        </button>
        <span class="hint">${t.filterTagMax}</span>
      </div>`;
  }

  private renderSaved(): TemplateResult {
    const t = this.t;
    let body: TemplateResult;
    if (!this.canManage) body = html`<p class="hint">${t.filterNoManage}</p>`;
    else if (this.savedError)
      body = html`<div role="alert" class="hint error">
        ${describeError(this.savedError, t)} <button class="btn" @click=${() => this.loadSaved()}>${t.retry}</button>
      </div>`;
    else if (!this.saved) body = html`<p class="hint" role="status">${t.loading}</p>`;
    else if (this.saved.length === 0) body = html`<p class="hint">${t.filterSavedEmpty}</p>`;
    else
      body = html`<ul class="saved">
        ${this.saved.map(
          (f) => html`<li class=${this.appliedFilter?.id === f.id ? 'applied' : ''}>
            <button class="apply-saved" @click=${() => this.applySaved(f)}>
              <span class="name" dir="auto">${f.name}</span>
              ${f.isDefault ? html`<span class="default-badge">${t.filterDefaultBadge}</span>` : nothing}
              <span class="summary">${t.filterApplied(countFilters(f.query))}</span>
            </button>
            <button
              class="icon-btn"
              aria-haspopup="menu"
              aria-controls="saved-menu"
              aria-expanded="false"
              aria-label=${t.filterSavedActions(f.name)}
              ${tooltip(t.filterSavedActions(f.name))}
              @click=${(e: Event) => this.openSavedMenu(e, f)}
              @keydown=${this.savedMenu.onButtonKeydown}
            >
              ${icon(icons.more)}
            </button>
          </li>`,
        )}
      </ul>`;
    return html`<div class="dialog-body" role="tabpanel" id="panel-saved" aria-labelledby="tab-saved">${body}</div>`;
  }

  private renderSavedMenu(): TemplateResult {
    const t = this.t;
    const f = this.menuFor;
    return html`<div id="saved-menu" role="menu" popover="manual" aria-label=${f ? t.filterSavedActions(f.name) : t.filtersTitle} @keydown=${this.savedMenu.onMenuKeydown}>
      ${f
        ? html`<button role="menuitem" @click=${() => this.menuAction(() => this.edit(f))}>${icon(icons.edit)}${t.filterEdit}</button>
            <button
              role="menuitem"
              @click=${() => this.menuAction(() => this.openPrompt({ mode: 'rename', filter: f, value: t.filterCopyName(f.name), error: null, busy: false }))}
            >
              ${icon(icons.copy)}${t.filterDuplicate}
            </button>
            <button
              role="menuitem"
              aria-disabled=${f.isDefault ? 'true' : 'false'}
              @click=${() => !f.isDefault && this.menuAction(() => void this.markDefault(f))}
            >
              ${icon(icons.star)}${t.filterMarkDefault}
            </button>
            <div role="separator"></div>
            <button role="menuitem" class="danger" @click=${() => this.menuAction(() => this.openPrompt({ mode: 'delete', filter: f, value: '', error: null, busy: false }))}>
              ${icon(icons.trash)}${t.filterDelete}
            </button>`
        : nothing}
    </div>`;
  }

  private renderPrompt(): TemplateResult {
    const t = this.t;
    const p = this.prompt;
    const title = !p ? '' : p.mode === 'save' ? t.filterNameTitle : p.mode === 'rename' ? t.filterRenameTitle : t.filterDeleteTitle;
    const submit = !p ? '' : p.mode === 'save' ? t.filterSaveApply : p.mode === 'rename' ? t.filterSave : t.filterDelete;
    return html`<dialog class="prompt" aria-labelledby="prompt-title" @close=${this.onPromptClosed}>
      ${p
        ? html`<form method="dialog" @submit=${(e: Event) => this.submitPrompt(e)}>
            <div class="dialog-header">
              <h2 id="prompt-title">${title}</h2>
              <button type="button" class="icon-btn" aria-label=${t.close} @click=${() => this.closePrompt()}>${icon(icons.close)}</button>
            </div>
            <div class="dialog-body">
              ${p.mode === 'delete'
                ? html`<p dir="auto">${t.filterDeleteConfirm(p.filter?.name ?? '')}</p>`
                : html`<div class="field">
                    <label for="prompt-name">${t.filterName}</label>
                    <input
                      id="prompt-name"
                      type="text"
                      maxlength="100"
                      required
                      autofocus
                      aria-invalid=${p.error ? 'true' : 'false'}
                      .value=${p.value}
                      @input=${(e: Event) => (this.prompt = { ...p, value: (e.target as HTMLInputElement).value, error: null })}
                    />
                  </div>`}
              ${p.error ? html`<p class="form-error" role="alert">${p.error}</p>` : nothing}
            </div>
            <div class="dialog-footer">
              <button type="button" class="btn" @click=${() => this.closePrompt()}>${t.cancel}</button>
              <button type="submit" class="btn ${p.mode === 'delete' ? 'danger-solid' : 'primary'}" ?disabled=${p.busy}>${submit}</button>
            </div>
          </form>`
        : nothing}
    </dialog>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'conversation-filters': ConversationFilters;
  }
}
