import type { KitClient } from '../context/contexts.js';

/** Index of the value in ascending `times` nearest to `t` (−1 when empty). Binary search: 5,000 messages per call. */
export function nearestIndex(times: readonly number[], t: number): number {
  if (!times.length || !Number.isFinite(t)) return -1;
  let lo = 0;
  let hi = times.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (times[mid] < t) lo = mid + 1;
    else hi = mid;
  }
  if (lo > 0 && Math.abs(times[lo - 1] - t) <= Math.abs(times[lo] - t)) return lo - 1;
  return lo;
}

/** Milliseconds since the epoch, or NaN for a missing/invalid timestamp. */
export const epochMs = (iso: string | null | undefined): number => (iso ? Date.parse(iso) : NaN);

/**
 * When the call started, for elements that only know absolute times (QoS samples, participants):
 * the conversation's start time, which is when the first SIP message was sent.
 */
export async function loadCallStart(client: KitClient, conversationId: string, signal: AbortSignal): Promise<string | null> {
  try {
    const conversation = await client.conversations.get(conversationId, { signal });
    return conversation.startTime ?? null;
  } catch {
    // The time cursor is an extra; the element's own request reports real failures.
    return null;
  }
}
