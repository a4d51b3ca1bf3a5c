import type { ConversationSummary } from '@conversations-kit/sdk';
import type { MessageKey } from './messages.js';

/** Which catalogue label and which pill tone a conversation's status shows (spec: "Status"). */
export function statusKey(row: Pick<ConversationSummary, 'status' | 'completionReason'>): { key: MessageKey; tone: string } {
  if (row.status === 'in_progress') return { key: 'status_in_progress', tone: 'in_progress' };
  if (row.status === 'error') return { key: 'status_error', tone: 'error' };
  switch (row.completionReason) {
    case 'drop_off':
      return { key: 'status_completed_drop_off', tone: 'drop_off' };
    case 'user_hangup':
      return { key: 'status_completed_user_hangup', tone: 'completed' };
    case 'ai_agent_hangup':
      return { key: 'status_completed_ai_agent_hangup', tone: 'completed' };
    default:
      return { key: 'status_completed', tone: 'completed' };
  }
}
