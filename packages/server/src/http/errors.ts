/** The contract's error body: `{ error: { code, message, requestId, details? } }`. */

export type ErrorCode =
  | 'unauthorized' | 'forbidden' | 'not_found' | 'validation_failed' | 'conflict' | 'precondition_required' | 'gone'
  | 'events_expired' | 'export_limit_exceeded' | 'rate_limited' | 'search_unavailable' | 'internal' | 'method_not_allowed'
  | 'unsupported_media_type' | 'payload_too_large' | 'range_not_satisfiable' | 'invalid_state' | 'unavailable' | 'uri_too_long'
  | 'headers_too_large' | 'idempotency_key_reused';

const STATUS: Record<ErrorCode, number> = {
  unauthorized: 401, forbidden: 403, not_found: 404, validation_failed: 400, conflict: 409, precondition_required: 428,
  gone: 410, events_expired: 410, export_limit_exceeded: 400, rate_limited: 429, search_unavailable: 501, internal: 500,
  method_not_allowed: 405, unsupported_media_type: 415, payload_too_large: 413, range_not_satisfiable: 416,
  invalid_state: 409, unavailable: 503, uri_too_long: 414, headers_too_large: 431, idempotency_key_reused: 422,
};

export interface FieldError {
  name: string;
  message: string;
}

export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly details: Record<string, unknown> | undefined;
  readonly headers: Record<string, string>;

  constructor(code: ErrorCode, message: string, details?: Record<string, unknown>, headers: Record<string, string> = {}) {
    super(message);
    this.code = code;
    this.status = STATUS[code];
    this.details = details;
    this.headers = headers;
  }
}

export function validationError(fields: FieldError[]): ApiError {
  const message = fields.length === 1 ? `Invalid ${fields[0].name}: ${fields[0].message}` : `Invalid request: ${fields.map((f) => f.name).join(', ')}`;
  return new ApiError('validation_failed', message, { fields });
}

export function invalid(name: string, message: string): ApiError {
  return validationError([{ name, message }]);
}

export function notFound(what = 'Resource'): ApiError {
  return new ApiError('not_found', `${what} not found`);
}

export function forbidden(permission: string): ApiError {
  return new ApiError('forbidden', `This action needs the "${permission}" permission`, { permission });
}

export function invalidState(message: string, details?: Record<string, unknown>): ApiError {
  return new ApiError('invalid_state', message, details);
}

export function errorBody(code: string, message: string, requestId: string, details?: Record<string, unknown>) {
  return { error: details === undefined ? { code, message, requestId } : { code, message, requestId, details } };
}
