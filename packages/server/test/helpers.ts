import type { TestServer } from '../src/testing.js';

export interface Answer<T = any> {
  status: number;
  headers: Headers;
  body: T;
  text: string;
  bytes: Uint8Array;
}

/** A tiny client for tests: `call(server, 'admin', 'GET', '/v1/…')`. */
export async function call<T = any>(
  server: TestServer,
  who: keyof TestServer['tokens'] | null,
  method: string,
  path: string,
  options: { json?: unknown; headers?: Record<string, string>; body?: string } = {},
): Promise<Answer<T>> {
  const headers: Record<string, string> = { ...options.headers };
  if (who) headers.authorization = `Bearer ${server.tokens[who]}`;
  let body = options.body;
  if (options.json !== undefined) {
    body = JSON.stringify(options.json);
    headers['content-type'] ??= 'application/json';
  }
  const res = await fetch(server.baseUrl + path, { method, headers, body });
  const bytes = new Uint8Array(await res.arrayBuffer());
  const text = new TextDecoder().decode(bytes);
  let parsed: unknown = undefined;
  if ((res.headers.get('content-type') ?? '').includes('json')) parsed = JSON.parse(text);
  return { status: res.status, headers: res.headers, body: parsed as T, text, bytes };
}

export const get = <T = any>(server: TestServer, who: keyof TestServer['tokens'] | null, path: string, headers?: Record<string, string>) =>
  call<T>(server, who, 'GET', path, { headers });

/** First conversation (newest first) matching the query string and predicate, scanning a few pages. */
export async function findConversation(server: TestServer, query: string, predicate: (c: any) => boolean = () => true): Promise<any> {
  let cursor = '';
  for (let i = 0; i < 20; i++) {
    const page = await get(server, 'admin', `/v1/conversations?limit=200&${query}${cursor ? `&cursor=${cursor}` : ''}`);
    const hit = page.body.items.find(predicate);
    if (hit) return hit;
    if (!page.body.nextCursor) break;
    cursor = page.body.nextCursor;
  }
  throw new Error(`no conversation for ${query}`);
}

export interface LiveFrame {
  id: string;
  event: string;
  data: any;
}

/**
 * Opens `/v1/live` and collects server-sent events until `until` holds or `timeoutMs` passes.
 * `onOpen` runs once the stream is open (subscribed), e.g. to make the change being watched.
 */
export async function readLive(
  server: TestServer,
  who: keyof TestServer['tokens'],
  until: (frames: LiveFrame[]) => boolean,
  opts: { lastEventId?: string; timeoutMs?: number; onOpen?: () => unknown } = {},
): Promise<LiveFrame[]> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), opts.timeoutMs ?? 10_000);
  const headers: Record<string, string> = { authorization: `Bearer ${server.tokens[who]}`, accept: 'text/event-stream' };
  if (opts.lastEventId) headers['last-event-id'] = opts.lastEventId;
  const frames: LiveFrame[] = [];
  try {
    const res = await fetch(`${server.baseUrl}/v1/live`, { headers, signal: controller.signal });
    if (res.status !== 200) throw new Error(`/v1/live answered ${res.status}`);
    // The stream writes its first bytes once subscribed; wait for them before acting.
    const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = '';
    let opened = false;
    while (!until(frames)) {
      const { value, done } = await reader.read();
      if (done) break;
      buffer += value;
      if (!opened) {
        opened = true;
        await opts.onOpen?.();
      }
      let cut: number;
      while ((cut = buffer.indexOf('\n\n')) >= 0) {
        const block = buffer.slice(0, cut);
        buffer = buffer.slice(cut + 2);
        const fields = Object.fromEntries(block.split('\n').filter((l) => !l.startsWith(':')).map((l) => [l.slice(0, l.indexOf(':')), l.slice(l.indexOf(':') + 1).trimStart()]));
        if (fields.data) frames.push({ id: fields.id, event: fields.event, data: JSON.parse(fields.data) });
      }
    }
  } catch (error) {
    if (!controller.signal.aborted) throw error;
  } finally {
    clearTimeout(timer);
    controller.abort();
  }
  return frames;
}

/**
 * A PostgreSQL cluster for tests that need one: `$CK_TEST_POSTGRES_URL` (the test script starts a
 * throwaway cluster and sets it), else a throwaway cluster of this process, stopped by `stop()`.
 */
export async function postgresCluster(): Promise<{ url: string; stop(): Promise<void> }> {
  const given = process.env.CK_TEST_POSTGRES_URL;
  if (given) return { url: given, stop: async () => undefined };
  // @ts-expect-error -- a plain .mjs script without type declarations
  const { startPostgresCluster } = (await import('../../../scripts/postgres-cluster.mjs')) as { startPostgresCluster(): Promise<{ url: string; stop(): Promise<void> }> };
  return startPostgresCluster();
}
