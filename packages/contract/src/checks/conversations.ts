import type { Summary } from '../context.js';
import { check, skip } from '../types.js';
import { walkPages, type Check } from './check.js';

/** startTime desc, then id desc — the keyset order. Returns the first index out of order, or -1. */
function outOfOrder(items: Summary[], direction: 'asc' | 'desc'): number {
  for (let i = 1; i < items.length; i++) {
    const a = Date.parse(items[i - 1]!.startTime);
    const b = Date.parse(items[i]!.startTime);
    if (direction === 'desc' ? b > a : b < a) return i;
  }
  return -1;
}

export const conversationChecks: Check[] = [
  {
    id: 'conversations.list',
    title: 'GET /v1/conversations matches ConversationPage and honours limit',
    async run(ctx) {
      const page = await ctx.list({ limit: 5 });
      check(page.items.length > 0, 'the backend returned no conversations; seed some data');
      check(page.items.length <= 5, `limit=5 returned ${page.items.length} items`);
      const def = await ctx.list({});
      check(def.items.length <= 50, `default limit returned ${def.items.length} items (> 50)`);
    },
  },
  {
    id: 'conversations.pagination',
    title: 'Keyset pages are disjoint, ordered, end with nextCursor null, and equal one big page',
    async run(ctx) {
      const big = await ctx.list({ limit: 60 });
      const walked = await walkPages((cursor) => ctx.list({ limit: 7, cursor }), 9);
      const ids = walked.items.map((c) => c.id);
      check(new Set(ids).size === ids.length, 'a conversation appeared on two pages');
      const n = Math.min(ids.length, big.items.length);
      check(ids.slice(0, n).join() === big.items.slice(0, n).map((c) => c.id).join(), 'pages of 7 do not concatenate to the same order as one page of 60');
      check(outOfOrder(walked.items, 'desc') === -1, `default sort is not startTime descending at index ${outOfOrder(walked.items, 'desc')}`);
      if (big.nextCursor === null) check(walked.complete, 'a short list never reached nextCursor null');
      const asc = await walkPages((cursor) => ctx.list({ limit: 9, sort: 'startTime:asc', cursor }), 3);
      check(outOfOrder(asc.items, 'asc') === -1, 'sort=startTime:asc is not ascending');
    },
  },
  {
    id: 'conversations.pagination-end',
    title: 'The last page has nextCursor null (narrow filter walked to the end)',
    async run(ctx) {
      const first = await ctx.list({ limit: 1 });
      const target = first.items[0] ?? skip('no conversations');
      const walked = await walkPages((cursor) => ctx.list({ limit: 1, conversationId: target.id, cursor }), 5);
      check(walked.complete, 'filtering by one conversationId never ended');
      check(walked.items.length === 1 && walked.items[0]!.id === target.id, `conversationId filter returned ${walked.items.map((c) => c.id).join(',')}`);
    },
  },
  {
    id: 'conversations.filters',
    title: 'channel, status (incl. Completed sub-statuses), csat, queue, agent, time range and user filters narrow the list correctly',
    async run(ctx) {
      const voice = await ctx.list({ channel: 'voice', limit: 50 });
      check(voice.items.every((c) => c.channel === 'voice'), 'channel=voice returned another channel');
      const chatOrEmail = await ctx.list({ channel: ['chat', 'email'], limit: 50 });
      check(chatOrEmail.items.every((c) => c.channel === 'chat' || c.channel === 'email'), 'channel=chat&channel=email returned another channel');
      const completed = await ctx.list({ status: 'completed', limit: 50 });
      check(completed.items.every((c) => c.status === 'completed'), 'status=completed returned another status');
      for (const reason of ['drop_off', 'user_hangup', 'ai_agent_hangup']) {
        const page = await ctx.list({ status: `completed_${reason}`, limit: 50 });
        check(page.items.every((c) => c.status === 'completed' && c.completionReason === reason), `status=completed_${reason} returned other rows`);
      }
      const csat = await ctx.list({ csatMin: 4, limit: 50 });
      check(csat.items.every((c) => c.csat !== null && c.csat.score >= 4), 'csatMin=4 returned a lower or missing score');
      const csatMax = await ctx.list({ csatMax: 2, limit: 50 });
      check(csatMax.items.every((c) => c.csat !== null && c.csat.score <= 2), 'csatMax=2 returned a higher or missing score');
      const sample = (await ctx.list({ limit: 50 })).items;
      const withQueue = sample.find((c) => c.queues.length > 0);
      if (withQueue) {
        const queueId = withQueue.queues[0]!.id;
        const byQueue = await ctx.list({ queue: queueId, limit: 50 });
        check(byQueue.items.some((c) => c.id === withQueue.id) || byQueue.items.length === 50, 'queue filter lost a conversation that entered the queue');
        check(byQueue.items.every((c) => c.queues.some((q) => q.id === queueId)), 'queue filter returned a conversation that never entered it');
      }
      const withAgent = sample.find((c) => c.agents.length > 0);
      if (withAgent) {
        const agentId = withAgent.agents[0]!.id;
        const byAgent = await ctx.list({ agent: agentId, limit: 50 });
        check(byAgent.items.every((c) => c.agents.some((a) => a.id === agentId)), 'agent filter returned a conversation without that agent');
      }
      const one = sample[Math.floor(sample.length / 2)] ?? skip('no conversations');
      const byUser = await ctx.list({ userId: one.customer.userId, limit: 50 });
      check(byUser.items.some((c) => c.id === one.id), 'userId filter did not return the user\'s conversation');
      const sessionId = (one.identifiers as { sessionId: string | null }).sessionId;
      if (sessionId) {
        const bySession = await ctx.list({ sessionId, limit: 50 });
        check(bySession.items.some((c) => c.id === one.id), 'sessionId filter did not return the session\'s conversation');
      }
      const bySmart = await ctx.list({ smartStatus: String(one.smartStatus), limit: 50 });
      check(bySmart.items.length > 0 && bySmart.items.every((c) => c.smartStatus === one.smartStatus), 'smartStatus filter returned another smart status');
      const from = new Date(Date.parse(one.startTime) - 3_600_000).toISOString();
      const to = new Date(Date.parse(one.startTime) + 1).toISOString();
      const ranged = await ctx.list({ from, to, limit: 200 });
      check(ranged.items.every((c) => Date.parse(c.startTime) >= Date.parse(from) && Date.parse(c.startTime) < Date.parse(to)), 'from/to returned a conversation outside the range');
      check(ranged.items.some((c) => c.id === one.id), 'from/to lost a conversation inside the range');
    },
  },
  {
    id: 'conversations.tag-filters',
    title: 'Custom-tag clauses: CONTAINS, DOES NOT CONTAIN, combined with AND',
    async run(ctx) {
      const sample = (await ctx.list({ limit: 100 })).items;
      const tagged = sample.find((c) => c.customTags.length > 0) ?? skip('no conversation with custom tags among the newest 100');
      const tag = tagged.customTags[0]!;
      const needle = tag.value.slice(0, Math.max(1, Math.min(4, tag.value.length)));
      const contains = await ctx.list({ tag: `${tag.name}:contains:${needle}`, limit: 100 });
      check(contains.items.some((c) => c.id === tagged.id), 'CONTAINS lost a matching conversation');
      check(
        contains.items.every((c) => c.customTags.some((t) => t.name === tag.name && t.value.toLowerCase().includes(needle.toLowerCase()))),
        'CONTAINS returned a conversation whose tag does not contain the value',
      );
      const notContains = await ctx.list({ tag: `${tag.name}:not_contains:${needle}`, limit: 100 });
      check(!notContains.items.some((c) => c.id === tagged.id), 'DOES NOT CONTAIN returned a conversation whose tag contains the value');
      const both = await ctx.list({ tag: [`${tag.name}:contains:${needle}`, `${tag.name}:not_contains:${needle}`], limit: 100 });
      check(both.items.length === 0, 'a clause AND its negation matched something: clauses are not ANDed');
    },
  },
  {
    id: 'conversations.get',
    title: 'GET /v1/conversations/{id} matches Conversation and agrees with the list row',
    async run(ctx) {
      // Completed conversations only: an in-progress one may change between the two requests.
      const rows = (await ctx.list({ status: 'completed', limit: 10 })).items;
      for (const row of rows.slice(0, 5)) {
        const conversation = ctx.http.expectOk(await ctx.call({ op: 'getConversation', params: { id: row.id } })) as Summary;
        for (const key of ['id', 'channel', 'status', 'startTime', 'smartStatus', 'hasRecording'] as const) {
          check(JSON.stringify(conversation[key]) === JSON.stringify(row[key]), `${row.id}: ${key} differs between list and get`);
        }
      }
    },
  },
  {
    id: 'conversations.pii',
    title: 'Without pii.view customer PII is null and obscured; with it, it is shown',
    async run(ctx) {
      const unprivileged = ctx.unprivileged();
      const ucaps = await ctx.capabilities(unprivileged);
      if (ucaps.permissions.includes('pii.view')) skip('the unprivileged token has pii.view');
      const res = await ctx.call({ op: 'listConversations', query: { limit: 20 }, token: unprivileged });
      const rows = (ctx.http.expectOk(res) as { items: Summary[] }).items;
      for (const c of rows) {
        check(c.customer.obscured === true, `${c.id}: customer.obscured is not true without pii.view`);
        check(c.customer.name === null && c.customer.phone === null && c.customer.email === null, `${c.id}: PII visible without pii.view`);
      }
      const first = rows[0] ?? skip('no conversations');
      const detail = ctx.http.expectOk(await ctx.call({ op: 'getConversation', params: { id: first.id }, token: unprivileged })) as { caller: unknown; callee: unknown };
      check(detail.caller === null && detail.callee === null, 'caller/callee visible without pii.view');
      const pcaps = await ctx.privilegedCaps();
      if (pcaps.permissions.includes('pii.view')) {
        const privileged = (await ctx.list({ limit: 20 })).items;
        check(privileged.some((c) => !c.customer.obscured && (c.customer.name || c.customer.phone || c.customer.email)), 'no customer PII shown even with pii.view');
      }
    },
  },
];
