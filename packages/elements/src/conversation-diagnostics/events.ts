/**
 * The diagnostics elements' shared time cursor. Hovering or focusing a ladder message, a QoS bar or a
 * participant fires `diagnostics-time-hover`; hosts forward it to the recording player and transcript,
 * and call `markTime()` on the diagnostics elements for the reverse direction.
 */
export class DiagnosticsTimeEvent extends Event {
  static readonly type = 'diagnostics-time-hover';

  /**
   * @param offsetSeconds Seconds from the start of the call (the first SIP message), or `null` when the pointer/focus left.
   * @param at The same moment as an ISO-8601 timestamp, or `null`.
   */
  constructor(
    readonly offsetSeconds: number | null,
    readonly at: string | null,
  ) {
    super(DiagnosticsTimeEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'diagnostics-time-hover': DiagnosticsTimeEvent;
  }
}
