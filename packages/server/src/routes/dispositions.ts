import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../context.js';
import { AGENT_BY_ID, DISPOSITION_BY_CODE } from '../generator/catalog.js';
import { ApiError, invalid, invalidState } from '../http/errors.js';
import { contractRoute } from '../http/route.js';
import { toDisposition } from '../present/conversation.js';
import { documentFor } from '../search/document.js';
import { loadConversation } from './conversations.js';

const etag = (version: number) => `"v${version}"`;

function parseIfMatch(value: string | string[] | undefined): number {
  if (value === undefined) throw new ApiError('precondition_required', 'Send If-Match with the ETag you last read ("v0" when there is no disposition yet), so no one else\'s edit is overwritten.');
  const m = /^(?:W\/)?"v(\d+)"$/.exec(String(value).trim());
  if (!m) throw invalid('If-Match', 'must be an ETag like "v3"');
  return Number(m[1]);
}

export function dispositionRoutes(app: FastifyInstance, ctx: AppContext): void {
  contractRoute(app, 'GET', '/v1/conversations/{id}/disposition', async (req, reply) => {
    const rec = await loadConversation(ctx, (req.params as { id: string }).id);
    reply.header('etag', etag(rec.dispositionVersion));
    // None assigned yet is a normal state, not an error: `null` with ETag "v0" to edit from.
    return toDisposition(rec);
  });

  contractRoute(app, 'PUT', '/v1/conversations/{id}/disposition', async (req, reply) => {
    const { id } = req.params as { id: string };
    const body = req.body as { code: string; notes?: string | null };
    const expected = parseIfMatch(req.headers['if-match']);
    const code = DISPOSITION_BY_CODE.get(body.code);
    if (!code) throw invalid('code', `is not a disposition code (see GET /v1/dispositions)`);
    const actor = req.caller.user.name;
    // Read, compare and write in one transaction: two editors can never both win.
    const saved = await ctx.store.transaction(async () => {
      const rec = await loadConversation(ctx, id);
      if (rec.status !== 'completed') throw invalidState('Dispositions can be edited only after the conversation has completed.', { status: rec.status });
      if (rec.dispositionVersion !== expected) {
        throw new ApiError('conflict', 'The disposition was changed by someone else since you read it. Review the current disposition and try again.', { current: toDisposition(rec) });
      }
      const now = ctx.now();
      const before = toDisposition(rec);
      rec.dispositionCode = code.code;
      rec.dispositionNotes = body.notes === undefined ? rec.dispositionNotes : body.notes;
      rec.dispositionUpdatedMs = now;
      rec.dispositionUpdatedBy = actor;
      rec.dispositionVersion += 1;
      await ctx.store.update(rec);
      await ctx.store.addAudit({
        n: rec.n, atMs: now, actor, fromCode: before?.code ?? null, fromNotes: before?.notes ?? null,
        toCode: code.code, toNotes: rec.dispositionNotes, version: rec.dispositionVersion,
      });
      // Supervisors' edits reach the agent who handled the conversation.
      const agent = rec.supportAgent ? AGENT_BY_ID.get(rec.supportAgent) : undefined;
      await ctx.store.addEvent({
        n: rec.n, type: 'disposition_update', atMs: now, actor,
        details: {
          code: code.code, label: code.label, version: rec.dispositionVersion,
          previousCode: before?.code ?? null, previousUpdatedAt: before?.updatedAt ?? null, previousUpdatedBy: before?.updatedBy ?? null,
          agentNotified: agent?.kind === 'human', notifiedAgent: agent?.kind === 'human' ? agent.name : null,
        },
      });
      await ctx.search.index(rec, documentFor(rec, now));
      return rec;
    });
    await ctx.live.publish('conversation.updated', saved);
    reply.header('etag', etag(saved.dispositionVersion));
    return toDisposition(saved);
  });

  contractRoute(app, 'GET', '/v1/conversations/{id}/disposition/audit', async (req) => {
    const rec = await loadConversation(ctx, (req.params as { id: string }).id);
    const label = (c: string) => ({ code: c, label: DISPOSITION_BY_CODE.get(c)?.label ?? c });
    return {
      items: (await ctx.store.audit(rec.n)).map((a) => ({
        id: `aud_${a.id}`, at: new Date(a.atMs).toISOString(), actor: a.actor,
        from: a.fromCode ? label(a.fromCode) : null, to: label(a.toCode),
      })),
    };
  });
}
