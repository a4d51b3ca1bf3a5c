import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../context.js';
import type { TranscriptItem } from '../domain.js';
import { canViewPii } from '../http/auth.js';
import { attachment, csvRow } from '../http/csv.js';
import { invalid, invalidState } from '../http/errors.js';
import { contractRoute } from '../http/route.js';
import { transcriptFor } from '../present/transcript.js';
import { decodeCursor, encodeCursor } from '../store/query.js';
import { publicId } from '../store/record.js';
import { loadConversation } from './conversations.js';

export const TRANSCRIPT_CSV_HEADER = ['seq', 'at', 'offsetSeconds', 'kind', 'speaker', 'speakerName', 'text'];

/** One CSV row per transcript item; non-message kinds say what happened in `text`. */
export function transcriptCsvRow(item: TranscriptItem): string {
  let speaker = '';
  let speakerName: string | null = null;
  let text = '';
  switch (item.kind) {
    case 'message':
      speaker = item.speaker;
      speakerName = item.speakerName;
      text = item.text;
      break;
    case 'whisper':
      speaker = 'supervisor';
      speakerName = item.speakerName;
      text = item.text;
      break;
    case 'transfer':
      text = item.label;
      break;
    case 'no_input':
      text = item.maxReached ? 'Max no-input attempts reached' : `No input (attempt ${item.attempt} of ${item.maxAttempts})`;
      break;
    case 'hold':
      text = `On hold for ${Math.round(item.durationSeconds ?? 0)} s (started by ${item.startedBy})`;
      break;
    case 'email':
      speaker = item.direction === 'inbound' ? 'customer' : 'human_agent';
      speakerName = item.from;
      text = `${item.subject}\n\n${item.bodyText}`;
      break;
    case 'llm_error':
      speaker = 'system';
      text = `LLM Error Detected: ${item.message}`;
      break;
  }
  return csvRow([item.seq, item.at, item.offsetSeconds, item.kind, speaker, speakerName, text]);
}

export function transcriptRoutes(app: FastifyInstance, ctx: AppContext): void {
  contractRoute(app, 'GET', '/v1/conversations/{id}/transcript', async (req) => {
    const { id } = req.params as { id: string };
    const { limit = 500, cursor } = req.query as { limit?: number; cursor?: string };
    const rec = await loadConversation(ctx, id);
    let afterSeq = 0;
    if (cursor !== undefined) {
      const c = decodeCursor(cursor);
      if (!Array.isArray(c) || c[0] !== 'seq' || !Number.isSafeInteger(c[1]) || c[1] < 0) throw invalid('cursor', 'is not a cursor returned by this API');
      afterSeq = c[1];
    }
    const view = transcriptFor(rec, { canViewPii: canViewPii(req.caller) }, ctx.now());
    const rest = view.items.filter((i) => i.seq > afterSeq);
    const items = rest.slice(0, limit);
    const last = items[items.length - 1];
    return {
      conversationId: publicId(rec.n),
      subject: view.subject,
      items,
      nextCursor: rest.length > limit && last ? encodeCursor(['seq', last.seq]) : null,
    };
  });

  contractRoute(app, 'GET', '/v1/conversations/{id}/transcript/download', async (req, reply) => {
    const { id } = req.params as { id: string };
    const rec = await loadConversation(ctx, id);
    const view = transcriptFor(rec, { canViewPii: canViewPii(req.caller) }, ctx.now());
    reply.type('text/csv; charset=utf-8').header('content-disposition', attachment(`transcript-${publicId(rec.n)}.csv`));
    return csvRow(TRANSCRIPT_CSV_HEADER) + view.items.map(transcriptCsvRow).join('');
  });

  contractRoute(app, 'GET', '/v1/conversations/{id}/latency-report', async (req, reply) => {
    const { id } = req.params as { id: string };
    const rec = await loadConversation(ctx, id);
    if (!rec.hasLatency) throw invalidState('This conversation has no latency report: only voice conversations handled by an AI agent with latency notifications have one.');
    const view = transcriptFor(rec, { canViewPii: canViewPii(req.caller) }, ctx.now());
    let body = csvRow(['seq', 'at', 'speakerName', 'text', 'asrMs', 'botMs', 'ttsMs', 'e2eMs']);
    for (const item of view.items) {
      if (item.kind === 'message' && item.latency) {
        const l = item.latency;
        body += csvRow([item.seq, item.at, item.speakerName, item.text, l.asrMs, l.botMs, l.ttsMs, l.e2eMs]);
      }
    }
    reply.type('text/csv; charset=utf-8').header('content-disposition', attachment(`latency-report-${publicId(rec.n)}.csv`));
    return body;
  });
}
