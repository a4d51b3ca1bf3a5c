import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { RouteAuth } from './auth.js';
import { IdempotencyCache } from './idempotency.js';
import { operationMediaRepresentation, operationPermissions, operationSchema } from './openapi.js';

const idempotency = new IdempotencyCache();

export type Handler = (req: FastifyRequest, reply: FastifyReply) => unknown;

/**
 * Registers one operation of the contract: the path, request schema and required permissions
 * all come from openapi.yaml, so the server cannot drift from it silently.
 */
export function contractRoute(app: FastifyInstance, method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', openapiRoute: string, handler: Handler): void {
  const auth: RouteAuth = { permissions: operationPermissions(method, openapiRoute), media: operationMediaRepresentation(method, openapiRoute) };
  const schema = operationSchema(method, openapiRoute);
  app.route({
    method,
    url: openapiRoute.replace(/\{(\w+)\}/g, ':$1'),
    schema,
    // Read by protectRoute (app.ts attaches it to every /v1 route): token and permissions before the body is read.
    config: { auth },
    handler: async (req, reply) => {
      const key = req.headers['idempotency-key'];
      if (typeof key !== 'string' || method === 'GET') return handler(req, reply);
      // Replays only JSON answers: file exports have no side effect and simply run again.
      const cacheKey = `${req.caller.user.id} ${method} ${req.url} ${key}`;
      const hit = idempotency.get(cacheKey, Date.now());
      if (hit) return reply.code(hit.status).header('idempotent-replayed', 'true').send(hit.body);
      const body = await handler(req, reply);
      if (body !== undefined && body !== null && typeof body === 'object' && !('pipe' in body) && !Buffer.isBuffer(body) && reply.statusCode < 300) {
        idempotency.set(cacheKey, reply.statusCode, body, Date.now());
      }
      return body;
    },
  });
}
