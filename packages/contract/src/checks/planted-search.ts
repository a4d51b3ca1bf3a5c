import type { CheckContext } from '../context.js';
import { check, skip } from '../types.js';
import type { Check } from './check.js';

interface Hit {
  conversation: { id: string };
  tier: string;
  highlights: { field: string; text: string; ranges: { start: number; end: number }[] }[];
}

/** A made-up word of letters only, new each run, so nothing else in the data can match it. */
function word(): string {
  const letters = 'bcdfghjklmnpqrstvwxz';
  const vowels = 'aeiou';
  let w = '';
  for (let i = 0; i < 4; i++) w += letters[Math.floor(Math.random() * letters.length)]! + vowels[Math.floor(Math.random() * vowels.length)]!;
  return w;
}

/** Writes `notes` into the disposition of `id` (the kit's way to plant searchable text). */
async function plant(ctx: CheckContext, id: string, notes: string, code: string): Promise<void> {
  const read = await ctx.call({ op: 'getDisposition', params: { id } });
  ctx.http.expectOk(read);
  const etag = read.headers.get('etag') ?? '"v0"';
  ctx.http.expectOk(await ctx.call({ op: 'updateDisposition', params: { id }, json: { code, notes }, headers: { 'if-match': etag } }));
}

/** Searches until the planted words are indexed (a backend may index asynchronously; 5 s at most). */
async function searchPlanted(ctx: CheckContext, q: string, ids: string[], want: number): Promise<Hit[]> {
  const deadline = Date.now() + 5000;
  for (;;) {
    const res = await ctx.call({ op: 'searchConversations', query: { q, conversationId: ids, limit: 10 } });
    const items = (ctx.http.expectOk(res) as { items: Hit[] }).items;
    if (items.length >= want || Date.now() > deadline) return items;
    await new Promise((r) => setTimeout(r, 200));
  }
}

export const plantedSearchChecks: Check[] = [
  {
    id: 'search.planted-tiers',
    title: 'On text the kit plants: exact phrase > all words > some words, in that order, with exact highlight offsets',
    async run(ctx) {
      const caps = await ctx.privilegedCaps();
      if (!caps.features.fullTextSearch) skip('features.fullTextSearch is false');
      await ctx.needPermissions('dispositions.edit');
      const targets = (await ctx.list({ status: 'completed', limit: 3 })).items.map((c) => c.id);
      if (targets.length < 3) skip('fewer than three completed conversations');
      const [w1, w2, w3] = [word(), word(), word()];
      const code = (await ctx.dispositionCodes())[0]!.code;
      const [exact, allWords, someWords] = targets as [string, string, string];
      await plant(ctx, exact, `Customer said ${w1} ${w2} ${w3} twice`, code);
      await plant(ctx, allWords, `Noted ${w3} then ${w1} and later ${w2}`, code);
      await plant(ctx, someWords, `Only ${w2} was mentioned`, code);
      const hits = await searchPlanted(ctx, `${w1} ${w2} ${w3}`, targets, 3);
      const order = hits.map((h) => `${h.conversation.id}:${h.tier}`).join(', ');
      check(hits.length === 3, `the planted words found ${hits.length} of 3 conversations (${order})`);
      check(hits[0]!.conversation.id === exact && hits[0]!.tier === 'exact', `expected ${exact}:exact first, got ${order}`);
      check(hits[1]!.conversation.id === allWords && hits[1]!.tier === 'all_words', `expected ${allWords}:all_words second, got ${order}`);
      check(hits[2]!.conversation.id === someWords && hits[2]!.tier === 'some_words', `expected ${someWords}:some_words third, got ${order}`);
      const words = new Set([w1, w2, w3]);
      for (const hit of hits) {
        const ranges = hit.highlights.flatMap((h) => h.ranges.map((r) => h.text.slice(r.start, r.end).toLowerCase()));
        check(ranges.length > 0, `${hit.conversation.id}: no highlight range`);
        for (const text of ranges) {
          const ok = [...words].some((w) => text === w || (text.length >= 3 && (w.startsWith(text) || text.includes(w))));
          check(ok, `${hit.conversation.id}: a highlight range covers "${text}", not a searched word`);
        }
        check(ranges.some((t) => words.has(t) || [...words].some((w) => t.includes(w))), `${hit.conversation.id}: no highlight range covers a whole searched word (${ranges.join(', ')})`);
      }
    },
  },
];
