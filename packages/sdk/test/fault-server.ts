/**
 * A tiny scriptable HTTP server (plain node:http) that misbehaves on purpose: slow or hanging
 * responses, 5xx, 429 with Retry-After, malformed JSON, bodies cut off mid-way, reset connections,
 * and SSE streams. Each test queues the behaviours it wants; every request is recorded.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export type Behaviour =
  | { status?: number; json?: unknown; body?: string; headers?: Record<string, string>; delayMs?: number }
  | { hang: true }
  | { truncate: string; declaredLength: number; status?: number }
  | { stall: string }
  | { destroy: true }
  | { sse: string[]; end?: boolean; status?: number };

export interface RecordedRequest {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
  at: number;
}

export interface FaultServer {
  baseUrl: string;
  requests: RecordedRequest[];
  /** Queue behaviours; once the queue is empty, `fallback` answers. */
  queue(...behaviours: Behaviour[]): void;
  fallback: Behaviour;
  close(): Promise<void>;
}

export async function startFaultServer(): Promise<FaultServer> {
  const pending: Behaviour[] = [];
  const sockets = new Set<Socket>();
  const state: FaultServer = {
    baseUrl: '',
    requests: [],
    queue: (...b) => pending.push(...b),
    fallback: { status: 200, json: { ok: true } },
    close: async () => {
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    state.requests.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks).toString(), at: Date.now() });
    const b = pending.shift() ?? state.fallback;

    if ('hang' in b) return; // never answer
    if ('destroy' in b) return req.socket.destroy();
    if ('truncate' in b) {
      res.writeHead(b.status ?? 200, { 'content-type': 'application/json', 'content-length': String(b.declaredLength) });
      res.write(b.truncate);
      setTimeout(() => req.socket.destroy(), 10);
      return;
    }
    if ('stall' in b) {
      // Headers and part of the body, then silence with the socket left open.
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': '100000' });
      res.write(b.stall);
      return;
    }
    if ('sse' in b) {
      res.writeHead(b.status ?? 200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
      for (const frame of b.sse) res.write(frame);
      if (b.end) res.end();
      return;
    }
    if (b.delayMs) await new Promise((r) => setTimeout(r, b.delayMs));
    const body = b.body ?? (b.json !== undefined ? JSON.stringify(b.json) : '');
    res.writeHead(b.status ?? 200, {
      'content-type': b.json !== undefined ? 'application/json' : 'text/plain',
      'x-request-id': 'req_fault',
      ...b.headers,
    });
    res.end(body);
  };

  const server = createServer((req, res) => {
    handle(req, res).catch(() => res.destroy());
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  state.baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return state;
}

export function errorBody(code: string, message: string, details?: Record<string, unknown>) {
  return { error: { code, message, requestId: 'req_fault', ...(details ? { details } : {}) } };
}
