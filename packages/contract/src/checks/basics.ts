import { check } from '../types.js';
import type { Check } from './check.js';

const PERMISSIONS = [
  'recordings.download', 'transcripts.download', 'pii.view', 'dispositions.edit', 'events.view',
  'exports.run', 'supervisor.act', 'diagnostics.view', 'filters.manage',
];

export const basicChecks: Check[] = [
  {
    id: 'capabilities.shape',
    title: 'GET /v1/capabilities matches Capabilities for every given token',
    async run(ctx) {
      for (const token of new Set([ctx.tokens.any, ctx.tokens.privileged, ctx.tokens.unprivileged].filter(Boolean) as string[])) {
        const caps = await ctx.capabilities(token);
        check(caps.permissions.every((p) => PERMISSIONS.includes(p)), 'unknown permission in capabilities');
      }
    },
  },
  {
    id: 'capabilities.privileged',
    title: 'The privileged token holds more permissions than the unprivileged one',
    async run(ctx) {
      const unprivileged = ctx.unprivileged();
      const [p, u] = [await ctx.privilegedCaps(), await ctx.capabilities(unprivileged)];
      check(p.permissions.length > u.permissions.length, `privileged has ${p.permissions.length} permissions, unprivileged ${u.permissions.length}`);
    },
  },
  {
    id: 'errors.unauthorized',
    title: 'No token or an unknown token answers 401 unauthorized with ErrorBody',
    async run(ctx) {
      ctx.http.expectError(await ctx.call({ op: 'listConversations', token: null }), 401, 'unauthorized');
      ctx.http.expectError(await ctx.call({ op: 'getCapabilities', token: 'conformance-not-a-token' }), 401, 'unauthorized');
    },
  },
  {
    id: 'errors.not-found',
    title: 'Unknown conversation and unknown route answer 404 not_found with ErrorBody',
    async run(ctx) {
      ctx.http.expectError(await ctx.call({ op: 'getConversation', params: { id: 'conformance-missing-id' } }), 404, 'not_found');
      const res = await ctx.http.raw('GET', '/v1/conformance-no-such-route', { token: ctx.tokens.privileged });
      const text = await res.text();
      check(res.status === 404, `unknown route answered ${res.status}`);
      const problems = ctx.contract.problems('ErrorBody', safeJson(text));
      check(problems.length === 0, `unknown route body is not ErrorBody: ${problems.join('; ')}`);
    },
  },
  {
    id: 'errors.validation',
    title: 'Bad parameters answer 400 validation_failed naming the field (limit, sort, tag, csat, cursor)',
    async run(ctx) {
      const cases: [Record<string, string | string[]>, string][] = [
        [{ limit: '0' }, 'limit'],
        [{ limit: '201' }, 'limit'],
        [{ sort: 'duration:sideways' }, 'sort'],
        [{ csatMin: '9' }, 'csatMin'],
        [{ channel: 'carrier-pigeon' }, 'channel'],
        [{ tag: ['a:contains:1', 'b:contains:2', 'c:contains:3', 'd:contains:4', 'e:contains:5', 'f:contains:6'] }, 'tag'],
        [{ tag: 'no-operator' }, 'tag'],
        [{ cursor: '%%%not-a-cursor%%%' }, 'cursor'],
      ];
      for (const [query, field] of cases) {
        const error = ctx.http.expectError(await ctx.call({ op: 'listConversations', query }), 400, 'validation_failed');
        const fields = (error.details?.fields ?? []) as { name: string }[];
        check(Array.isArray(fields) && fields.some((f) => f.name.includes(field)), `${JSON.stringify(query)}: details.fields does not name "${field}" (${JSON.stringify(fields)})`);
      }
    },
  },
  {
    id: 'errors.request-id',
    title: 'Every response carries x-request-id',
    async run(ctx) {
      for (const op of ['getCapabilities', 'listConversations', 'listQueues'] as const) {
        const res = await ctx.call({ op });
        check(res.headers.get('x-request-id'), `${op} has no x-request-id header`);
      }
    },
  },
  {
    id: 'catalogue.smart-statuses',
    title: 'GET /v1/catalogue lists every SmartStatus the backend returns',
    async run(ctx) {
      const catalogue = ctx.http.expectOk(await ctx.call({ op: 'getCatalogue' })) as { smartStatuses: string[] };
      const seen = new Set<string>();
      let cursor: string | undefined;
      for (let i = 0; i < 3; i++) {
        const page = await ctx.list({ limit: 200, cursor });
        for (const c of page.items) seen.add(String(c.smartStatus));
        if (!page.nextCursor) break;
        cursor = page.nextCursor;
      }
      const missing = [...seen].filter((s) => !catalogue.smartStatuses.includes(s));
      check(missing.length === 0, `SmartStatus values missing from /v1/catalogue: ${missing.join(', ')}`);
    },
  },
  {
    id: 'catalogues.shape',
    title: 'Queues, agents and disposition codes match the contract',
    async run(ctx) {
      for (const op of ['listQueues', 'listAgents', 'listDispositionCodes']) ctx.http.expectOk(await ctx.call({ op }));
    },
  },
];

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
