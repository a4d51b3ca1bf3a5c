import type { Disposition, TranscriptItem } from '@conversations-kit/sdk';

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

/** Which value an `id-copy` event carries: one identifier, or all of them ("Copy All"). */
export type CopiedField =
  | 'callId' | 'sessionId' | 'channelUserId' | 'callConversationId' | 'agentConversationId' | 'userId' | 'campaignInstanceId' | 'all';

/**
 * Fired after the panel copied text to the clipboard; read `field` and `text`. A plain `Event` named
 * `id-copy` (not `copy`): a bubbling, composed `copy` would reach the host's own clipboard listeners,
 * and a `ClipboardEvent` subclass would need a DOM global when the module is evaluated (SSR).
 */
export class InsightsCopyEvent extends Event {
  static readonly eventName = 'id-copy';
  constructor(
    readonly field: CopiedField,
    readonly text: string,
  ) {
    super(InsightsCopyEvent.eventName, { bubbles: true, composed: true });
  }
}

/**
 * Fired when the user asks to close the panel (close button or Escape). The panel does not hide
 * itself: the host decides (clear `conversation-id`, hide the sheet…). Named `panel-close` so it never
 * mixes with a `<dialog>`'s own `close` in the host.
 */
export class InsightsCloseEvent extends Event {
  static readonly eventName = 'panel-close';
  constructor(readonly conversationId: string | undefined) {
    super(InsightsCloseEvent.eventName, { bubbles: true, composed: true });
  }
}

/**
 * Fired by `<insights-transcript>` when its items changed (a page or a live turn arrived, another
 * conversation opened); read `items`. Does not bubble: the panel listens on the transcript.
 */
export class ItemsChangeEvent extends Event {
  static readonly eventName = 'items-change';
  constructor(readonly items: readonly TranscriptItem[]) {
    super(ItemsChangeEvent.eventName);
  }
}

/**
 * Fired by the disposition dialog when the backend answered with a newer disposition than the
 * panel shows (an edit conflict carries the current one), so the Details tab shows it at once.
 */
export class DispositionRefreshEvent extends Event {
  static readonly eventName = 'disposition-refresh';
  constructor(
    readonly conversationId: string,
    readonly disposition: Disposition,
  ) {
    super(DispositionRefreshEvent.eventName, { bubbles: true, composed: true });
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
    'id-copy': InsightsCopyEvent;
    'items-change': ItemsChangeEvent;
    'disposition-refresh': DispositionRefreshEvent;
    'panel-close': InsightsCloseEvent;
  }
}
