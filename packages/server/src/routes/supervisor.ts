import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../context.js';
import { AGENT_BY_ID, QUEUE_BY_ID } from '../generator/catalog.js';
import { canViewPii } from '../http/auth.js';
import { invalid, invalidState } from '../http/errors.js';
import { contractRoute } from '../http/route.js';
import { toConversation } from '../present/conversation.js';
import type { ConversationRecord } from '../store/record.js';
import { loadConversation } from './conversations.js';

/**
 * Supervisor actions on in-progress conversations. Each is stored, logged as conversation
 * events and pushed to live subscribers.
 */
export function supervisorRoutes(app: FastifyInstance, ctx: AppContext): void {
  const act = async (id: string, change: (rec: ConversationRecord, now: number) => Promise<void>) => {
    const rec = await ctx.store.transaction(async () => {
      const r = await loadConversation(ctx, id);
      if (r.status !== 'in_progress') throw invalidState('Supervisor actions apply to conversations in progress only.', { status: r.status });
      await change(r, ctx.now());
      await ctx.store.update(r);
      return r;
    });
    await ctx.live.publish('conversation.updated', rec);
    return rec;
  };

  contractRoute(app, 'POST', '/v1/conversations/{id}/supervisor/join', async (req) => {
    const { user } = req.caller;
    const rec = await act((req.params as { id: string }).id, async (r, now) => {
      if (r.joinedUsers.some((u) => u.id === user.id)) return;
      r.joinedUsers.push({ id: user.id, name: user.name });
      await ctx.store.addEvent({ n: r.n, type: 'agent_join', atMs: now, actor: user.name, details: { agent: user.name, role: user.role, mode: 'supervisor' } });
    });
    return toConversation(rec, { canViewPii: canViewPii(req.caller) }, ctx.now());
  });

  contractRoute(app, 'POST', '/v1/conversations/{id}/supervisor/assign', async (req) => {
    const { agentId } = req.body as { agentId: string };
    const agent = AGENT_BY_ID.get(agentId);
    if (!agent) throw invalid('agentId', 'is not an agent (see GET /v1/agents)');
    const { user } = req.caller;
    const rec = await act((req.params as { id: string }).id, async (r, now) => {
      const previous = r.supportAgent ? AGENT_BY_ID.get(r.supportAgent) : undefined;
      if (previous?.id === agent.id) return;
      await ctx.store.addEvent({ n: r.n, type: 'conversation_transfer', atMs: now, actor: user.name, details: { stage: agent.kind === 'ai' ? 'to_automation' : 'to_agent', from: previous?.name ?? null, to: agent.name, reason: 'Assigned by supervisor' } });
      if (previous) await ctx.store.addEvent({ n: r.n, type: 'agent_left', atMs: now, actor: previous.name, details: { agent: previous.name } });
      await ctx.store.addEvent({ n: r.n, type: 'agent_join', atMs: now + 1, actor: agent.name, details: { agent: agent.name, kind: agent.kind } });
      r.agents = [...r.agents.filter((a) => a !== agent.id), agent.id];
      r.supportAgent = agent.id;
      if (agent.kind === 'human') {
        r.smartStatus = 'Agent handling';
        if (r.mode === 'automation') r.mode = 'hybrid';
      }
    });
    return toConversation(rec, { canViewPii: canViewPii(req.caller) }, ctx.now());
  });

  contractRoute(app, 'POST', '/v1/conversations/{id}/supervisor/change-queue', async (req) => {
    const { queueId } = req.body as { queueId: string };
    const queue = QUEUE_BY_ID.get(queueId);
    if (!queue) throw invalid('queueId', 'is not a queue (see GET /v1/queues)');
    const { user } = req.caller;
    const rec = await act((req.params as { id: string }).id, async (r, now) => {
      const from = r.queues.at(-1);
      await ctx.store.addEvent({ n: r.n, type: 'conversation_transfer', atMs: now, actor: user.name, details: { fromQueue: from ? QUEUE_BY_ID.get(from)?.name ?? from : null, toQueue: queue.name, reason: 'Queue changed by supervisor' } });
      // Queues are kept in the order entered; moving back to an earlier queue enters it again.
      if (from !== queue.id) r.queues = [...r.queues, queue.id];
    });
    return toConversation(rec, { canViewPii: canViewPii(req.caller) }, ctx.now());
  });
}
