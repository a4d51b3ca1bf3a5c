import { ApiError, InvalidResponseError, RateLimitError } from '../errors.js';
import type { Transport } from '../http/transport.js';
import { sleep } from '../http/retry.js';
import type { LiveEvent, LiveEventType } from '../types.js';
import { SseParser } from './sse-parser.js';

/** One live update. */
export interface LiveMessage {
  /** The SSE `id:`; pass it as `lastEventId` to resume after it. */
  id: string | null;
  type: LiveEventType;
  data: LiveEvent;
}

export interface ReconnectOptions {
  /** First reconnection delay when the server sent no `retry:`. Default 1000 ms. */
  initialDelayMs?: number;
  /** Cap for the doubling delay after consecutive failures. Default 30000 ms. */
  maxDelayMs?: number;
  /** Give up after this many consecutive failed connection attempts. Default: never. */
  maxAttempts?: number;
}

export interface LiveSubscribeOptions {
  onEvent(message: LiveMessage): void;
  /** Called on every (re)connection. */
  onOpen?(): void;
  /**
   * Called on every failure. `willRetry` false means the subscription ended (401, 403, live updates
   * off, or `maxAttempts` reached).
   */
  onError?(error: ApiError, info: { willRetry: boolean; delayMs: number | null }): void;
  /** Resume after this event ID. */
  lastEventId?: string;
  signal?: AbortSignal;
  reconnect?: ReconnectOptions;
  /** Time allowed to establish each connection (not the stream's lifetime). Default: the client's timeout. */
  connectTimeout?: number;
}

export interface LiveSubscription {
  /** Stops the stream; no further callbacks. */
  close(): void;
  /** The last event ID received (what a reconnection sends as `Last-Event-ID`). */
  readonly lastEventId: string | null;
  /** Settles when the subscription has ended (closed, aborted or a final error). */
  readonly done: Promise<void>;
}

/** 408, 429 and 5xx and network failures are worth reconnecting after; other 4xx will not get better. */
function isTransient(error: ApiError): boolean {
  return error.status === 0 || error.status === 408 || error.status === 429 || error.status >= 500;
}

/**
 * A fetch-streaming EventSource: works in Node 20 and browsers, sends the Authorization header
 * (which the browser's EventSource cannot), reconnects with backoff and resumes with `Last-Event-ID`.
 */
export function subscribeLive(transport: Transport, options: LiveSubscribeOptions): LiveSubscription {
  const controller = new AbortController();
  const signal = options.signal ? AbortSignal.any([options.signal, controller.signal]) : controller.signal;
  const initialDelay = options.reconnect?.initialDelayMs ?? 1000;
  const maxDelay = options.reconnect?.maxDelayMs ?? 30_000;
  const maxAttempts = options.reconnect?.maxAttempts ?? Number.POSITIVE_INFINITY;
  let lastEventId: string | null = options.lastEventId ?? null;
  let serverRetry: number | null = null;

  const run = async (): Promise<void> => {
    let failures = 0;
    while (!signal.aborted) {
      let error: ApiError | null = null;
      try {
        // Only CORS-safelisted headers besides the contract's: a `Cache-Control` request header would fail
        // the preflight of a cross-origin backend (the server marks the stream `no-cache` itself).
        const headers: Record<string, string> = { accept: 'text/event-stream' };
        if (lastEventId) headers['last-event-id'] = lastEventId;
        const response = await transport.send(
          { method: 'GET', path: '/v1/live', headers, signal, timeout: options.connectTimeout },
          async (r) => r,
        );
        const type = response.headers.get('content-type') ?? '';
        if (!response.body || !/text\/event-stream/i.test(type)) {
          await response.body?.cancel().catch(() => undefined);
          // Not an event stream (a proxy's page, a JSON answer): reconnecting would not help.
          throw new InvalidResponseError({ status: response.status, code: 'invalid_response', message: `Live updates answered "${type || 'no content type'}" instead of an event stream` });
        }
        failures = 0;
        options.onOpen?.();
        await readStream(response.body, signal);
        if (signal.aborted) break;
        // The server ended the stream cleanly: reconnect and resume.
      } catch (caught) {
        if (signal.aborted) break;
        error = caught instanceof ApiError ? caught : new ApiError({ status: 0, code: 'network_error', message: 'Live stream failed' });
        failures++;
      }
      if (error && (!isTransient(error) || failures >= maxAttempts)) {
        options.onError?.(error, { willRetry: false, delayMs: null });
        return;
      }
      const backoff = Math.min(maxDelay, (serverRetry ?? initialDelay) * 2 ** Math.max(0, failures - 1));
      const delay = error instanceof RateLimitError && error.retryAfter != null ? Math.max(backoff, error.retryAfter * 1000) : backoff;
      if (error) options.onError?.(error, { willRetry: true, delayMs: delay });
      try {
        await sleep(error ? delay : serverRetry ?? initialDelay, signal);
      } catch {
        break;
      }
    }
  };

  const readStream = async (body: ReadableStream<Uint8Array>, streamSignal: AbortSignal): Promise<void> => {
    const parser = new SseParser(
      {
        onRetry: (ms) => {
          serverRetry = ms;
        },
        onEvent: (event) => {
          lastEventId = event.lastEventId || lastEventId;
          let data: LiveEvent;
          try {
            data = JSON.parse(event.data) as LiveEvent;
          } catch {
            options.onError?.(
              new InvalidResponseError({ status: 200, code: 'invalid_response', message: 'A live event carried data that is not JSON' }),
              { willRetry: true, delayMs: 0 },
            );
            return;
          }
          const type = (event.event !== 'message' ? event.event : data.type) as LiveEventType;
          if (!streamSignal.aborted) options.onEvent({ id: event.lastEventId || null, type, data });
        },
      },
      lastEventId ?? '',
    );
    const reader = body.getReader();
    const decoder = new TextDecoder();
    const onAbort = () => void reader.cancel().catch(() => undefined);
    streamSignal.addEventListener('abort', onAbort, { once: true });
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        parser.push(decoder.decode(value, { stream: true }));
      }
      parser.push(decoder.decode());
      parser.end();
    } finally {
      streamSignal.removeEventListener('abort', onAbort);
      reader.releaseLock();
    }
  };

  const done = run().catch(() => undefined);
  return {
    close: () => controller.abort(),
    get lastEventId() {
      return lastEventId;
    },
    done,
  };
}

/** The same stream as an async iterator; `break` or the signal ends it, a final error is thrown. */
export async function* streamLive(
  transport: Transport,
  options: Omit<LiveSubscribeOptions, 'onEvent' | 'onError'> & { onError?: LiveSubscribeOptions['onError'] } = {},
): AsyncGenerator<LiveMessage, void, undefined> {
  const queue: LiveMessage[] = [];
  let wake: (() => void) | null = null;
  let finalError: ApiError | null = null;
  let ended = false;
  const notify = () => {
    wake?.();
    wake = null;
  };
  const subscription = subscribeLive(transport, {
    ...options,
    onEvent: (message) => {
      queue.push(message);
      notify();
    },
    onError: (error, info) => {
      options.onError?.(error, info);
      if (!info.willRetry) finalError = error;
    },
  });
  void subscription.done.then(() => {
    ended = true;
    notify();
  });
  try {
    for (;;) {
      while (queue.length > 0) yield queue.shift()!;
      if (ended) break;
      await new Promise<void>((resolve) => {
        wake = resolve;
      });
    }
    if (finalError) throw finalError;
  } finally {
    subscription.close();
  }
}
