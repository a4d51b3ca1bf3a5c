/**
 * The template of one row slot. The outer row element is the same template for a loaded row, a
 * placeholder and a failed row, so a recycled slot changes attributes and refills its cells instead of
 * being rebuilt; a loaded row's cells are memoized per entry and state, so re-rendering a slot whose
 * row did not change touches nothing.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { ConversationSummary, SearchHit } from '@conversations-kit/sdk';
import type { Messages } from '../i18n/messages.js';
import type { Formatter } from '../i18n/format.js';
import { tooltip } from '../primitives/tooltip.js';
import { agentsCell, customerCell, customerLabel, queuesCell, skillsCell, snippetCell, statusCell, textCell, type CellContext } from './cells.js';
import { rowIcon } from './row-icons.js';
import type { SupervisorAction } from './supervisor-controller.js';

/** One row: a conversation, and how it matched when the list shows search results. */
export interface Entry {
  c: ConversationSummary;
  hit?: SearchHit;
}

/** What the rows need from the table. */
export interface RowContext {
  t: Messages;
  f: Formatter;
  baseUrl?: string;
  supervisorView: boolean;
  focusIndex: number;
  selectedId?: string;
  /** Changes whenever something every row shows changed (messages, locale, permissions, view). */
  epoch: string;
  /** Seconds since the epoch, for the running duration of in-progress rows. */
  now: number;
  isSelected(id: string): boolean;
  supervisorReason(row: ConversationSummary): string | null;
  openMenu(event: Event, entry: Entry): void;
  showList(event: Event, kind: 'queues' | 'skills', row: ConversationSummary): void;
  supervise(action: SupervisorAction, row: ConversationSummary, opener: HTMLElement): void;
  toggleSelected(row: ConversationSummary, on: boolean): void;
}

export const supervisorActions = (t: Messages): [SupervisorAction, string, string, string][] => [
  ['join', t.supervisorJoin, 'join', t.supervisorJoinHint],
  ['assign', t.supervisorAssign, 'assign', t.supervisorAssignHint],
  ['change-queue', t.supervisorChangeQueue, 'transfer', t.supervisorChangeQueueHint],
];

/** Seconds an in-progress conversation has run (its duration ticks); the backend's figure otherwise. */
export function liveDuration(row: ConversationSummary, nowSeconds: number): number | null | undefined {
  if (row.status !== 'in_progress') return row.durationSeconds;
  const start = Date.parse(row.startTime) / 1000;
  return Number.isFinite(start) ? Math.max(row.durationSeconds ?? 0, nowSeconds - start) : row.durationSeconds;
}

export class RowRenderer {
  private cache = new WeakMap<Entry, { sig: string; template: TemplateResult }>();

  /** The row element of slot showing `index`, placed by `transform`. */
  render(entry: Entry | undefined, index: number, transform: string, ctx: RowContext): TemplateResult {
    const active = index === ctx.focusIndex;
    const style = `transform:${transform}`;
    const tab = active ? 0 : -1;
    if (!entry) {
      return this.shell('row placeholder', style, index, tab, undefined, ctx, this.placeholder(index, ctx.t), true);
    }
    const row = entry.c;
    try {
      const label = ctx.t.rowLabel(customerLabel(row, ctx.t), ctx.f.dateTime(row.startTime));
      return this.shell(`row${entry.hit ? ' with-snippet' : ''}`, style, index, tab, { row, label }, ctx, this.cells(entry, label, active, ctx), false);
    } catch {
      // One malformed row must never blank the list.
      const text = row?.id ? ctx.t.rowFailedId(String(row.id)) : ctx.t.rowFailed;
      return this.shell('row failed', style, index, tab, undefined, ctx, html`<div class="cell" role="gridcell">${rowIcon('alertCircle')}<span class="text">${text}</span></div>`, false);
    }
  }

  private shell(
    cls: string,
    style: string,
    index: number,
    tab: number,
    data: { row: ConversationSummary; label: string } | undefined,
    ctx: RowContext,
    content: TemplateResult,
    busy: boolean,
  ): TemplateResult {
    const id = data?.row.id;
    return html`<div
      class=${cls}
      role="row"
      part="row"
      style=${style}
      aria-rowindex=${index + 2}
      aria-busy=${busy ? 'true' : nothing}
      aria-selected=${id ? (ctx.isSelected(id) ? 'true' : 'false') : nothing}
      aria-current=${id && id === ctx.selectedId ? 'true' : nothing}
      aria-label=${data?.label ?? nothing}
      data-index=${index}
      data-id=${id ?? nothing}
      tabindex=${tab}
    >${content}</div>`;
  }

  private placeholder(index: number, t: Messages): TemplateResult {
    return html`<div class="cell" role="gridcell"><span class="skeleton" style="width: ${40 + ((index * 37) % 45)}%"></span><span class="visually-hidden">${t.loadingRow}</span></div>`;
  }

  private cells(entry: Entry, label: string, active: boolean, ctx: RowContext): TemplateResult {
    const row = entry.c;
    const selected = ctx.isSelected(row.id);
    const ticking = row.status === 'in_progress' ? ctx.now : 0;
    // Everything the cells depend on besides the entry itself.
    const sig = `${active}|${selected}|${ctx.epoch}|${ticking}`;
    const hit = this.cache.get(entry);
    if (hit?.sig === sig) return hit.template;
    const template = this.cellsFresh(entry, label, active, selected, ctx);
    this.cache.set(entry, { sig, template });
    return template;
  }

  private cellsFresh(entry: Entry, label: string, active: boolean, selected: boolean, ctx: RowContext): TemplateResult {
    const { t, f } = ctx;
    const row = entry.c;
    const cell: CellContext = { t, f, active, baseUrl: ctx.baseUrl, onList: ctx.showList };
    const tab = active ? 0 : -1;
    return html`<div class="cell col-select" role="gridcell">
        <input
          type="checkbox"
          tabindex=${tab}
          aria-label=${t.selectRow(label)}
          .checked=${selected}
          @click=${(e: Event) => e.stopPropagation()}
          @change=${(e: Event) => ctx.toggleSelected(row, (e.target as HTMLInputElement).checked)}
        />
      </div>
      ${customerCell(row, cell)}
      <div class="cell col-actions" role="gridcell">
        <button
          class="icon-btn"
          tabindex=${tab}
          aria-haspopup="menu"
          aria-controls="row-menu"
          aria-expanded="false"
          aria-label=${t.rowActions(label)}
          ${tooltip(t.colActions)}
          @click=${(e: Event) => ctx.openMenu(e, entry)}
          @keydown=${(e: KeyboardEvent) => {
            if (e.key === 'ArrowDown' && e.altKey) ctx.openMenu(e, entry);
          }}
        >
          ${rowIcon('more')}
        </button>
        ${ctx.supervisorView && row.status === 'in_progress' ? this.inlineSupervisor(row, tab, ctx) : nothing}
      </div>
      ${textCell('col-support', row.supportAgent?.name ? html`<span class="text" dir="auto">${row.supportAgent.name}</span>` : html`<span class="muted">—</span>`)}
      ${textCell('col-start num', f.dateTime(row.startTime))} ${textCell('col-duration num', f.duration(liveDuration(row, ctx.now)))}
      ${agentsCell(row, cell)} ${queuesCell(row, cell)} ${skillsCell(row, cell)} ${statusCell(row, cell)}
      ${entry.hit ? snippetCell(entry.hit, t) : nothing}`;
  }

  private inlineSupervisor(row: ConversationSummary, tab: number, ctx: RowContext): TemplateResult {
    const reason = ctx.supervisorReason(row);
    return html`${supervisorActions(ctx.t).map(
      ([action, label, ic]) =>
        html`<button
          class="icon-btn"
          data-action=${action}
          tabindex=${tab}
          aria-label=${label}
          aria-disabled=${reason ? 'true' : 'false'}
          ${tooltip(reason ?? label)}
          @click=${(e: Event) => {
            e.stopPropagation();
            if (!reason) ctx.supervise(action, row, e.currentTarget as HTMLElement);
          }}
        >
          ${rowIcon(ic)}
        </button>`,
    )}`;
  }
}
