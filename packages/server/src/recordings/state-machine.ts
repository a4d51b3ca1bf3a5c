import type { RecordingState } from '../domain.js';
import type { ConversationRecord } from '../store/record.js';
import type { RecordingSnapshot } from '../store/store.js';
import { mixSeed } from '../util/prng.js';

/*
 * The recording lifecycle of the spec, evaluated lazily against a clock:
 *   call_in_progress ─(call ends)→ media_in_progress ─(10 min: automatic fetch)→ available
 *                                                                              ↘ initial_fetch_failed | partial_*_failed | failed | media_unavailable
 *   retriable failure ─(manual retry)→ fetching_in_progress ─(fetch takes ~1 min)→ available | retry_failed
 *   retry_failed ─(15 min later)→ manual retry allowed again
 *   any retriable failure ─(24 h after the first failure: background job)→ available | 24hr_retry_failed
 * `failed`, `media_unavailable`, `24hr_retry_failed`, `retention_deleted`, `recording_disabled` are final.
 */

export const AUTO_FETCH_DELAY_MS = 10 * 60_000;
export const FETCH_DURATION_MS = 60_000;
export const RETRY_COOLDOWN_MS = 15 * 60_000;
export const BACKGROUND_RETRY_MS = 24 * 60 * 60_000;

export const RECORDING_MESSAGES: Record<RecordingState, string> = {
  available: '',
  failed: 'Media generation failed due to a technical issue. Please contact your administrator.',
  media_unavailable: 'No audio recording found on the server. Please contact your administrator.',
  call_in_progress: 'Media unavailable while the call is in progress. Please recheck once the call has ended.',
  media_in_progress: 'Media generation is in progress. Please wait for a few minutes.',
  partial_download_failed: 'Unable to fetch the recording. Please click the button below to retry.',
  partial_upload_failed: 'Unable to fetch the recording. Please click the button below to retry.',
  partial_failed: 'Unable to fetch the recording. Please click the button below to retry.',
  fetching_in_progress: 'Generating your call recording... This may take a few minutes. Please wait.',
  initial_fetch_failed: 'We couldn’t load the call recording. Please try again.',
  retry_failed: 'Still unable to fetch the recording. Please try again after 15 minutes.',
  '24hr_retry_failed': 'We couldn’t generate the call recording due to a technical issue. Please contact your administrator for assistance.',
  retention_deleted: 'Recording not available. It may have been deleted as per your data retention policy.',
  recording_disabled: 'Call recording is disabled for this conversation, so no recording is available.',
};

const RETRIABLE = new Set<RecordingState>(['initial_fetch_failed', 'partial_download_failed', 'partial_upload_failed', 'partial_failed', 'retry_failed']);

/** Deterministic outcome of fetch attempt `attempt`: the same conversation and attempt always end the same way. */
function fetchSucceeds(rec: ConversationRecord, attempt: number, successRate: number): boolean {
  return mixSeed(rec.seed, 0xf37c, attempt) / 4294967296 < successRate;
}

function firstFailure(rec: ConversationRecord): RecordingState {
  const r = mixSeed(rec.seed, 0xfa11) % 100;
  if (r < 55) return 'initial_fetch_failed';
  if (r < 67) return 'partial_download_failed';
  if (r < 79) return 'partial_upload_failed';
  if (r < 90) return 'partial_failed';
  if (r < 95) return 'failed';
  return 'media_unavailable';
}

function enter(rec: ConversationRecord, state: RecordingState, atMs: number): void {
  rec.recState = state;
  rec.recSinceMs = atMs;
}

/** The recording columns as they are now, for `ConversationStore.updateRecording`'s compare-and-set. */
export function recordingSnapshot(rec: ConversationRecord): RecordingSnapshot {
  return { recState: rec.recState, recSinceMs: rec.recSinceMs, recAttempts: rec.recAttempts, recFailedAtMs: rec.recFailedAtMs };
}

/** Moves the recording along every transition whose time has come. Returns true when it changed. */
export function advanceRecording(rec: ConversationRecord, nowMs: number, successRate: number): boolean {
  if (rec.channel !== 'voice' || !rec.recState) return false;
  const before = `${rec.recState}:${rec.recSinceMs}:${rec.recAttempts}`;
  for (let guard = 0; guard < 8; guard++) {
    const since = rec.recSinceMs ?? rec.startMs;
    const state = rec.recState;
    if (state === 'call_in_progress' && rec.status !== 'in_progress' && rec.endMs !== null) {
      enter(rec, 'media_in_progress', rec.endMs);
    } else if (state === 'media_in_progress' && nowMs >= since + AUTO_FETCH_DELAY_MS) {
      const at = since + AUTO_FETCH_DELAY_MS;
      rec.recAttempts += 1;
      if (fetchSucceeds(rec, rec.recAttempts, successRate)) enter(rec, 'available', at);
      else {
        enter(rec, firstFailure(rec), at);
        rec.recFailedAtMs = at;
      }
    } else if (state === 'fetching_in_progress' && nowMs >= since + FETCH_DURATION_MS) {
      const at = since + FETCH_DURATION_MS;
      if (fetchSucceeds(rec, rec.recAttempts, successRate)) enter(rec, 'available', at);
      else enter(rec, 'retry_failed', at);
    } else if (RETRIABLE.has(state!) && rec.recFailedAtMs !== null && nowMs >= rec.recFailedAtMs + BACKGROUND_RETRY_MS) {
      const at = rec.recFailedAtMs + BACKGROUND_RETRY_MS;
      rec.recAttempts += 1;
      enter(rec, fetchSucceeds(rec, rec.recAttempts, successRate) ? 'available' : '24hr_retry_failed', Math.max(at, since));
    } else {
      break;
    }
  }
  return before !== `${rec.recState}:${rec.recSinceMs}:${rec.recAttempts}`;
}

export function retryAvailable(rec: ConversationRecord, nowMs: number): boolean {
  const state = rec.recState;
  if (!state || !RETRIABLE.has(state)) return false;
  if (state === 'retry_failed') return nowMs >= (rec.recSinceMs ?? 0) + RETRY_COOLDOWN_MS;
  return true;
}

export function nextAutomaticAttemptMs(rec: ConversationRecord): number | null {
  const since = rec.recSinceMs ?? rec.startMs;
  switch (rec.recState) {
    case 'media_in_progress': return since + AUTO_FETCH_DELAY_MS;
    case 'fetching_in_progress': return since + FETCH_DURATION_MS;
    default:
      return rec.recState && RETRIABLE.has(rec.recState) && rec.recFailedAtMs !== null ? rec.recFailedAtMs + BACKGROUND_RETRY_MS : null;
  }
}

/** A manual retry: starts a fetch now. The caller checked `retryAvailable`. */
export function startRetry(rec: ConversationRecord, nowMs: number): void {
  rec.recAttempts += 1;
  if (rec.recFailedAtMs === null) rec.recFailedAtMs = rec.recSinceMs ?? nowMs;
  enter(rec, 'fetching_in_progress', nowMs);
}
