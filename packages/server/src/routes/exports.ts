import { PassThrough, Readable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { Zip, ZipDeflate, strToU8 } from 'fflate';
import type { AppContext } from '../context.js';
import { canViewPii } from '../http/auth.js';
import { attachment, csvRow } from '../http/csv.js';
import { ApiError, invalid } from '../http/errors.js';
import { checkQuery } from '../http/query-params.js';
import { contractRoute } from '../http/route.js';
import { toConversation, type Viewer } from '../present/conversation.js';
import { transcriptFor } from '../present/transcript.js';
import type { ConversationQuery } from '../store/query.js';
import { parsePublicId, type ConversationRecord } from '../store/record.js';
import { TimeSlice, sliced } from '../util/cooperative.js';
import { EVENTS_CSV_HEADER, conversationEvents, eventsCsvRows, eventsExpired } from './events.js';
import { TRANSCRIPT_CSV_HEADER, transcriptCsvRow } from './transcripts.js';

const MAX_QUERY_ROWS = 10_000;

const CONVERSATION_CSV_HEADER = [
  'id', 'startTime', 'endTime', 'durationSeconds', 'channel', 'direction', 'language', 'status', 'completionReason', 'smartStatus',
  'sentiment', 'customerName', 'customerPhone', 'customerEmail', 'userId', 'supportAgent', 'agents', 'consultingAgents', 'queues', 'skills',
  'csatScore', 'csatFeedback', 'disposition', 'dispositionNotes', 'customTags', 'sessionId', 'callId', 'channelUserId',
  'callConversationId', 'agentConversationId', 'campaignInstanceId', 'campaign', 'mode', 'caller', 'callee', 'hasRecording', 'hasTranscript',
];

function conversationCsvRow(rec: ConversationRecord, viewer: Viewer, nowMs: number): string {
  const c = toConversation(rec, viewer, nowMs);
  return csvRow([
    c.id, c.startTime, c.endTime, c.durationSeconds, c.channel, c.direction, c.language, c.status, c.completionReason, c.smartStatus,
    c.sentiment, c.customer.name, c.customer.phone, c.customer.email, c.customer.userId, c.supportAgent?.name ?? null,
    c.agents.map((a) => a.name).join('; '), c.consultingAgents.map((a) => a.name).join('; '), c.queues.map((q) => q.name).join(' > '),
    c.skills.join('; '), c.csat?.score ?? null, c.csat?.feedback ?? null, c.disposition?.label ?? null, c.disposition?.notes ?? null,
    c.customTags.map((t) => `${t.name}=${t.value}`).join('; '), c.identifiers.sessionId, c.identifiers.callId, c.identifiers.channelUserId,
    c.identifiers.callConversationId, c.identifiers.agentConversationId, c.identifiers.campaignInstanceId, c.campaign?.name ?? null, c.mode,
    c.caller, c.callee, c.hasRecording, c.hasTranscript,
  ]);
}

/** `YYYY-MM-DD-HH24-mm-SS` in UTC. */
function stamp(ms: number): string {
  return new Date(ms).toISOString().slice(0, 19).replace('T', '-').replaceAll(':', '-');
}

function parseIds(ids: string[], field = 'ids'): number[] {
  return ids.map((id, i) => {
    const n = parsePublicId(id);
    if (n === null) throw invalid(`${field}[${i}]`, 'is not a conversation ID');
    return n;
  });
}

/** Records for the given numbers, in the given order, fetched lazily in chunks. */
async function* recordsFor(ctx: AppContext, ns: number[]): AsyncGenerator<ConversationRecord> {
  for (let i = 0; i < ns.length; i += 200) yield* await ctx.store.getMany(ns.slice(i, i + 200));
}

export function exportRoutes(app: FastifyInstance, ctx: AppContext): void {
  contractRoute(app, 'POST', '/v1/exports/conversations', (req, reply) => {
    const body = req.body as { ids?: string[]; query?: ConversationQuery };
    if (body.ids && body.query) throw invalid('query', 'send either ids or query, not both');
    if (!body.ids && !body.query) throw invalid('ids', 'send ids or a query');
    if (body.query) checkQuery(body.query, 'query.');
    const viewer = { canViewPii: canViewPii(req.caller) };
    const now = ctx.now();
    const source: AsyncIterable<ConversationRecord> = body.ids ? recordsFor(ctx, parseIds(body.ids)) : limit(ctx.store.iterate(body.query!, 'startTime:desc'), MAX_QUERY_ROWS);
    // Streamed row by row: a 10,000-row export never sits in memory as one string.
    const rows = (async function* () {
      yield csvRow(CONVERSATION_CSV_HEADER);
      for await (const rec of sliced(source)) yield conversationCsvRow(rec, viewer, now);
    })();
    reply.type('text/csv; charset=utf-8').header('content-disposition', attachment(`conversations-${stamp(now)}.csv`));
    return reply.send(Readable.from(rows));
  });

  contractRoute(app, 'POST', '/v1/exports/transcripts', (req, reply) => {
    const { ids } = req.body as { ids: string[] };
    const max = ctx.config.maxTranscriptExport;
    if (ids.length > max) throw new ApiError('export_limit_exceeded', `You can export up to ${max} transcripts at a time; ${ids.length} were selected.`, { max, requested: ids.length });
    const viewer = { canViewPii: canViewPii(req.caller) };
    const now = ctx.now();
    const out = new PassThrough();
    const zip = new Zip((err, chunk, final) => {
      if (err) return out.destroy(err);
      out.write(chunk);
      if (final) out.end();
    });
    const used = new Set<string>();
    // One file per requested ID; a conversation without a transcript (or one that cannot be found) gets a blank file.
    void (async () => {
      const slice = new TimeSlice();
      for (const id of ids) {
        await slice.pause();
        let name = `${id.replace(/[^\w.-]/g, '_')}.csv`;
        for (let k = 2; used.has(name); k++) name = `${id.replace(/[^\w.-]/g, '_')}-${k}.csv`;
        used.add(name);
        const n = parsePublicId(id);
        const rec = n === null ? null : await ctx.store.get(n);
        const items = rec ? transcriptFor(rec, viewer, now).items : [];
        const file = new ZipDeflate(name, { level: 6 });
        zip.add(file);
        file.push(items.length ? strToU8(csvRow(TRANSCRIPT_CSV_HEADER) + items.map(transcriptCsvRow).join('')) : new Uint8Array(0), true);
        if (out.writableNeedDrain) await new Promise((r) => out.once('drain', r));
      }
      zip.end();
    })().catch((e: unknown) => out.destroy(e as Error));
    reply.type('application/zip').header('content-disposition', attachment(`transcripts-${stamp(now)}.zip`));
    return reply.send(out);
  });

  contractRoute(app, 'POST', '/v1/exports/events', (req, reply) => {
    const { ids } = req.body as { ids: string[] };
    const ns = parseIds(ids);
    const now = ctx.now();
    const rows = (async function* () {
      yield csvRow(EVENTS_CSV_HEADER);
      for await (const rec of sliced(recordsFor(ctx, ns))) {
        // Conversations past the events retention window are skipped, as documented.
        if (!eventsExpired(ctx, rec)) yield eventsCsvRows(rec, await conversationEvents(ctx, rec));
      }
    })();
    reply.type('text/csv; charset=utf-8').header('content-disposition', attachment(`events-${stamp(now)}.csv`));
    return reply.send(Readable.from(rows));
  });
}

async function* limit<T>(it: AsyncIterable<T>, max: number): AsyncGenerator<T> {
  let i = 0;
  for await (const x of it) {
    if (i++ >= max) return;
    yield x;
  }
}
