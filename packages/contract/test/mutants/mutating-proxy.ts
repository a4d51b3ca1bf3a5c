/**
 * A proxy in front of the reference server that breaks one contract rule at a time (the selected
 * mutant), so the conformance kit's own test can prove each rule is actually checked.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import type { Mutant } from './mutants.ts';

export interface ProxiedRequest {
  method: string;
  url: URL;
  headers: Record<string, string>;
  body: Buffer;
  /** The bearer token the client sent. */
  token: string | null;
}

export interface ProxiedResponse {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

export interface ProxyContext {
  /** The reference server's tokens (a mutant may act as another user). */
  tokens: { viewer: string; analyst: string; admin: string };
  /** State a mutant keeps across requests (e.g. which filters were ever marked default). */
  memory: Map<string, unknown>;
  /** Sends a request to the reference server directly. */
  upstream(method: string, path: string, token: string): Promise<Response>;
}

export interface MutatingProxy {
  baseUrl: string;
  /** The rule broken now; null passes everything through unchanged. */
  mutant: Mutant | null;
  close(): Promise<void>;
}

const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'transfer-encoding', 'content-length', 'content-encoding', 'host']);

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

export async function startMutatingProxy(upstreamUrl: string, tokens: ProxyContext['tokens']): Promise<MutatingProxy> {
  const base = upstreamUrl.replace(/\/+$/, '');
  const ctx: ProxyContext = {
    tokens,
    memory: new Map(),
    upstream: (method, path, token) => fetch(base + path, { method, headers: { authorization: `Bearer ${token}` } }),
  };
  const state: MutatingProxy = { baseUrl: '', mutant: null, close: async () => undefined };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries(req.headers)) if (v !== undefined && !HOP_BY_HOP.has(k)) headers[k] = Array.isArray(v) ? v.join(', ') : v;
    const auth = /^Bearer (.+)$/.exec(headers.authorization ?? '');
    const request: ProxiedRequest = { method: req.method ?? 'GET', url: new URL(req.url ?? '/', base), headers, body: await readBody(req), token: auth?.[1] ?? null };
    const mutant = state.mutant;
    const direct = mutant?.request ? await mutant.request(request, ctx) : undefined;
    if (direct) return send(res, direct);
    if (request.token) request.headers.authorization = `Bearer ${request.token}`;
    const controller = new AbortController();
    res.on('close', () => controller.abort());
    let upstream: Response;
    try {
      upstream = await fetch(base + request.url.pathname + request.url.search, {
        method: request.method,
        headers: request.headers,
        body: request.body.length ? new Uint8Array(request.body) : undefined,
        signal: controller.signal,
        redirect: 'manual',
      });
    } catch {
      if (!res.headersSent) send(res, { status: 502, headers: { 'content-type': 'text/plain' }, body: Buffer.from('upstream failed') });
      return;
    }
    const outHeaders: Record<string, string> = {};
    upstream.headers.forEach((v, k) => {
      if (!HOP_BY_HOP.has(k)) outHeaders[k] = v;
    });
    // Event streams pass through as they come.
    if ((outHeaders['content-type'] ?? '').includes('text/event-stream') && upstream.body) {
      res.writeHead(upstream.status, outHeaders);
      Readable.fromWeb(upstream.body as import('node:stream/web').ReadableStream).on('error', () => res.destroy()).pipe(res);
      return;
    }
    let response: ProxiedResponse = { status: upstream.status, headers: outHeaders, body: Buffer.from(await upstream.arrayBuffer()) };
    if (mutant?.response) response = (await mutant.response(request, response, ctx)) ?? response;
    send(res, response);
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) send(res, { status: 500, headers: { 'content-type': 'text/plain' }, body: Buffer.from(String(error)) });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  state.baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  state.close = () =>
    new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return state;
}

function send(res: ServerResponse, r: ProxiedResponse): void {
  res.writeHead(r.status, { ...r.headers, 'content-length': String(r.body.length) });
  res.end(r.body);
}
