import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../context.js';
import { canViewPii } from '../http/auth.js';
import { invalid, notFound } from '../http/errors.js';
import { queryFromParams } from '../http/query-params.js';
import { contractRoute } from '../http/route.js';
import { toConversation, toSummary } from '../present/conversation.js';
import { decodeKeyset, encodeKeyset, type ConversationQuery, type SortOrder } from '../store/query.js';
import { parsePublicId, type ConversationRecord } from '../store/record.js';
import { TotalCache } from './total-cache.js';
import { advanceRecording, recordingSnapshot } from '../recordings/state-machine.js';

/** Loads a conversation by its public ID (recording state brought up to date) or answers 404. */
export async function loadConversation(ctx: AppContext, id: string): Promise<ConversationRecord> {
  const n = parsePublicId(id);
  const rec = n === null ? null : await ctx.store.get(n);
  if (!rec) throw notFound(`Conversation ${id}`);
  return refreshRecording(ctx, rec);
}

/** Applies recording transitions that are due (the state machine is evaluated lazily) and saves them. */
export async function refreshRecording(ctx: AppContext, rec: ConversationRecord): Promise<ConversationRecord> {
  const before = recordingSnapshot(rec);
  if (rec.channel === 'voice' && advanceRecording(rec, ctx.now(), ctx.config.recordings.fetchSuccessRate)) await ctx.store.updateRecording(rec, before);
  return rec;
}

export function conversationRoutes(app: FastifyInstance, ctx: AppContext): void {
  const totals = new TotalCache((q: ConversationQuery, cap: number) => ctx.store.count(q, cap));

  contractRoute(app, 'GET', '/v1/conversations', async (req) => {
    const params = req.query as Record<string, unknown>;
    const limit = (params.limit as number | undefined) ?? 50;
    const sort = ((params.sort as string | undefined) ?? 'startTime:desc') as SortOrder;
    let after = null;
    if (typeof params.cursor === 'string') {
      after = decodeKeyset(params.cursor);
      if (!after) throw invalid('cursor', 'is not a cursor returned by this API');
    }
    const query = queryFromParams(params);
    const page = await ctx.store.list(query, sort, limit, after);
    const now = ctx.now();
    const viewer = { canViewPii: canViewPii(req.caller) };
    const body: Record<string, unknown> = {
      items: await Promise.all(page.records.map(async (r) => toSummary(await refreshRecording(ctx, r), viewer, now))),
      nextCursor: page.next ? encodeKeyset(page.next) : null,
    };
    // The total is counted on the first page only (later pages already know it) and cached briefly.
    if (!after && ctx.config.listTotals) {
      const { total, totalIsLowerBound } = await totals.get(query, now);
      body.total = total;
      body.totalIsLowerBound = totalIsLowerBound;
    }
    return body;
  });

  contractRoute(app, 'GET', '/v1/conversations/{id}', async (req) => {
    const { id } = req.params as { id: string };
    const rec = await loadConversation(ctx, id);
    return toConversation(rec, { canViewPii: canViewPii(req.caller) }, ctx.now());
  });
}
