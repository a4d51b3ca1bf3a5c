import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { requirePermissions } from './auth.js';
import { operationPermissions, operationSchema } from './openapi.js';

export type Handler = (req: FastifyRequest, reply: FastifyReply) => unknown;

/**
 * Registers one operation of the contract: the path, request schema and required permissions
 * all come from openapi.yaml, so the server cannot drift from it silently.
 */
export function contractRoute(app: FastifyInstance, method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', openapiRoute: string, handler: Handler): void {
  const permissions = operationPermissions(method, openapiRoute);
  const schema = operationSchema(method, openapiRoute);
  app.route({
    method,
    url: openapiRoute.replace(/\{(\w+)\}/g, ':$1'),
    schema,
    // Permission before validation: a caller who may not act learns nothing from field errors.
    preValidation: async (req) => requirePermissions(req.caller, permissions),
    handler: async (req, reply) => handler(req, reply),
  });
}
