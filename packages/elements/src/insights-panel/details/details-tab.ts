import { html, nothing, type TemplateResult } from 'lit';
import type { Conversation } from '@conversations-kit/sdk';
import { History, Pencil, Star } from 'lucide';
import { icon } from '../../icons/icons.js';
import { tooltip } from '../../primitives/tooltip.js';
import { statusKey } from '../../i18n/status.js';
import type { Formatter } from '../../i18n/format.js';
import type { Messages } from '../../i18n/messages.js';
import { chips, renderFields } from './fields.js';

export interface DetailsContext {
  t: Messages;
  format: Formatter;
  /** May the caller edit dispositions (`dispositions.edit`)? */
  canEditDisposition: boolean;
  onEditDisposition(opener: HTMLElement): void;
  onViewLogs(opener: HTMLElement): void;
}

const names = (list: readonly { name?: string | null }[] | null | undefined) => (list ?? []).map((a) => a?.name ?? '').filter(Boolean);

/** The Details tab (spec: Start … Session-level tags), with Edit Disposition and View Logs. */
export function renderDetails(c: Partial<Conversation>, ctx: DetailsContext): TemplateResult {
  const { t, format } = ctx;
  const status = c.status ? statusKey({ status: c.status, completionReason: c.completionReason ?? null }) : null;
  const completed = c.status === 'completed';
  const editBlocked = !ctx.canEditDisposition ? t.noPermissionReason : !completed ? t.insightsDispositionNotCompleted : null;
  const agents = (c.agents ?? []).filter(Boolean).map((a) => (a.kind === 'ai' ? `${a.name} (${t.insightsAiAgent})` : a.name)).filter(Boolean);

  const disposition = c.disposition
    ? html`<span class="disposition"><span class="disposition-label" dir="auto">${c.disposition.label || c.disposition.code}</span>
        ${c.disposition.notes ? html`<span class="disposition-notes" dir="auto">${c.disposition.notes}</span>` : nothing}</span>`
    : null;
  const dispositionActions = html`<span class="field-actions">
    <button class="btn small" type="button" data-action="edit-disposition" aria-disabled=${editBlocked ? 'true' : 'false'}
      ${editBlocked ? tooltip(editBlocked) : nothing}
      @click=${(e: Event) => !editBlocked && ctx.onEditDisposition(e.currentTarget as HTMLElement)}>${icon(Pencil)}${t.insightsEditDisposition}</button>
    <button class="btn small" type="button" data-action="view-logs" @click=${(e: Event) => ctx.onViewLogs(e.currentTarget as HTMLElement)}>${icon(History)}${t.insightsViewLogs}</button>
  </span>`;

  const csat = c.csat
    ? html`<span class="csat"><span class="csat-score num">${icon(Star)}${t.insightsCsatScore(c.csat.score)}</span>
        ${c.csat.feedback ? html`<q class="csat-feedback" dir="auto">${c.csat.feedback}</q>` : nothing}</span>`
    : null;

  const notes = (c.notes ?? []).length
    ? html`<ul class="notes">${c.notes!.map(
        (n) => html`<li><p class="note-text" dir="auto">${n.text || t.notAvailable}</p>
          <p class="note-meta">${t.insightsNoteBy(n.author || t.notAvailable, format.dateTime(n.createdAt))}</p></li>`,
      )}</ul>`
    : null;

  return renderFields(
    [
      { key: 'start', label: t.insightsStart, value: c.startTime ? format.dateTime(c.startTime) : null },
      { key: 'end', label: t.insightsEnd, value: c.endTime ? format.dateTime(c.endTime) : c.status === 'in_progress' ? t.insightsInProgressEnd : null },
      { key: 'agents', label: t.insightsAgents, value: chips(agents) },
      { key: 'consultingAgents', label: t.insightsConsultingAgents, value: chips(names(c.consultingAgents)) },
      { key: 'joinedUsers', label: t.insightsJoinedUsers, value: chips(names(c.joinedUsers)) },
      { key: 'queues', label: t.insightsQueues, value: chips(names(c.queues)) },
      {
        key: 'status',
        label: t.insightsStatus,
        value: c.smartStatus || status
          ? html`<span class="status">${c.smartStatus ? html`<span dir="auto">${c.smartStatus}</span>` : nothing}
              ${status ? html`<span class="pill ${status.tone}"><span class="dot" aria-hidden="true"></span>${t[status.key]}</span>` : nothing}</span>`
          : null,
      },
      { key: 'mode', label: t.insightsMode, value: c.mode ? (t[`insightsMode_${c.mode}`] ?? c.mode) : null },
      { key: 'csat', label: t.insightsCsat, value: csat },
      { key: 'disposition', label: t.insightsDisposition, value: disposition, actions: dispositionActions },
      { key: 'notes', label: t.insightsNotes, value: notes },
      { key: 'snoozeCount', label: t.insightsSnoozeCount, value: c.snoozeCount != null ? format.number(c.snoozeCount) : null },
      { key: 'snoozeDuration', label: t.insightsSnoozeDuration, value: c.snoozeDurationSeconds != null ? format.duration(c.snoozeDurationSeconds) : null },
      { key: 'campaignName', label: t.insightsCampaignName, value: c.campaign?.name ?? null },
      { key: 'sessionTags', label: t.insightsSessionTags, value: chips(c.sessionTags, 'chip tag') },
    ],
    t.notAvailable,
  );
}
