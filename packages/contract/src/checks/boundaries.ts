import type { CheckContext, Summary } from '../context.js';
import { check } from '../types.js';
import type { Check } from './check.js';

/** Whether a filter query matches exactly one known conversation (narrowed by its id, so the answer is decisive). */
async function matches(ctx: CheckContext, c: Summary, query: Record<string, string | number | string[]>): Promise<boolean> {
  const page = await ctx.list({ ...query, conversationId: c.id, limit: 5 });
  return page.items.some((x) => x.id === c.id);
}

export const boundaryChecks: Check[] = [
  {
    id: 'filters.csat-inclusive',
    title: 'csatMin and csatMax are inclusive at the boundary',
    async run(ctx) {
      const c = await ctx.find('csat-3', { csatMin: 2, csatMax: 4 }, (x) => x.csat !== null);
      const s = c.csat!.score;
      check(await matches(ctx, c, { csatMin: s }), `csatMin=${s} lost a conversation scored ${s}`);
      check(await matches(ctx, c, { csatMax: s }), `csatMax=${s} lost a conversation scored ${s}`);
      check(await matches(ctx, c, { csatMin: s, csatMax: s }), `csatMin=csatMax=${s} lost a conversation scored ${s}`);
      if (s < 5) check(!(await matches(ctx, c, { csatMin: s + 1 })), `csatMin=${s + 1} kept a conversation scored ${s}`);
      if (s > 1) check(!(await matches(ctx, c, { csatMax: s - 1 })), `csatMax=${s - 1} kept a conversation scored ${s}`);
    },
  },
  {
    id: 'filters.time-boundaries',
    title: '`from` is inclusive and `to` exclusive, checked at the exact start time',
    async run(ctx) {
      const c = (await ctx.list({ status: 'completed', limit: 5 })).items[2] ?? (await ctx.list({ limit: 1 })).items[0]!;
      const at = c.startTime;
      const plus1 = new Date(Date.parse(at) + 1).toISOString();
      check(await matches(ctx, c, { from: at }), `from=${at} (its start time) lost the conversation: from must be inclusive`);
      check(!(await matches(ctx, c, { to: at })), `to=${at} (its start time) kept the conversation: to must be exclusive`);
      check(await matches(ctx, c, { to: plus1 }), `to=${plus1} (1 ms after its start) lost the conversation`);
      check(!(await matches(ctx, c, { from: plus1 })), `from=${plus1} (1 ms after its start) kept the conversation`);
    },
  },
  {
    id: 'filters.agent-any',
    title: 'The agent filter matches every agent of a conversation, not only the support agent',
    async run(ctx) {
      const c = await ctx.find('multi-agent', { status: 'completed' }, (x) => x.agents.length >= 2);
      for (const agent of c.agents) check(await matches(ctx, c, { agent: agent.id }), `agent=${agent.id} (${agent.name}) lost a conversation that agent took part in`);
    },
  },
  {
    id: 'filters.tag-case',
    title: 'Custom-tag names and values match case-insensitively',
    async run(ctx) {
      const c = await ctx.find('tagged', {}, (x) => x.customTags.some((t) => /[a-z]/i.test(t.name) && /[a-z]/i.test(t.value)));
      const tag = c.customTags.find((t) => /[a-z]/i.test(t.name) && /[a-z]/i.test(t.value))!;
      const swap = (s: string) => [...s].map((ch) => (ch === ch.toLowerCase() ? ch.toUpperCase() : ch.toLowerCase())).join('');
      const value = tag.value.slice(0, Math.min(4, tag.value.length));
      check(await matches(ctx, c, { tag: `${swap(tag.name)}:contains:${swap(value)}` }), `tag=${swap(tag.name)}:contains:${swap(value)} lost a conversation tagged ${tag.name}=${tag.value}`);
      check(!(await matches(ctx, c, { tag: `${swap(tag.name)}:not_contains:${swap(value)}` })), `not_contains in another case kept a conversation tagged ${tag.name}=${tag.value}`);
    },
  },
];
