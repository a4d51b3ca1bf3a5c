import ky, { type KyInstance } from 'ky';
import { AbortError, ApiError, InvalidResponseError, NetworkError, TimeoutError } from '../errors.js';
import type { Download } from '../types.js';
import { ApiPromise, responseMeta } from './api-promise.js';
import { errorFromResponse, type RequestContext } from './error-mapping.js';
import { redactText, sanitizeCause } from './redact.js';
import {
  backoffDelay,
  isRetryableRequest,
  isRetryableStatus,
  parseRetryAfter,
  resolveRetry,
  sleep,
  type RetryOptions,
  type RetryPolicy,
} from './retry.js';
import { toSearchParams, type QueryInput } from './query.js';

/** Where debug lines go. Lines never contain headers or tokens. */
export interface Logger {
  debug?(message: string, meta?: Record<string, unknown>): void;
}

export interface TransportConfig {
  baseUrl: string;
  token?: string;
  getToken?: () => string | null | undefined | Promise<string | null | undefined>;
  fetch?: typeof globalThis.fetch;
  /** Default per-call timeout in ms. Default 30000; 0 disables. */
  timeout?: number;
  retry?: RetryOptions | number | false;
  logger?: Logger;
  /** Extra headers on every request (never put credentials here: use `token`/`getToken`). */
  headers?: Record<string, string>;
}

export interface RequestSpec {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
  query?: QueryInput;
  json?: unknown;
  headers?: Record<string, string>;
  /** A key makes a write retryable. */
  idempotencyKey?: string;
  signal?: AbortSignal;
  timeout?: number;
}

export interface JsonResult<T> {
  data: T;
  response: Response;
}

const DEFAULT_TIMEOUT = 30_000;

/** Joins a base URL (which may carry a path prefix) with an absolute API path. */
function joinUrl(baseUrl: string, path: string): string {
  return baseUrl.replace(/\/+$/, '') + path;
}

function isAbortReason(error: unknown, signal: AbortSignal | undefined): boolean {
  return Boolean(signal?.aborted) && (error === signal?.reason || (error as Error)?.name === 'AbortError');
}

/** Combines signals (AbortSignal.any exists in Node ≥ 20.3 and current browsers). */
function anySignal(signals: (AbortSignal | undefined)[]): AbortSignal | undefined {
  const present = signals.filter((s): s is AbortSignal => s !== undefined);
  if (present.length <= 1) return present[0];
  return AbortSignal.any(present);
}

export function filenameFromContentDisposition(header: string | null): string | null {
  if (!header) return null;
  const star = /filename\*\s*=\s*(?:UTF-8'')?([^;]+)/i.exec(header);
  if (star?.[1]) {
    try {
      return decodeURIComponent(star[1].trim().replace(/^"|"$/g, ''));
    } catch {
      // fall through to the plain parameter
    }
  }
  const plain = /filename\s*=\s*("([^"]*)"|[^;]+)/i.exec(header);
  return plain ? (plain[2] ?? plain[1] ?? '').trim() || null : null;
}

/**
 * Sends requests with auth, a whole-call deadline, safe retries and typed errors.
 * ky does the request plumbing; the retry loop lives here because it must also cover
 * reading the body (a truncated GET body is as retryable as a reset connection).
 */
export class Transport {
  readonly baseUrl: string;
  readonly retry: RetryPolicy;
  readonly defaultTimeout: number;
  private readonly ky: KyInstance;
  private readonly config: TransportConfig;
  private lastToken: string | null = null;

  constructor(config: TransportConfig) {
    if (!config.baseUrl) throw new TypeError('createClient: baseUrl is required');
    this.config = config;
    this.baseUrl = config.baseUrl;
    this.retry = resolveRetry(config.retry);
    this.defaultTimeout = config.timeout ?? DEFAULT_TIMEOUT;
    this.ky = ky.create({
      fetch: config.fetch,
      timeout: false,
      retry: 0,
      throwHttpErrors: false,
      headers: config.headers,
      hooks: {
        beforeRequest: [
          async (request) => {
            const token = await this.resolveToken();
            if (token) request.headers.set('authorization', `Bearer ${token}`);
          },
        ],
      },
    });
  }

  /** Secrets that must never appear in errors or logs. */
  secrets(): (string | null | undefined)[] {
    return [this.config.token, this.lastToken];
  }

  async resolveToken(): Promise<string | null> {
    const token = this.config.getToken ? await this.config.getToken() : this.config.token;
    this.lastToken = token ?? null;
    return this.lastToken;
  }

  url(path: string, query?: QueryInput): string {
    const qs = query ? toSearchParams(query).toString() : '';
    return joinUrl(this.baseUrl, path) + (qs ? `?${qs}` : '');
  }

  log(message: string, meta?: Record<string, unknown>): void {
    this.config.logger?.debug?.(redactText(message, this.secrets()), meta);
  }

  /** The parsed JSON body; `.withResponse()` adds the answer's metadata. */
  json<T>(spec: RequestSpec): ApiPromise<T> {
    return new ApiPromise(this.jsonWithResponse<T>(spec).then(({ data, response }) => ({ data, response: responseMeta(response) })));
  }

  async jsonWithResponse<T>(spec: RequestSpec): Promise<JsonResult<T>> {
    return this.send(spec, async (response, ctx) => {
      if (response.status === 204) return { data: undefined as T, response };
      const text = await response.text();
      const type = response.headers.get('content-type') ?? '';
      try {
        if (!/\bjson\b/i.test(type)) throw new Error(`expected JSON, got "${type || 'no content type'}"`);
        return { data: JSON.parse(text) as T, response };
      } catch (error) {
        throw new InvalidResponseError({
          status: response.status,
          code: 'invalid_response',
          message: `The backend answered ${ctx.method} ${new URL(ctx.url).pathname} with a body that is not valid JSON: ${(error as Error).message}`,
          requestId: response.headers.get('x-request-id'),
          method: ctx.method,
          url: ctx.url,
        });
      }
    });
  }

  none(spec: RequestSpec): ApiPromise<void> {
    return new ApiPromise(
      this.send(spec, async (response) => {
        await response.arrayBuffer();
        return { data: undefined, response: responseMeta(response) };
      }),
    );
  }

  download(spec: RequestSpec): ApiPromise<Download & { status: number; headers: Headers }> {
    return new ApiPromise(
      this.send(spec, async (response) => ({
        data: {
          blob: await response.blob(),
          filename: filenameFromContentDisposition(response.headers.get('content-disposition')),
          contentType: response.headers.get('content-type'),
          status: response.status,
          headers: response.headers,
        },
        response: responseMeta(response),
      })),
    );
  }

  /**
   * The generic loop. `read` consumes a 2xx response inside the deadline; a failure while
   * reading (connection cut mid-body) counts as a network error and is retried when safe.
   */
  async send<R>(spec: RequestSpec, read: (response: Response, ctx: RequestContext) => Promise<R>): Promise<R> {
    const url = this.url(spec.path, spec.query);
    const ctx: RequestContext = { method: spec.method, url, secrets: this.secrets() };
    const timeout = spec.timeout ?? this.defaultTimeout;
    const deadline = new AbortController();
    const timer = timeout > 0 ? setTimeout(() => deadline.abort(new Error('timeout')), timeout) : undefined;
    const signal = anySignal([spec.signal, deadline.signal])!;
    const retryable = isRetryableRequest(spec.method, Boolean(spec.idempotencyKey));
    const headers: Record<string, string> = { ...spec.headers };
    if (spec.idempotencyKey) headers['idempotency-key'] = spec.idempotencyKey;

    const failFromAbort = (): ApiError => {
      ctx.secrets = this.secrets();
      if (spec.signal?.aborted) return new AbortError({ method: spec.method, url });
      return new TimeoutError({ timeout, method: spec.method, url });
    };

    try {
      for (let attempt = 0; ; attempt++) {
        if (signal.aborted) throw failFromAbort();
        const started = Date.now();
        let response: Response;
        try {
          response = await this.ky(url, {
            method: spec.method,
            headers,
            json: spec.json,
            signal,
          });
        } catch (error) {
          if (signal.aborted || isAbortReason(error, signal)) throw failFromAbort();
          ctx.secrets = this.secrets();
          const networkError = new NetworkError({
            message: `Could not reach the backend (${spec.method} ${new URL(url).pathname})`,
            method: spec.method,
            url,
            cause: sanitizeCause(error, ctx.secrets),
          });
          if (retryable && attempt < this.retry.limit) {
            this.log(`${spec.method} ${url} failed to connect; retrying`, { attempt });
            await sleep(backoffDelay(attempt, this.retry), signal).catch(() => {
              throw failFromAbort();
            });
            continue;
          }
          throw networkError;
        }
        ctx.secrets = this.secrets();
        this.log(`${spec.method} ${url} → ${response.status} (${Date.now() - started} ms)`, {
          attempt,
          requestId: response.headers.get('x-request-id'),
        });

        if (!response.ok) {
          const bodyText = await response.text().catch(() => '');
          if (signal.aborted) throw failFromAbort();
          const error = errorFromResponse(response, bodyText, ctx);
          if (retryable && attempt < this.retry.limit && isRetryableStatus(response.status)) {
            const retryAfter = parseRetryAfter(response.headers.get('retry-after'));
            if (retryAfter != null && retryAfter > this.retry.maxRetryAfterMs) throw error;
            await sleep(retryAfter ?? backoffDelay(attempt, this.retry), signal).catch(() => {
              throw failFromAbort();
            });
            continue;
          }
          throw error;
        }

        try {
          return await read(response, ctx);
        } catch (error) {
          if (error instanceof ApiError) throw error;
          if (signal.aborted) throw failFromAbort();
          const networkError = new NetworkError({
            status: response.status,
            message: `The response to ${spec.method} ${new URL(url).pathname} was cut off before it was complete`,
            requestId: response.headers.get('x-request-id'),
            method: spec.method,
            url,
            cause: sanitizeCause(error, ctx.secrets),
          });
          if (retryable && attempt < this.retry.limit) {
            await sleep(backoffDelay(attempt, this.retry), signal).catch(() => {
              throw failFromAbort();
            });
            continue;
          }
          throw networkError;
        }
      }
    } finally {
      if (timer) clearTimeout(timer);
    }
  }
}
