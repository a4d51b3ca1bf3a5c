import type { KitClient } from '../context/contexts.js';

/**
 * A short-lived signed URL for one recording's audio (`POST …/recording/media-url`), which a native
 * `<audio>` element can load without an `Authorization` header, and when it stops working.
 */
export interface MediaLease {
  url: string;
  /** Epoch milliseconds. */
  expiresAt: number;
}

/** Asks the backend for a fresh lease. */
export type LeaseSource = (signal: AbortSignal) => Promise<MediaLease>;

/** Renew a lease this long before it expires at most (a fifth of its lifetime when that is shorter). */
const RENEW_AHEAD_MS = 60_000;
/** A lease this close to its expiry is not worth starting a load with. */
const EXPIRY_MARGIN_MS = 1_000;

/** Milliseconds from `now` until the next lease should be fetched (never less than a second). */
export function renewalDelay(lease: MediaLease, now = Date.now()): number {
  const left = lease.expiresAt - now;
  return Math.max(1_000, Math.round(left - Math.min(RENEW_AHEAD_MS, left * 0.2)));
}

/** Whether a load started with this lease now might outlive it. */
export function isExpiring(lease: MediaLease | undefined, now = Date.now()): boolean {
  return !lease || lease.expiresAt - now <= EXPIRY_MARGIN_MS;
}

/** Leases for the audio of conversation `id`, through the SDK. */
export function audioLeases(client: KitClient, id: string): LeaseSource {
  return async (signal) => {
    // The SDK answers an absolute URL (the contract's is relative to the API's base URL).
    const { url, expiresAt } = await client.recordings.mediaUrl(id, { representation: 'audio' }, { signal });
    return { url, expiresAt: Date.parse(expiresAt) };
  };
}
