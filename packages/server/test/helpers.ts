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
