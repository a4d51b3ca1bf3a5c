import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../context.js';
import { contractRoute } from '../http/route.js';

/** `GET /v1/catalogue`: the enumerations whose values differ per backend (SmartStatus), from the backend's configuration. */
export function catalogueRoutes(app: FastifyInstance, ctx: AppContext): void {
  contractRoute(app, 'GET', '/v1/catalogue', () => ({ smartStatuses: [...ctx.config.smartStatuses] }));
}
