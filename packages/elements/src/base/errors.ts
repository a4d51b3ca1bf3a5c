import type { Messages } from '../i18n/messages.js';

/** Anything an SDK call can reject with; read structurally so elements never crash on an odd value. */
interface ErrorLike {
  name?: string;
  status?: number;
  code?: string;
  message?: string;
  requestId?: string | null;
  method?: string | null;
  url?: string | null;
  details?: { fields?: { name: string; message: string }[] };
}

/**
 * Turns an SDK error into one plain sentence for the user: what happened and what to do, never the
 * request or the parser's words (those go in `errorDetails`). Backend text is shown as text, never HTML.
 */
export function describeError(error: unknown, t: Messages): string {
  const e = (error ?? {}) as ErrorLike;
  if (e.name === 'AbortError') return t.errorUnknown;
  if (e.name === 'TimeoutError') return t.errorTimeout;
  if (e.name === 'NetworkError' || e.name === 'TypeError') return t.errorNetwork;
  if (e.name === 'InvalidResponseError' || e.code === 'invalid_response') return t.errorInvalidResponse;
  if (e.status && e.status >= 500) return t.errorUnknown;
  switch (e.status) {
    case 401:
      return t.errorUnauthorized;
    case 403:
      return t.errorForbidden;
    case 404:
      return t.errorNotFound;
    case 409:
      return t.errorConflict;
    case 410:
      return t.errorGone;
    case 429:
      return t.errorRateLimited;
    case 400: {
      const fields = e.details?.fields?.map((f) => `${f.name}: ${f.message}`).join('; ');
      return t.errorValidation(fields || e.message || '');
    }
  }
  return e.message && e.status && e.status < 500 ? e.message : t.errorUnknown;
}

/** The technical facts behind an error, for the "Details" disclosure and support tickets. */
export interface ErrorDetails {
  requestId: string | null;
  status: number | null;
  code: string | null;
  /** The SDK's or the backend's own words (written for developers). */
  message: string | null;
  /** `GET /v1/…` — the path only (the SDK never puts credentials in URLs). */
  request: string | null;
}

export function errorDetails(error: unknown): ErrorDetails {
  const e = (error ?? {}) as ErrorLike;
  let path: string | null = null;
  try {
    path = e.url ? new URL(e.url, 'http://x').pathname : null;
  } catch {
    path = null;
  }
  return {
    requestId: typeof e.requestId === 'string' && e.requestId ? e.requestId : null,
    status: typeof e.status === 'number' && e.status > 0 ? e.status : null,
    code: typeof e.code === 'string' && e.code ? e.code : null,
    message: typeof e.message === 'string' && e.message ? e.message : null,
    request: path ? `${e.method ?? 'GET'} ${path}` : null,
  };
}

/**
 * Whether trying the same request again can help. Not for a 404 or 410 (it is not there), a 400
 * (the request itself is wrong) or a 403 (no permission); yes for network, timeout, 5xx, 429, 401.
 */
export function isRetryable(error: unknown): boolean {
  const status = (error as ErrorLike | undefined)?.status;
  return !(status === 400 || status === 403 || status === 404 || status === 410);
}

/** True when the failure means "you may not see this" rather than "something broke". */
export function isPermissionError(error: unknown): boolean {
  return (error as ErrorLike | undefined)?.status === 403;
}
