/** When a failed call may be repeated, and how long to wait. */
export interface RetryOptions {
  /** Extra attempts after the first one. Default 2; 0 disables retries. */
  limit?: number;
  /** First backoff delay in ms, doubled per attempt (with jitter). Default 300. */
  baseDelayMs?: number;
  /** Cap for a backoff delay in ms. Default 5000. */
  maxDelayMs?: number;
  /** Cap for honouring `Retry-After` in ms; a longer wait is not retried but thrown as RateLimitError. Default 60000. */
  maxRetryAfterMs?: number;
}

export type RetryPolicy = Required<RetryOptions>;

export const DEFAULT_RETRY: RetryPolicy = { limit: 2, baseDelayMs: 300, maxDelayMs: 5000, maxRetryAfterMs: 60_000 };

export function resolveRetry(options: RetryOptions | number | false | undefined): RetryPolicy {
  if (options === false) return { ...DEFAULT_RETRY, limit: 0 };
  if (typeof options === 'number') return { ...DEFAULT_RETRY, limit: Math.max(0, options) };
  return { ...DEFAULT_RETRY, ...options };
}

/**
 * Only answers that say "try again": 408, 429 and 503 (which carry `Retry-After` when the backend
 * knows how long), and the gateway errors 502/504. 500, 501 and every other 4xx are permanent for
 * this request — repeating them only delays the error (a 501 in ID-only search mode stays a 501).
 */
export function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 429 || status === 502 || status === 503 || status === 504;
}

/** Only reads and writes the backend can deduplicate (an idempotency key) are safe to repeat. */
export function isRetryableRequest(method: string, hasIdempotencyKey: boolean): boolean {
  const m = method.toUpperCase();
  return m === 'GET' || m === 'HEAD' || hasIdempotencyKey;
}

/** `Retry-After` as milliseconds: delta-seconds or an HTTP date. Null when absent or unreadable. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | null {
  if (value == null || value.trim() === '') return null;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}

/** Exponential backoff with "equal jitter": half fixed, half random, so clients don't retry in lockstep. */
export function backoffDelay(attempt: number, policy: RetryPolicy, random = Math.random): number {
  const exp = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** attempt);
  return exp / 2 + random() * (exp / 2);
}

/** Resolves after `ms`, or rejects with the signal's reason as soon as it aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
