import type { Messages } from '../i18n/messages.js';

/** Anything an SDK call can reject with; read structurally so elements never crash on an odd value. */
interface ErrorLike {
  name?: string;
  status?: number;
  code?: string;
  message?: string;
  details?: { fields?: { name: string; message: string }[] };
}

/** Turns an SDK error into one plain sentence for the user. Backend text is shown as text, never HTML. */
export function describeError(error: unknown, t: Messages): string {
  const e = (error ?? {}) as ErrorLike;
  if (e.name === 'AbortError') return t.errorUnknown;
  if (e.name === 'TimeoutError') return t.errorTimeout;
  if (e.name === 'NetworkError' || e.name === 'TypeError') return t.errorNetwork;
  switch (e.status) {
    case 401:
      return t.errorUnauthorized;
    case 403:
      return t.errorForbidden;
    case 404:
      return t.errorNotFound;
    case 429:
      return t.errorRateLimited;
    case 400: {
      const fields = e.details?.fields?.map((f) => `${f.name}: ${f.message}`).join('; ');
      return t.errorValidation(fields || e.message || '');
    }
  }
  return e.message && e.status && e.status < 500 ? e.message : t.errorUnknown;
}

/** True when the failure means "you may not see this" rather than "something broke". */
export function isPermissionError(error: unknown): boolean {
  return (error as ErrorLike | undefined)?.status === 403;
}
