import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../context.js';
import type { ConversationSummary, TranscriptItem } from '../domain.js';
import { canViewPii } from '../http/auth.js';
import { invalidState } from '../http/errors.js';
import { contractRoute } from '../http/route.js';
import { obscureItem, obscureSummary } from '../present/obscure.js';
import type { LiveMessage } from '../live/hub.js';

const PING_MS = 15_000;

export function liveRoutes(app: FastifyInstance, ctx: AppContext): void {
  contractRoute(app, 'GET', '/v1/live', async (req, reply) => {
    if (!ctx.config.live.stream) throw invalidState('Live updates are switched off on this backend.');
    const pii = canViewPii(req.caller);
    const header = req.headers['last-event-id'] ?? (req.query as { lastEventId?: string }).lastEventId;
    const resumeFrom = header !== undefined && /^\d+$/.test(String(header).trim()) ? Number(header) : null;

    // Without pii.view, the stored payload (built with full access) is re-masked per subscriber.
    const render = (msg: LiveMessage): string => {
      let data = msg.data;
      if (!pii) {
        const parsed = JSON.parse(data) as { type: string; conversation: ConversationSummary; item?: TranscriptItem };
        parsed.conversation = obscureSummary(parsed.conversation);
        if (parsed.item) parsed.item = obscureItem(parsed.item, msg.customer);
        data = JSON.stringify(parsed);
      }
      return `id: ${msg.id}\nevent: ${msg.type}\ndata: ${data}\n\n`;
    };

    reply.hijack();
    const res = reply.raw;
    res.writeHead(200, {
      ...(reply.getHeaders() as Record<string, string>),
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache, no-transform',
      connection: 'keep-alive',
      'x-accel-buffering': 'no',
    });
    res.write('retry: 2000\n\n');

    // Subscribe before replaying so nothing published in between is lost; skip what the replay sent.
    let lastSent = resumeFrom ?? ctx.live.lastId();
    let replaying = true;
    const pending: LiveMessage[] = [];
    const send = (msg: LiveMessage) => {
      if (msg.id <= lastSent) return;
      lastSent = msg.id;
      res.write(render(msg));
    };
    const onEvent = (msg: LiveMessage) => (replaying ? pending.push(msg) : send(msg));
    ctx.live.on('event', onEvent);
    if (resumeFrom !== null) {
      lastSent = resumeFrom;
      for (const msg of await ctx.live.since(resumeFrom)) send(msg);
    }
    replaying = false;
    for (const msg of pending) send(msg);

    const ping = setInterval(() => res.write(': ping\n\n'), PING_MS);
    const stop = () => {
      clearInterval(ping);
      ctx.live.off('event', onEvent);
      ctx.live.streams.delete(end);
    };
    const end = () => {
      stop();
      res.end();
    };
    ctx.live.streams.add(end);
    // The response closes when the client goes away (the request stream may close earlier, once read).
    res.on('close', stop);
  });
}
