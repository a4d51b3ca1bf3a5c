import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { RouteAuth } from './auth.js';
import { withIdempotency } from './idempotency.js';
import { operationMediaRepresentation, operationPermissions, operationSchema } from './openapi.js';

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
    handler: async (req, reply) => withIdempotency(req, reply, async () => handler(req, reply)),
  });
}
