import type { Disposition } from '@conversations-kit/sdk';

/** The four tabs of the panel (spec: Transcript, Details, User, Identifiers). */
export type InsightsTab = 'transcript' | 'details' | 'user' | 'identifiers';
export const insightsTabs: readonly InsightsTab[] = ['transcript', 'details', 'user', 'identifiers'];

export interface TabChangeDetail {
  tab: InsightsTab;
}
/** Fired when the user selects another tab. */
export type TabChangeEvent = CustomEvent<TabChangeDetail>;

export interface DispositionSavedDetail {
  conversationId: string;
  disposition: Disposition;
}
/** Fired after the disposition was saved on the backend. */
export type DispositionSavedEvent = CustomEvent<DispositionSavedDetail>;

export interface DiagnosticsOpenDetail {
  conversationId: string;
}
/** Fired (cancelable) when the user opens Diagnostics; call `preventDefault()` to show your own. */
export type DiagnosticsOpenEvent = CustomEvent<DiagnosticsOpenDetail>;

/** Which value a `copy` event carries: one identifier, or all of them ("Copy All"). */
export type CopiedField =
  | 'callId' | 'sessionId' | 'channelUserId' | 'callConversationId' | 'agentConversationId' | 'userId' | 'campaignInstanceId' | 'all';

/**
 * Fired after the panel copied text to the clipboard. It is a `ClipboardEvent` named `copy` so that it
 * matches the platform's own `copy` typing (`clipboardData` is null); read `field` and `text`.
 */
export class InsightsCopyEvent extends ClipboardEvent {
  constructor(
    readonly field: CopiedField,
    readonly text: string,
  ) {
    super('copy', { bubbles: true, composed: true, clipboardData: null });
  }
}

/**
 * Fired when the user asks to close the panel (close button or Escape). The panel does not hide
 * itself: the host decides (clear `conversation-id`, hide the sheet…).
 */
export class InsightsCloseEvent extends Event {
  constructor(readonly conversationId: string | undefined) {
    super('close', { bubbles: true, composed: true });
  }
}

const init = { bubbles: true, composed: true } as const;

export const tabChangeEvent = (tab: InsightsTab): TabChangeEvent => new CustomEvent('tab-change', { ...init, detail: { tab } });
export const dispositionSavedEvent = (conversationId: string, disposition: Disposition): DispositionSavedEvent =>
  new CustomEvent('disposition-saved', { ...init, detail: { conversationId, disposition } });
export const diagnosticsOpenEvent = (conversationId: string): DiagnosticsOpenEvent =>
  new CustomEvent('diagnostics-open', { ...init, cancelable: true, detail: { conversationId } });

declare global {
  interface GlobalEventHandlersEventMap {
    'tab-change': TabChangeEvent;
    'disposition-saved': DispositionSavedEvent;
    'diagnostics-open': DiagnosticsOpenEvent;
  }
}
