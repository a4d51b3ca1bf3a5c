import type { ConversationSummary } from '@conversations-kit/sdk';

export interface ConversationSelectDetail {
  /** The conversation's id — what `<insights-panel conversation-id>` takes. */
  id: string;
  conversation: ConversationSummary;
}

/** Fired when the user opens a conversation (click, or Enter on the focused row). */
export type ConversationSelectEvent = CustomEvent<ConversationSelectDetail>;

export function conversationSelectEvent(conversation: ConversationSummary): ConversationSelectEvent {
  return new CustomEvent('conversation-select', { detail: { id: conversation.id, conversation }, bubbles: true, composed: true });
}

declare global {
  interface GlobalEventHandlersEventMap {
    'conversation-select': ConversationSelectEvent;
  }
}
