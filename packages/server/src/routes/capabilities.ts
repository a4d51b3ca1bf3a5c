import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../context.js';
import { PERMISSIONS } from '../domain.js';
import { AGENTS, DISPOSITIONS, QUEUES } from '../generator/catalog.js';
import { contractRoute } from '../http/route.js';
import { agentRef } from '../present/conversation.js';

export function capabilityRoutes(app: FastifyInstance, ctx: AppContext): void {
  contractRoute(app, 'GET', '/v1/capabilities', (req) => ({
    user: req.caller.user,
    permissions: PERMISSIONS.filter((p) => req.caller.permissions.has(p)),
    features: {
      fullTextSearch: ctx.search.fullText,
      liveUpdates: ctx.config.live.stream,
      diagnostics: ctx.config.diagnostics,
      recordingFormats: ['flac'],
      maxTranscriptExport: ctx.config.maxTranscriptExport,
      eventsRetentionDays: ctx.config.eventsRetentionDays,
    },
  }));

  contractRoute(app, 'GET', '/v1/queues', () => ({ items: QUEUES.map((q) => ({ id: q.id, name: q.name })) }));
  contractRoute(app, 'GET', '/v1/agents', () => ({ items: AGENTS.map((a) => agentRef(a.id)) }));
  contractRoute(app, 'GET', '/v1/dispositions', () => ({ items: DISPOSITIONS.map((d) => ({ code: d.code, label: d.label })) }));
}
