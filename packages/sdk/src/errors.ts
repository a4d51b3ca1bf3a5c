import type { components } from './generated/openapi.js';

type Disposition = components['schemas']['Disposition'];

/** Every error code the contract documents, plus codes the SDK itself assigns. */
export type ErrorCode =
  | components['schemas']['ErrorCode']
  | 'invalid_response'
  | 'network_error'
  | 'timeout'
  | 'aborted'
  | 'http_error';

export interface FieldError {
  name: string;
  message: string;
}

export interface ApiErrorInit {
  status: number;
  code: ErrorCode | (string & {});
  message: string;
  requestId?: string | null;
  details?: Record<string, unknown> | null;
  method?: string;
  url?: string;
  cause?: unknown;
}

/**
 * Base of every error the SDK throws. It carries what a host needs to show or log a failure —
 * never the request headers, so a token cannot leak through an error.
 */
export class ApiError extends Error {
  override name = 'ApiError';
  /** HTTP status, or 0 when no response arrived (network, timeout, abort). */
  readonly status: number;
  readonly code: ErrorCode | (string & {});
  readonly requestId: string | null;
  readonly details: Record<string, unknown> | null;
  readonly method: string | null;
  /** The request URL (never contains credentials: the token travels in a header). */
  readonly url: string | null;

  constructor(init: ApiErrorInit) {
    super(init.message, init.cause === undefined ? undefined : { cause: init.cause });
    this.status = init.status;
    this.code = init.code;
    this.requestId = init.requestId ?? null;
    this.details = init.details ?? null;
    this.method = init.method ?? null;
    this.url = init.url ?? null;
  }

  toJSON(): Record<string, unknown> {
    return {
      name: this.name,
      message: this.message,
      status: this.status,
      code: this.code,
      requestId: this.requestId,
      details: this.details,
      method: this.method,
      url: this.url,
    };
  }
}

/** 400 `validation_failed` (and `export_limit_exceeded`): `fields` names what was wrong. */
export class ValidationError extends ApiError {
  override name = 'ValidationError';
  readonly fields: FieldError[];
  constructor(init: ApiErrorInit) {
    super(init);
    const fields = init.details?.['fields'];
    this.fields = Array.isArray(fields)
      ? fields
          .filter((f): f is FieldError => typeof f?.name === 'string' && typeof f?.message === 'string')
          .map((f) => ({ name: f.name, message: f.message }))
      : [];
  }
}

/** 401: the token is missing, unknown or expired. */
export class UnauthorizedError extends ApiError {
  override name = 'UnauthorizedError';
}

/** 403: the caller lacks a permission. */
export class PermissionError extends ApiError {
  override name = 'PermissionError';
}

/** 404. */
export class NotFoundError extends ApiError {
  override name = 'NotFoundError';
}

/**
 * Any 409. Catch the subclasses: `EditConflictError` (someone else saved first) and
 * `InvalidStateError` (the resource's state forbids the action).
 */
export class ConflictError<T = unknown> extends ApiError {
  override name = 'ConflictError';
  /** The current resource when the backend sent it (`details.current`), else null. */
  readonly current: T | null;
  constructor(init: ApiErrorInit) {
    super(init);
    this.current = (init.details?.['current'] as T | undefined) ?? null;
  }
}

/**
 * 409 `conflict`: the `If-Match` version is stale — someone else saved since you read it. Nothing
 * was overwritten; `current` is what they saved (null when there still is none) and `etag` the value
 * to send with a deliberate overwrite.
 */
export class EditConflictError<T extends { version: number } = Disposition> extends ConflictError<T> {
  override name = 'EditConflictError';
  /** `"v<current version>"` (`"v0"` when nothing is saved). */
  readonly etag: string;
  constructor(init: ApiErrorInit) {
    super(init);
    this.etag = `"v${this.current?.version ?? 0}"`;
  }
}

/** 409 `invalid_state`: the action does not apply in the resource's current state (e.g. not completed yet, not in progress). */
export class InvalidStateError extends ConflictError<never> {
  override name = 'InvalidStateError';
}

/** 428: a required precondition (`If-Match`) was missing. */
export class PreconditionRequiredError extends ApiError {
  override name = 'PreconditionRequiredError';
}

/** 410: `gone`, or `events_expired` for events older than the retention window. */
export class GoneError extends ApiError {
  override name = 'GoneError';
}

/** 429: retry after `retryAfter` seconds (null when the backend did not say). */
export class RateLimitError extends ApiError {
  override name = 'RateLimitError';
  readonly retryAfter: number | null;
  constructor(init: ApiErrorInit & { retryAfter?: number | null }) {
    super(init);
    this.retryAfter = init.retryAfter ?? null;
  }
}

/** 5xx answered by the backend. */
export class ServerError extends ApiError {
  override name = 'ServerError';
}

/** The backend answered, but not with the JSON the contract promises (malformed or wrong content type). */
export class InvalidResponseError extends ApiError {
  override name = 'InvalidResponseError';
}

/** No complete response: connection refused or reset, DNS failure, or a body cut off mid-way. */
export class NetworkError extends ApiError {
  override name = 'NetworkError';
  constructor(init: Omit<ApiErrorInit, 'status' | 'code'> & { status?: number }) {
    super({ ...init, status: init.status ?? 0, code: 'network_error' });
  }
}

/** The call's `timeout` elapsed (covering every attempt and reading the body). */
export class TimeoutError extends ApiError {
  override name = 'TimeoutError';
  readonly timeout: number;
  constructor(init: Omit<ApiErrorInit, 'status' | 'code' | 'message'> & { timeout: number }) {
    super({ ...init, status: 0, code: 'timeout', message: `Request timed out after ${init.timeout} ms` });
    this.timeout = init.timeout;
  }
}

/** The caller's `signal` aborted the call. */
export class AbortError extends ApiError {
  override name = 'AbortError';
  constructor(init: Omit<ApiErrorInit, 'status' | 'code' | 'message'> & { message?: string }) {
    super({ ...init, status: 0, code: 'aborted', message: init.message ?? 'Request aborted' });
  }
}
