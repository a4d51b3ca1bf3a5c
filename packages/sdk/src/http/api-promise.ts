/** `RateLimit-*` headers of an answer (IETF draft names), when the backend sends them. */
export interface RateLimitInfo {
  /** Requests allowed per window. */
  limit: number;
  /** Requests left in the current window. */
  remaining: number;
  /** Seconds until the window resets. */
  resetSeconds: number;
}

/** What a successful answer said besides its body. */
export interface ResponseMeta {
  status: number;
  /** `x-request-id`: quote it when reporting a problem. */
  requestId: string | null;
  /** `ETag` (dispositions: `"v<version>"`). */
  etag: string | null;
  rateLimit: RateLimitInfo | null;
  headers: Headers;
}

export interface WithResponse<T> {
  data: T;
  response: ResponseMeta;
}

function intHeader(headers: Headers, name: string): number | null {
  const value = headers.get(name);
  if (value == null || value.trim() === '') return null;
  const n = Number(value);
  return Number.isFinite(n) ? n : null;
}

export function responseMeta(response: Pick<Response, 'status' | 'headers'>): ResponseMeta {
  const { headers } = response;
  const limit = intHeader(headers, 'ratelimit-limit');
  const remaining = intHeader(headers, 'ratelimit-remaining');
  const reset = intHeader(headers, 'ratelimit-reset');
  return {
    status: response.status,
    requestId: headers.get('x-request-id'),
    etag: headers.get('etag'),
    rateLimit: limit != null && remaining != null ? { limit, remaining, resetSeconds: reset ?? 0 } : null,
    headers,
  };
}

/**
 * The promise every SDK call returns: await it for the data, or call `.withResponse()` for the
 * data and the answer's metadata (request id, ETag, rate limit) — one call style, as in
 * Stripe's and OpenAI's SDKs. The request is sent once, whichever is used.
 */
export class ApiPromise<T> extends Promise<T> {
  private dataPromise: Promise<T> | undefined;

  constructor(private readonly result: Promise<WithResponse<T>>) {
    // The base promise is never observed: then/catch/finally read `result`.
    super((resolve) => resolve(undefined as T));
  }

  // Derived promises (from then/catch) are plain Promises, not ApiPromises.
  static override get [Symbol.species](): PromiseConstructor {
    return Promise;
  }

  /** The data and what the answer said besides it. */
  withResponse(): Promise<WithResponse<T>> {
    return this.result;
  }

  /** Same answer, data transformed (e.g. a list's `items`). */
  map<U>(fn: (data: T, response: ResponseMeta) => U): ApiPromise<U> {
    return new ApiPromise(this.result.then(({ data, response }) => ({ data: fn(data, response), response })));
  }

  private data(): Promise<T> {
    return (this.dataPromise ??= this.result.then((r) => r.data));
  }

  // `reason: any` as in Promise's own signatures, so `.catch((e: ApiError) => …)` type-checks as it does on a Promise.
  /* eslint-disable @typescript-eslint/no-explicit-any */
  override then<A = T, B = never>(onFulfilled?: ((value: T) => A | PromiseLike<A>) | null, onRejected?: ((reason: any) => B | PromiseLike<B>) | null): Promise<A | B> {
    return this.data().then(onFulfilled, onRejected);
  }

  override catch<B = never>(onRejected?: ((reason: any) => B | PromiseLike<B>) | null): Promise<T | B> {
    return this.data().catch(onRejected);
  }
  /* eslint-enable @typescript-eslint/no-explicit-any */

  override finally(onFinally?: (() => void) | null): Promise<T> {
    return this.data().finally(onFinally);
  }
}
