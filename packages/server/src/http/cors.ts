/**
 * CORS for the API. Callers authenticate with a bearer token in a header, never with cookies, so
 * `Access-Control-Allow-Credentials` is never sent: no origin can make a browser send credentials.
 * `corsAllowedOrigins: ["*"]` lets any origin call the API (it still needs a token); a list
 * allows only those origins (answered with the matching origin and `Vary: Origin`).
 */
import type { FastifyReply, FastifyRequest } from 'fastify';

const EXPOSED = 'ETag, x-request-id, Content-Disposition, Content-Range, Accept-Ranges, Content-Length, Retry-After, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset';
const ALLOWED_HEADERS = 'Authorization, Content-Type, If-Match, Idempotency-Key, Last-Event-ID, Range';
const ALLOWED_METHODS = 'GET, POST, PUT, PATCH, DELETE, OPTIONS';

export class CorsPolicy {
  private readonly any: boolean;
  private readonly origins: ReadonlySet<string>;

  constructor(allowed: readonly string[]) {
    this.any = allowed.includes('*');
    this.origins = new Set(allowed.filter((o) => o !== '*').map((o) => o.replace(/\/+$/, '').toLowerCase()));
  }

  /** The `Access-Control-Allow-Origin` value for a request's Origin, or null (no CORS headers). */
  allowOrigin(origin: string | undefined): string | null {
    if (this.any) return '*';
    if (origin === undefined) return null;
    return this.origins.has(origin.toLowerCase()) ? origin : null;
  }

  apply(req: FastifyRequest, reply: FastifyReply): void {
    if (!this.any) reply.header('vary', 'Origin');
    const origin = this.allowOrigin(req.headers.origin);
    if (origin === null) return;
    reply.header('access-control-allow-origin', origin).header('access-control-expose-headers', EXPOSED);
  }

  /** Answers a preflight: fixed lists of methods and headers, never the request's own list echoed back. */
  preflight(req: FastifyRequest, reply: FastifyReply): void {
    this.apply(req, reply);
    reply.header('access-control-allow-methods', ALLOWED_METHODS).header('access-control-allow-headers', ALLOWED_HEADERS).header('access-control-max-age', '600').code(204).send();
  }
}
