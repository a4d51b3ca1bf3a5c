import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../context.js';
import { canViewPii } from '../http/auth.js';
import { queryFromParams } from '../http/query-params.js';
import { contractRoute } from '../http/route.js';
import { toSummary } from '../present/conversation.js';
import { highlightsFor } from '../search/highlight.js';
import { refreshRecording } from './conversations.js';
import type { SearchSort } from '../search/search.js';

export function searchRoutes(app: FastifyInstance, ctx: AppContext): void {
  contractRoute(app, 'GET', '/v1/search', async (req) => {
    const params = req.query as Record<string, unknown>;
    const page = await ctx.search.search({
      q: String(params.q),
      sort: ((params.sort as string | undefined) ?? 'relevance') as SearchSort,
      limit: (params.limit as number | undefined) ?? 50,
      cursor: typeof params.cursor === 'string' ? params.cursor : null,
      query: queryFromParams(params),
      canViewPii: canViewPii(req.caller),
    });
    const viewer = { canViewPii: canViewPii(req.caller) };
    const now = ctx.now();
    const records = new Map((await ctx.store.getMany(page.hits.map((h) => h.n))).map((r) => [r.n, r]));
    return {
      items: (await Promise.all(page.hits.map(async (h) => {
        const rec = records.get(h.n);
        if (!rec) return [];
        return [{ conversation: toSummary(await refreshRecording(ctx, rec), viewer, now), score: h.score, tier: h.tier, highlights: highlightsFor(rec, page.highlight, viewer, now) }];
      }))).flat(),
      total: page.total,
      totalIsLowerBound: page.totalIsLowerBound,
      nextCursor: page.nextCursor,
    };
  });
}
