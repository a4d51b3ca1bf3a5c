import type { RecordingState, RecordingStatus } from '@conversations-kit/sdk';
import { en, type Messages } from '../i18n/messages.js';

/** States whose recording is still being produced: the player re-checks them on its own. */
export const GENERATING_STATES: ReadonlySet<RecordingState> = new Set(['media_in_progress', 'fetching_in_progress', 'call_in_progress']);

/** States for which the spec offers Retry ("Please click the button below to retry", "Please try again"). */
export const RETRYABLE_STATES: ReadonlySet<RecordingState> = new Set([
  'partial_download_failed',
  'partial_upload_failed',
  'partial_failed',
  'initial_fetch_failed',
  'retry_failed',
]);

/** States that will not change by waiting: only an administrator can help. */
export const FAILED_STATES: ReadonlySet<RecordingState> = new Set(['failed', 'media_unavailable', '24hr_retry_failed']);

/** The message-catalogue key of a state's message. */
export type RecordingStateMessageKey = `recordingState_${Exclude<RecordingState, 'available'>}`;

export function stateMessageKey(state: Exclude<RecordingState, 'available'>): RecordingStateMessageKey {
  return `recordingState_${state}`;
}

/** Call Recording Control is off: shown as `recording_disabled` whatever state the backend reports (retention aside). */
export function isRecordingDisabled(status: RecordingStatus): boolean {
  return status.state === 'recording_disabled' || (status.enabled === false && status.state !== 'retention_deleted');
}

/**
 * The text shown for a recording that cannot play. A host's own wording (a catalogue override) wins;
 * otherwise the backend's `message` for its state (rendered as text); otherwise the spec's text.
 * A backend that reports `enabled: false` with another state gets the `recording_disabled` text,
 * since its message describes the other state.
 */
export function stateMessage(status: RecordingStatus, t: Messages): string {
  if (status.state === 'available') return '';
  const disabled = isRecordingDisabled(status);
  const key = disabled ? 'recordingState_recording_disabled' : stateMessageKey(status.state);
  const catalogue = t[key] as string | undefined;
  if (catalogue !== undefined && catalogue !== en[key]) return catalogue;
  const backend = status.message?.trim();
  if (backend && (!disabled || status.state === 'recording_disabled')) return backend;
  // Unknown future states have no catalogue entry: the backend's message is all there is.
  return catalogue ?? status.message ?? '';
}

const FIRST_DELAY_MS = 5_000;
const CALL_FIRST_DELAY_MS = 30_000;
const MAX_DELAY_MS = 120_000;

/**
 * When to look at a generating recording again, or null when its state will not change by waiting.
 *
 * The platform fetches a recording about 10 minutes after the call ends, so a player left open must
 * notice without hammering the server: exponential back-off (5 s, 10 s, 20 s … capped at 2 min; a
 * call still in progress starts at 30 s) with ±20 % jitter so many open players do not align, and a
 * check just after the backend's own next attempt (`nextAutomaticAttemptAt`) when that comes sooner.
 */
export function recheckDelay(status: RecordingStatus, attempt: number, now = Date.now(), random = Math.random): number | null {
  if (!GENERATING_STATES.has(status.state)) return null;
  const first = status.state === 'call_in_progress' ? CALL_FIRST_DELAY_MS : FIRST_DELAY_MS;
  const backoff = Math.min(MAX_DELAY_MS, first * 2 ** Math.max(0, attempt));
  const delay = backoff * (0.8 + 0.4 * random());
  const next = status.nextAutomaticAttemptAt ? Date.parse(status.nextAutomaticAttemptAt) - now : NaN;
  if (next > 0 && next + 1_500 < delay) return Math.max(2_000, next + 1_500);
  return Math.round(delay);
}
