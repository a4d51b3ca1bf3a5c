import type { SipMessage } from '@conversations-kit/sdk';

export interface SipMessageSelectDetail {
  /** The selected message, or `null` when the selection was cleared. */
  message: SipMessage | null;
}

/** Fired when the user selects a ladder message (click, arrow keys, previous/next) or clears the selection. */
export type SipMessageSelectEvent = CustomEvent<SipMessageSelectDetail>;

export function sipMessageSelectEvent(message: SipMessage | null): SipMessageSelectEvent {
  return new CustomEvent('sip-message-select', { detail: { message }, bubbles: true, composed: true });
}

declare global {
  interface GlobalEventHandlersEventMap {
    'sip-message-select': SipMessageSelectEvent;
  }
}
