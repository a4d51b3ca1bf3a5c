import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../context.js';
import type { ConversationEvent } from '../domain.js';
import { eventsFor } from '../generator/events.js';
import { attachment, csvRow } from '../http/csv.js';
import { ApiError } from '../http/errors.js';
import { contractRoute } from '../http/route.js';
import { scriptOf } from '../present/transcript.js';
import { publicId, type ConversationRecord } from '../store/record.js';
import { loadConversation } from './conversations.js';

const DAY = 86_400_000;

export const EVENTS_CSV_HEADER = ['conversationId', 'id', 'type', 'at', 'actor', 'details'];

export function eventsExpired(ctx: AppContext, rec: ConversationRecord): boolean {
  return ctx.now() - rec.startMs > ctx.config.eventsRetentionDays * DAY;
}

/** The conversation's events, or 410 events_expired past the retention window. */
export async function conversationEvents(ctx: AppContext, rec: ConversationRecord): Promise<ConversationEvent[]> {
  if (eventsExpired(ctx, rec)) {
    throw new ApiError('events_expired', `Events are kept for ${ctx.config.eventsRetentionDays} days; this conversation started on ${new Date(rec.startMs).toISOString().slice(0, 10)} and its events are no longer available.`, { retentionDays: ctx.config.eventsRetentionDays });
  }
  return eventsFor(rec, scriptOf(rec), await ctx.store.events(rec.n), ctx.now());
}

export function eventsCsvRows(rec: ConversationRecord, events: readonly ConversationEvent[]): string {
  return events.map((e) => csvRow([publicId(rec.n), e.id, e.type, e.at, e.actor, JSON.stringify(e.details)])).join('');
}

export function eventRoutes(app: FastifyInstance, ctx: AppContext): void {
  contractRoute(app, 'GET', '/v1/conversations/{id}/events', async (req) => {
    const rec = await loadConversation(ctx, (req.params as { id: string }).id);
    return { items: await conversationEvents(ctx, rec) };
  });

  contractRoute(app, 'GET', '/v1/conversations/{id}/events/download', async (req, reply) => {
    const rec = await loadConversation(ctx, (req.params as { id: string }).id);
    const events = await conversationEvents(ctx, rec);
    reply.type('text/csv; charset=utf-8').header('content-disposition', attachment(`events-${publicId(rec.n)}.csv`));
    return csvRow(EVENTS_CSV_HEADER) + eventsCsvRows(rec, events);
  });
}
