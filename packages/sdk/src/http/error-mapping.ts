import {
  ApiError,
  ConflictError,
  EditConflictError,
  GoneError,
  InvalidStateError,
  NotFoundError,
  PermissionError,
  PreconditionRequiredError,
  RateLimitError,
  ServerError,
  UnauthorizedError,
  ValidationError,
  type ApiErrorInit,
} from '../errors.js';
import { redactText, redactValue } from './redact.js';
import { parseRetryAfter } from './retry.js';

export interface RequestContext {
  method: string;
  url: string;
  /** Secrets to scrub from anything the backend echoes back. */
  secrets: readonly (string | null | undefined)[];
}

interface ParsedErrorBody {
  code: string;
  message: string;
  requestId?: string;
  details?: Record<string, unknown>;
}

function parseErrorBody(text: string): ParsedErrorBody | null {
  try {
    const body = JSON.parse(text) as { error?: Partial<ParsedErrorBody> } | null;
    const error = body?.error;
    if (error && typeof error.code === 'string' && typeof error.message === 'string') {
      return {
        code: error.code,
        message: error.message,
        requestId: typeof error.requestId === 'string' ? error.requestId : undefined,
        details: error.details && typeof error.details === 'object' ? error.details : undefined,
      };
    }
  } catch {
    // Not JSON (a proxy's HTML page, a truncated body): fall back to the status line below.
  }
  return null;
}

const FALLBACK_CODES: Record<number, string> = {
  400: 'validation_failed',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  409: 'conflict',
  410: 'gone',
  416: 'range_not_satisfiable',
  428: 'precondition_required',
  429: 'rate_limited',
  500: 'internal',
  501: 'search_unavailable',
  503: 'unavailable',
};

/** Turns a non-2xx response into the typed error its status and code document. */
export function errorFromResponse(response: Response, bodyText: string, ctx: RequestContext): ApiError {
  const parsed = parseErrorBody(bodyText);
  const status = response.status;
  const init: ApiErrorInit = {
    status,
    code: parsed?.code ?? FALLBACK_CODES[status] ?? 'http_error',
    message: redactText(parsed?.message ?? `HTTP ${status}${response.statusText ? ` ${response.statusText}` : ''}`, ctx.secrets),
    requestId: parsed?.requestId ?? response.headers.get('x-request-id'),
    details: parsed?.details ? redactValue(parsed.details, ctx.secrets) : null,
    method: ctx.method,
    url: ctx.url,
  };
  switch (status) {
    case 400:
    case 422:
      return new ValidationError(init);
    case 401:
      return new UnauthorizedError(init);
    case 403:
      return new PermissionError(init);
    case 404:
      return new NotFoundError(init);
    case 409:
      if (init.code === 'invalid_state') return new InvalidStateError(init);
      if (init.code === 'conflict') return new EditConflictError(init);
      return new ConflictError(init);
    case 410:
      return new GoneError(init);
    case 428:
      return new PreconditionRequiredError(init);
    case 429: {
      const headerMs = parseRetryAfter(response.headers.get('retry-after'));
      const detailSeconds = init.details?.['retryAfterSeconds'];
      const retryAfter =
        headerMs != null ? Math.ceil(headerMs / 1000) : typeof detailSeconds === 'number' ? detailSeconds : null;
      return new RateLimitError({ ...init, retryAfter });
    }
    default:
      return status >= 500 ? new ServerError(init) : new ApiError(init);
  }
}
