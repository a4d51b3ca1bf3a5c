import { html, nothing, type TemplateResult } from 'lit';
import type { AgentRef, Channel, QueueRef, SavedFilter, StatusFilter } from '@conversations-kit/sdk';
import type { Messages } from '../i18n/messages.js';
import { tooltip } from '../primitives/tooltip.js';
import { icon, icons } from '../icons/icons.js';
import { statusKey } from '../i18n/status.js';
import { CHANNELS, MAX_TAG_CLAUSES, STATUSES, incompleteClauses, type FilterDraft } from './filter-draft.js';

const STATUS_LABEL: Record<StatusFilter, Parameters<typeof statusKey>[0]> = {
  in_progress: { status: 'in_progress', completionReason: null },
  error: { status: 'error', completionReason: null },
  completed: { status: 'completed', completionReason: null },
  completed_drop_off: { status: 'completed', completionReason: 'drop_off' },
  completed_user_hangup: { status: 'completed', completionReason: 'user_hangup' },
  completed_ai_agent_hangup: { status: 'completed', completionReason: 'ai_agent_hangup' },
};

/** What the New Filter tab shows and what its controls do (the element supplies both). */
export interface EditorView {
  t: Messages;
  draft: FilterDraft;
  editing: SavedFilter | null;
  canManage: boolean;
  queues: QueueRef[] | null;
  agents: AgentRef[] | null;
  optionsError: boolean;
  agentFilter: string;
  smartStatuses: readonly string[];
  /** Tag names seen in recent conversations, offered while typing a clause's name. */
  tagNames: readonly string[];
  formError: string | null;
  updateDraft(change: (draft: FilterDraft) => void): void;
  setAgentFilter(text: string): void;
  clear(): void;
  apply(): void;
  saveApply(): void;
}

function toggleIn<T>(set: Set<T>, value: T, on: boolean): Set<T> {
  const next = new Set(set);
  if (on) next.add(value);
  else next.delete(value);
  return next;
}

function checkbox(name: string, label: unknown, checked: boolean, onChange: (on: boolean) => void): TemplateResult {
  return html`<label class="check"
    ><input type="checkbox" name=${name} .checked=${checked} @change=${(e: Event) => onChange((e.target as HTMLInputElement).checked)} /><span dir="auto"
      >${label}</span
    ></label
  >`;
}

/** The New Filter tab: IDs, queues, channels, agents, status, SmartStatus, CSAT, custom tags, and its footer. */
export function renderEditor(v: EditorView): TemplateResult {
  const { t, draft: d } = v;
  const bad = new Set(incompleteClauses(d));
  const saveReason = v.canManage ? null : t.filterNoManage;
  const agents = (v.agents ?? []).filter((a) => a.name.toLowerCase().includes(v.agentFilter.trim().toLowerCase()));
  return html`<div class="dialog-body editor" role="tabpanel" id="panel-new" aria-labelledby="tab-new">
      ${v.editing ? html`<p class="editing" dir="auto">${t.filterEditing(v.editing.name)}</p>` : nothing}
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
              @input=${(e: Event) => v.updateDraft((x) => (x[key] = (e.target as HTMLInputElement).value))}
            />
          </div>`,
        )}
      </fieldset>
      <fieldset>
        <legend>${t.filterQueues}</legend>
        ${v.optionsError ? html`<p class="hint error" role="alert">${t.filterOptionsFailed}</p>` : nothing}
        <div class="options">
          ${v.queues
            ? v.queues.map((q) => checkbox('queue', q.name, d.queue.has(q.id), (on) => v.updateDraft((x) => (x.queue = toggleIn(x.queue, q.id, on)))))
            : html`<span class="hint">${t.loading}</span>`}
        </div>
      </fieldset>
      <fieldset>
        <legend>${t.filterChannels}</legend>
        <div class="options inline">
          ${CHANNELS.map((c: Channel) =>
            checkbox('channel', html`${icon(icons[c])}${t[`channel_${c}`]}`, d.channel.has(c), (on) => v.updateDraft((x) => (x.channel = toggleIn(x.channel, c, on)))),
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
          .value=${v.agentFilter}
          @input=${(e: Event) => v.setAgentFilter((e.target as HTMLInputElement).value)}
        />
        <div class="options scroll">
          ${v.agents
            ? agents.map((a) =>
                checkbox('agent', html`${a.kind === 'ai' ? icon(icons.bot) : icon(icons.user)}${a.name}`, d.agent.has(a.id), (on) =>
                  v.updateDraft((x) => (x.agent = toggleIn(x.agent, a.id, on))),
                ),
              )
            : html`<span class="hint">${t.loading}</span>`}
        </div>
      </fieldset>
      <fieldset>
        <legend>${t.filterStatus}</legend>
        <div class="options">
          ${STATUSES.map((s) => checkbox('status', t[statusKey(STATUS_LABEL[s]).key], d.status.has(s), (on) => v.updateDraft((x) => (x.status = toggleIn(x.status, s, on)))))}
        </div>
      </fieldset>
      <fieldset>
        <legend>${t.filterSmartStatus}</legend>
        <p class="hint">${t.filterSmartStatusHint}</p>
        <div class="options">
          ${v.smartStatuses.map((s) => checkbox('smartStatus', s, d.smartStatus.has(s), (on) => v.updateDraft((x) => (x.smartStatus = toggleIn(x.smartStatus, s, on)))))}
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
                  const value = (e.target as HTMLSelectElement).value;
                  v.updateDraft((x) => (x[key] = value ? Number(value) : null));
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
        ${checkbox('tagsEnabled', t.filterCustomTagsEnable, d.tagsEnabled, (on) => v.updateDraft((x) => (x.tagsEnabled = on)))}
        ${d.tagsEnabled ? renderClauses(v, bad) : nothing}
      </fieldset>
    </div>
    ${v.formError ? html`<p class="form-error" role="alert">${v.formError}</p>` : nothing}
    <div class="dialog-footer">
      <button class="btn quiet" ${tooltip(t.filterClearHint)} @click=${() => v.clear()}>${t.filterClear}</button>
      <span class="spring"></span>
      <button class="btn" aria-disabled=${saveReason ? 'true' : 'false'} ${tooltip(saveReason ?? t.filterSaveApplyHint)} @click=${() => v.saveApply()}>
        ${t.filterSaveApply}
      </button>
      <button class="btn primary" ${tooltip(t.filterApplyHint)} @click=${() => v.apply()}>${t.filterApply}</button>
    </div>`;
}

function renderClauses(v: EditorView, bad: Set<number>): TemplateResult {
  const t = v.t;
  const clauses = v.draft.clauses;
  return html`<ol class="clauses">
      ${clauses.map(
        (c, i) => html`<li class="clause ${bad.has(i) ? 'invalid' : ''}" aria-label=${t.filterTagClause(i + 1)}>
          ${i > 0 ? html`<span class="and" aria-hidden="true">${t.filterTagAnd}</span>` : nothing}
          <input
            type="text"
            list="tag-names"
            autocomplete="off"
            aria-label=${`${t.filterTagClause(i + 1)}: ${t.filterTagName}`}
            placeholder=${t.filterTagName}
            aria-invalid=${bad.has(i) && !c.name.trim() ? 'true' : 'false'}
            .value=${c.name}
            @input=${(e: Event) => v.updateDraft((x) => (x.clauses[i].name = (e.target as HTMLInputElement).value))}
          />
          <select
            aria-label=${`${t.filterTagClause(i + 1)}: ${t.filterTagPredicate}`}
            @change=${(e: Event) => v.updateDraft((x) => (x.clauses[i].op = (e.target as HTMLSelectElement).value as 'contains' | 'not_contains'))}
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
            @input=${(e: Event) => v.updateDraft((x) => (x.clauses[i].value = (e.target as HTMLInputElement).value))}
          />
          <button
            class="icon-btn"
            aria-label=${t.filterTagRemove(i + 1)}
            ${tooltip(t.filterTagRemove(i + 1))}
            @click=${() =>
              v.updateDraft((x) => {
                x.clauses.splice(i, 1);
                if (x.clauses.length === 0) x.clauses.push({ name: '', op: 'contains', value: '' });
              })}
          >
            <span aria-hidden="true">−</span>
          </button>
        </li>`,
      )}
    </ol>
    <datalist id="tag-names">${v.tagNames.map((name) => html`<option value=${name}></option>`)}</datalist>
    <div class="and-row">
      <button
        class="btn"
        aria-disabled=${clauses.length >= MAX_TAG_CLAUSES ? 'true' : 'false'}
        ${tooltip(t.filterTagMax)}
        @click=${() => clauses.length < MAX_TAG_CLAUSES && v.updateDraft((x) => x.clauses.push({ name: '', op: 'contains', value: '' }))}
      >
        + ${t.filterTagAnd}
      </button>
      <span class="hint">${t.filterTagMax}</span>
    </div>`;
}
