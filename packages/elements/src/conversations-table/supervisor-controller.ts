import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { AgentRef, Conversation, ConversationSummary, QueueRef } from '@conversations-kit/sdk';
import type { KitClient } from '../context/contexts.js';
import type { Messages } from '../i18n/messages.js';
import { describeError } from '../base/errors.js';
import { icon, icons } from '../icons/icons.js';
import { customerLabel } from './cells.js';

export type SupervisorAction = 'join' | 'assign' | 'change-queue';

export interface SupervisorHost extends ReactiveControllerHost, HTMLElement {
  client?: KitClient;
  readonly t: Messages;
  can(permission: 'supervisor.act'): boolean;
  notify(message: string, tone?: 'info' | 'error'): void;
  /** The backend answered with the updated conversation: show it in place. */
  conversationUpdated(conversation: ConversationSummary): void;
}

interface Pending {
  action: SupervisorAction;
  row: ConversationSummary;
  opener: HTMLElement | null;
  choice: string;
  busy: boolean;
  error: string | null;
}

/** Keeps only the summary fields of a full conversation (what the row shows). */
export function toSummary(c: Conversation | ConversationSummary): ConversationSummary {
  const {
    id, channel, direction, language, sentiment, customer, supportAgent, agents, queues, skills, startTime, endTime, durationSeconds,
    status, completionReason, smartStatus, csat, customTags, identifiers, hasRecording, hasTranscript, hasLatencyReport,
  } = c;
  return {
    id, channel, direction, language, sentiment, customer, supportAgent, agents, queues, skills, startTime, endTime, durationSeconds,
    status, completionReason, smartStatus, csat, customTags, identifiers, hasRecording, hasTranscript, hasLatencyReport,
  };
}

/**
 * Supervisor View actions on in-progress conversations (spec: Join Conversation, Assign, Change
 * Queue): a modal dialog to confirm or pick the agent/queue, the call through the SDK, the row
 * updated in place from the answer, and a confirmation of the result.
 */
export class SupervisorController implements ReactiveController {
  pending: Pending | null = null;
  private agents?: Promise<AgentRef[]>;
  private queues?: Promise<QueueRef[]>;
  agentOptions: AgentRef[] | null = null;
  queueOptions: QueueRef[] | null = null;

  constructor(private readonly host: SupervisorHost) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** Why an action is inactive for this row, or null. */
  reason(row: ConversationSummary): string | null {
    if (!this.host.can('supervisor.act')) return this.host.t.noPermissionReason;
    if (row.status !== 'in_progress') return this.host.t.supervisorOnlyInProgress;
    return null;
  }

  open(action: SupervisorAction, row: ConversationSummary, opener: HTMLElement | null): void {
    if (this.reason(row)) return;
    this.pending = { action, row, opener, choice: '', busy: false, error: null };
    if (action === 'assign') void this.loadAgents();
    if (action === 'change-queue') void this.loadQueues();
    this.host.requestUpdate();
    void this.host.updateComplete.then(() => {
      const dialog = this.dialog();
      if (dialog && !dialog.open) dialog.showModal();
    });
  }

  private dialog(): HTMLDialogElement | null | undefined {
    return this.host.shadowRoot?.querySelector<HTMLDialogElement>('dialog.supervisor');
  }

  private async loadAgents(): Promise<void> {
    const client = this.host.client;
    if (!client) return;
    this.agents ??= client.catalogues.agents();
    try {
      this.agentOptions = await this.agents;
    } catch {
      this.agents = undefined;
      if (this.pending) this.pending.error = this.host.t.filterOptionsFailed;
    }
    this.host.requestUpdate();
  }

  private async loadQueues(): Promise<void> {
    const client = this.host.client;
    if (!client) return;
    this.queues ??= client.catalogues.queues();
    try {
      this.queueOptions = await this.queues;
    } catch {
      this.queues = undefined;
      if (this.pending) this.pending.error = this.host.t.filterOptionsFailed;
    }
    this.host.requestUpdate();
  }

  private close(): void {
    const dialog = this.dialog();
    if (dialog?.open) dialog.close();
  }

  private onClosed = (): void => {
    const opener = this.pending?.opener;
    this.pending = null;
    this.host.requestUpdate();
    if (opener?.isConnected) opener.focus();
  };

  private async submit(event: Event): Promise<void> {
    event.preventDefault();
    const pending = this.pending;
    const client = this.host.client;
    if (!pending || !client || pending.busy) return;
    const { t } = this.host;
    if (pending.action !== 'join' && !pending.choice) {
      pending.error = t.supervisorPick;
      this.host.requestUpdate();
      return;
    }
    pending.busy = true;
    pending.error = null;
    this.host.requestUpdate();
    try {
      let updated: Conversation;
      let message: string;
      if (pending.action === 'join') {
        updated = await client.supervisor.join(pending.row.id);
        message = t.supervisorJoined(customerLabel(pending.row, t));
      } else if (pending.action === 'assign') {
        updated = await client.supervisor.assign(pending.row.id, pending.choice);
        message = t.supervisorAssigned(this.agentOptions?.find((a) => a.id === pending.choice)?.name ?? pending.choice);
      } else {
        updated = await client.supervisor.changeQueue(pending.row.id, pending.choice);
        message = t.supervisorQueueChanged(this.queueOptions?.find((q) => q.id === pending.choice)?.name ?? pending.choice);
      }
      this.host.conversationUpdated(toSummary(updated));
      this.close();
      this.host.notify(message);
    } catch (error) {
      const code = (error as { code?: string }).code;
      pending.busy = false;
      pending.error = code === 'invalid_state' ? t.supervisorEnded : t.supervisorFailed(describeError(error, t));
      this.host.requestUpdate();
    }
  }

  render(): TemplateResult {
    const p = this.pending;
    const { t } = this.host;
    const title = !p ? '' : p.action === 'join' ? t.supervisorJoinTitle : p.action === 'assign' ? t.supervisorAssignTitle : t.supervisorChangeQueueTitle;
    const submitLabel = !p ? '' : p.action === 'join' ? t.supervisorJoin : p.action === 'assign' ? t.supervisorAssign : t.supervisorChangeQueue;
    return html`<dialog class="supervisor" aria-labelledby="supervisor-title" @close=${this.onClosed}>
      ${p
        ? html`<form method="dialog" @submit=${(e: Event) => this.submit(e)}>
            <div class="dialog-header">
              <h2 id="supervisor-title">${title}</h2>
              <button type="button" class="icon-btn" aria-label=${t.close} @click=${() => this.close()}>${icon(icons.close)}</button>
            </div>
            <div class="dialog-body">${this.renderBody(p)}</div>
            <div class="dialog-footer">
              <button type="button" class="btn" @click=${() => this.close()}>${t.cancel}</button>
              <button type="submit" class="btn primary" ?disabled=${p.busy}>${submitLabel}</button>
            </div>
          </form>`
        : nothing}
    </dialog>`;
  }

  private renderBody(p: Pending): TemplateResult {
    const { t } = this.host;
    const label = customerLabel(p.row, t);
    const error = p.error ? html`<p class="form-error" role="alert">${p.error}</p>` : nothing;
    if (p.action === 'join') return html`<p dir="auto">${t.supervisorJoinConfirm(label)}</p>${error}`;
    const options = p.action === 'assign' ? this.agentOptions : this.queueOptions;
    const current = p.row.queues?.[p.row.queues.length - 1];
    // Names what the action acts on: the conversation it was opened for, whatever the list shows now.
    return html`
      <p class="acts-on" dir="auto">${t.supervisorActsOn(label, p.row.id)}</p>
      ${p.action === 'change-queue' && current ? html`<p class="muted" dir="auto">${t.supervisorCurrentQueue(current.name)}</p>` : nothing}
      <div class="field">
        <label for="supervisor-choice">${p.action === 'assign' ? t.supervisorAssignLabel : t.supervisorQueueLabel}</label>
        <select
          id="supervisor-choice"
          required
          ?disabled=${!options}
          @change=${(e: Event) => {
            p.choice = (e.target as HTMLSelectElement).value;
            p.error = null;
            this.host.requestUpdate();
          }}
        >
          <option value="" ?selected=${!p.choice}>${options ? t.supervisorPick : t.supervisorLoadingOptions}</option>
          ${(options ?? []).map(
            (o) => html`<option value=${o.id} ?selected=${p.choice === o.id} ?disabled=${p.action === 'change-queue' && o.id === current?.id}>${o.name}</option>`,
          )}
        </select>
      </div>
      ${error}
    `;
  }
}
