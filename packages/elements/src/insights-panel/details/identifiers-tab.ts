import { html, nothing, type TemplateResult } from 'lit';
import type { Conversation, Identifiers } from '@conversations-kit/sdk';
import { Check, Copy, CopyCheck } from 'lucide';
import { icon } from '../../icons/icons.js';
import { tooltip } from '../../primitives/tooltip.js';
import type { Messages } from '../../i18n/messages.js';
import type { CopiedField } from '../events.js';
import { renderFields } from './fields.js';

type IdentifierKey = keyof Identifiers;

/** The spec's Identifiers, in its order, with their labels. */
export function identifierRows(t: Messages): { key: IdentifierKey; label: string }[] {
  return [
    { key: 'callId', label: t.insightsCallId },
    { key: 'sessionId', label: t.insightsSessionId },
    { key: 'channelUserId', label: t.insightsChannelUserId },
    { key: 'callConversationId', label: t.insightsCallConversationId },
    { key: 'agentConversationId', label: t.insightsAgentConversationId },
    { key: 'userId', label: t.insightsUserId },
    { key: 'campaignInstanceId', label: t.insightsCampaignInstanceId },
  ];
}

/**
 * What "Copy All" puts on the clipboard: the spec's list (Start Time, End time, Caller ID, Session ID,
 * Channel User ID, Call Conversation ID, Agent Conversation ID, User ID, Caller, Callee), one
 * `Label: value` line each. Times are ISO-8601 UTC so a pasted ticket is unambiguous; a missing value is "—".
 * The spec calls the call's identifier "Caller ID" in this list; it carries the Call ID.
 */
export function copyAllText(c: Partial<Conversation>, t: Messages): string {
  const id = c.identifiers;
  const lines: [string, string | null | undefined][] = [
    [t.insightsCopyStartTime, c.startTime],
    [t.insightsCopyEndTime, c.endTime],
    [t.insightsCopyCallerId, id?.callId],
    [t.insightsSessionId, id?.sessionId],
    [t.insightsChannelUserId, id?.channelUserId],
    [t.insightsCallConversationId, id?.callConversationId],
    [t.insightsAgentConversationId, id?.agentConversationId],
    [t.insightsUserId, id?.userId],
    [t.insightsCopyCaller, c.caller],
    [t.insightsCopyCallee, c.callee],
  ];
  return lines.map(([label, value]) => `${label}: ${value ? value : t.notAvailable}`).join('\n');
}

export interface IdentifiersContext {
  t: Messages;
  /** The field copied last (shows a check for a moment). */
  copied: CopiedField | null;
  onCopy(field: CopiedField, text: string, label: string): void;
}

/** The Identifiers tab: each value copyable, and Copy All with a visible and spoken confirmation. */
export function renderIdentifiers(c: Partial<Conversation>, ctx: IdentifiersContext): TemplateResult {
  const { t } = ctx;
  const rows = identifierRows(t).map(({ key, label }) => {
    const value = c.identifiers?.[key] ?? null;
    const done = ctx.copied === key;
    return {
      key,
      label,
      value,
      mono: true,
      actions: value
        ? html`<button class="icon-btn copy" type="button" data-copy=${key} aria-label=${t.insightsCopyField(label)} ${tooltip(done ? t.copied : t.insightsCopyField(label))}
            @click=${() => ctx.onCopy(key, value, label)}>${icon(done ? Check : Copy)}</button>`
        : nothing,
    };
  });
  const allDone = ctx.copied === 'all';
  return html`
    <div class="tab-toolbar">
      <button class="btn copy-all ${allDone ? 'done' : ''}" type="button" data-copy="all" @click=${() => ctx.onCopy('all', copyAllText(c, t), t.insightsCopyAll)}>
        ${icon(allDone ? CopyCheck : Copy)}${allDone ? t.copied : t.insightsCopyAll}
      </button>
    </div>
    ${renderFields(rows, t.notAvailable)}
  `;
}
