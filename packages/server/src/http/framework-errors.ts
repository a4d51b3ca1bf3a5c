/**
 * Failures that happen before a request reaches a route, answered with the contract's error
 * body like every other failure: malformed %-encoding, over-long path segments (414), oversized
 * headers (431), wrong methods (405) and unknown routes (404). Nothing echoes the URL back.
 */
import { randomUUID } from 'node:crypto';
import type { Socket } from 'node:net';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { errorBody } from './errors.js';

/** The longest request target served (longer: 414); Node itself refuses headers past 16 KB (431). */
export const MAX_URL_LENGTH = 8192;

export function newRequestId(): string {
  return `req_${randomUUID().replaceAll('-', '').slice(0, 20)}`;
}

/** Fastify's `frameworkErrors`: router failures before any route or hook runs. */
export function frameworkErrors(error: FastifyError, req: FastifyRequest, reply: FastifyReply): void {
  const requestId = String(req.id);
  reply.header('x-request-id', requestId);
  if (error.code === 'FST_ERR_MAX_PARAM_LENGTH') {
    reply.code(414).send(errorBody('uri_too_long', 'A path segment is too long', requestId));
  } else if (error.code === 'FST_ERR_BAD_URL') {
    reply.code(400).send(errorBody('validation_failed', 'Invalid url: is not valid percent-encoding', requestId, { fields: [{ name: 'url', message: 'is not valid percent-encoding' }] }));
  } else {
    reply.code(500).send(errorBody('internal', 'Something went wrong on our side. Please try again.', requestId));
  }
}

const CLIENT_ERRORS: Record<string, [number, string, string, string]> = {
  HPE_HEADER_OVERFLOW: [431, 'Request Header Fields Too Large', 'headers_too_large', 'The request headers (or the URL) are too large'],
  HPE_URI_OVERFLOW: [414, 'URI Too Long', 'uri_too_long', 'The URL is too long'],
};

/** Node's `clientError`: the request could not even be parsed, so there is no Fastify request. */
export function clientErrorHandler(err: Error & { code?: string }, socket: Socket): void {
  if (err.code === 'ECONNRESET' || socket.destroyed) return;
  if (err.code === 'ERR_HTTP_REQUEST_TIMEOUT') {
    socket.destroy(err);
    return;
  }
  const [status, reason, code, message] = CLIENT_ERRORS[err.code ?? ''] ?? [400, 'Bad Request', 'validation_failed', 'The request is malformed'];
  const requestId = newRequestId();
  const body = JSON.stringify(errorBody(code, message, requestId));
  socket.end(
    `HTTP/1.1 ${status} ${reason}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\n` +
      `x-request-id: ${requestId}\r\nConnection: close\r\n\r\n${body}`,
  );
}

/**
 * Remembers every route's pattern so the not-found handler can tell "no such path" (404)
 * from "no such method on this path" (405 with `Allow`). Register before the routes.
 */
export class RouteTable {
  private readonly routes: { pattern: RegExp; method: string }[] = [];

  constructor(app: FastifyInstance) {
    app.addHook('onRoute', (route) => {
      if (route.url.includes('*')) return;
      const pattern = new RegExp(`^${route.url.split('/').map((s) => (s.startsWith(':') ? '[^/]+' : s.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))).join('/')}/?$`);
      for (const method of Array.isArray(route.method) ? route.method : [route.method]) this.routes.push({ pattern, method });
    });
  }

  /** Methods some route answers for this (decoded) path. */
  methodsFor(path: string): string[] {
    return [...new Set(this.routes.filter((r) => r.pattern.test(path)).map((r) => r.method))];
  }
}

/** The path the router matched, decoded; null when it is not valid percent-encoding. */
export function decodedPath(url: string): string | null {
  try {
    return decodeURIComponent(url.split('?')[0]);
  } catch {
    return null;
  }
}
