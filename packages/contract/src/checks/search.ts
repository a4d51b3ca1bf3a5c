import type { CheckContext, Summary } from '../context.js';
import { check, skip } from '../types.js';
import type { Check } from './check.js';

interface Hit {
  conversation: Summary;
  score: number;
  tier: 'exact' | 'all_words' | 'some_words' | 'id';
  highlights: { field: string; text: string; ranges: { start: number; end: number }[] }[];
}
interface SearchPage {
  items: Hit[];
  total: number;
  nextCursor: string | null;
}

const TIER_RANK: Record<string, number> = { id: 0, exact: 1, all_words: 2, some_words: 3 };
const STOP_WORDS = new Set(
  'a an the and or but of to in on at for with from by as is are was were be been am i you he she it we they me my your our their this that these those there here not no do does did have has had will would can could should please'.split(' '),
);

async function search(ctx: CheckContext, query: Record<string, string | number | undefined>): Promise<SearchPage> {
  return ctx.http.expectOk(await ctx.call({ op: 'searchConversations', query })) as SearchPage;
}

async function fullText(ctx: CheckContext): Promise<void> {
  const caps = await ctx.privilegedCaps();
  if (!caps.features.fullTextSearch) skip('features.fullTextSearch is false (search.id-only covers this backend)');
}

/** Three consecutive content words from an English customer message, and the conversation they come from. */
async function phraseFixture(ctx: CheckContext): Promise<{ conversation: Summary; words: string[]; text: string }> {
  return ctx.once('search-phrase', async () => {
    const page = await ctx.list({ status: 'completed', limit: 100 });
    const candidates = page.items.filter((c) => c.hasTranscript && String(c.language).startsWith('en'));
    for (const conversation of candidates.slice(0, 15)) {
      const res = await ctx.call({ op: 'getTranscript', params: { id: conversation.id }, query: { limit: 200 } });
      const transcript = ctx.http.expectOk(res) as { items: { kind: string; speaker?: string; text?: string; redactions?: unknown[] }[] };
      for (const item of transcript.items) {
        if (item.kind !== 'message' || item.speaker !== 'customer' || !item.text || item.redactions?.length) continue;
        const tokens = item.text.split(/\s+/);
        for (let i = 0; i + 3 <= tokens.length; i++) {
          const window = tokens.slice(i, i + 3);
          if (window.every((w) => /^[A-Za-z]{3,}$/.test(w) && !STOP_WORDS.has(w.toLowerCase()))) {
            return { conversation, words: window, text: item.text };
          }
        }
      }
    }
    return skip('no English customer message with three consecutive content words among the newest transcripts');
  });
}

function hitFor(page: SearchPage, id: string): Hit | undefined {
  return page.items.find((h) => h.conversation.id === id);
}

export const searchChecks: Check[] = [
  {
    id: 'search.shape',
    title: 'GET /v1/search matches SearchPage; highlight ranges lie inside their text',
    async run(ctx) {
      await fullText(ctx);
      const { words } = await phraseFixture(ctx);
      const page = await search(ctx, { q: words[0], limit: 20 });
      check(page.items.length > 0, `searching "${words[0]}" found nothing`);
      check(page.total >= page.items.length, `total ${page.total} < items ${page.items.length}`);
      for (const hit of page.items) {
        for (const h of hit.highlights) {
          for (const r of h.ranges) check(r.start < r.end && r.end <= h.text.length, `highlight range ${r.start}-${r.end} outside "${h.text}"`);
        }
      }
      check(page.items.some((h) => h.highlights.length > 0), 'no hit carries a highlight');
    },
  },
  {
    id: 'search.tiers',
    title: 'Relevance tiers: exact phrase > all words > some words',
    async run(ctx) {
      await fullText(ctx);
      const { conversation, words, text } = await phraseFixture(ctx);
      const only = { conversationId: conversation.id };
      const exact = hitFor(await search(ctx, { q: words.join(' '), ...only }), conversation.id);
      check(exact?.tier === 'exact', `the exact phrase "${words.join(' ')}" gave tier ${exact?.tier ?? 'no hit'}`);
      const reversed = [...words].reverse().join(' ');
      if (!text.toLowerCase().includes(reversed.toLowerCase())) {
        const all = hitFor(await search(ctx, { q: reversed, ...only }), conversation.id);
        check(all?.tier === 'all_words', `all words in another order "${reversed}" gave tier ${all?.tier ?? 'no hit'}`);
      }
      const some = hitFor(await search(ctx, { q: `${words[0]} qzxvwk`, ...only }), conversation.id);
      check(some?.tier === 'some_words', `one word plus an unknown word gave tier ${some?.tier ?? 'no hit'}`);
    },
  },
  {
    id: 'search.ranking',
    title: 'Relevance order: tiers never improve down the list; scores do not rise within a tier',
    async run(ctx) {
      await fullText(ctx);
      const { words } = await phraseFixture(ctx);
      const page = await search(ctx, { q: words.join(' '), limit: 50 });
      check(page.items.length > 0, 'the phrase found nothing');
      for (let i = 1; i < page.items.length; i++) {
        const [a, b] = [page.items[i - 1]!, page.items[i]!];
        check(TIER_RANK[b.tier]! >= TIER_RANK[a.tier]!, `hit ${i} (${b.tier}) ranks above hit ${i - 1} (${a.tier})`);
        if (a.tier === b.tier) check(b.score <= a.score, `hit ${i} has a higher score than hit ${i - 1} in tier ${a.tier}`);
      }
      check(page.items[0]!.tier === 'exact', `the best hit for an existing phrase has tier ${page.items[0]!.tier}`);
    },
  },
  {
    id: 'search.partial',
    title: 'Partial words match (a word prefix finds the conversation)',
    async run(ctx) {
      await fullText(ctx);
      const { conversation, words } = await phraseFixture(ctx);
      const long = words.find((w) => w.length >= 6) ?? skip('no word of 6+ letters in the phrase');
      const prefix = long.slice(0, long.length - 2);
      const hit = hitFor(await search(ctx, { q: prefix, conversationId: conversation.id }), conversation.id);
      check(hit, `the prefix "${prefix}" of "${long}" did not find the conversation`);
    },
  },
  {
    id: 'search.stop-words',
    title: 'Stop words are ignored (adding "the … of" does not change the total)',
    async run(ctx) {
      await fullText(ctx);
      const { words } = await phraseFixture(ctx);
      const plain = await search(ctx, { q: words[1], limit: 1 });
      const padded = await search(ctx, { q: `the ${words[1]} of`, limit: 1 });
      check(plain.total === padded.total, `"${words[1]}" has ${plain.total} hits, "the ${words[1]} of" has ${padded.total}`);
    },
  },
  {
    id: 'search.sort-and-filters',
    title: 'sort=startTime orders hits by time; filters apply to search; pages are disjoint with a stable total',
    async run(ctx) {
      await fullText(ctx);
      const { words } = await phraseFixture(ctx);
      for (const direction of ['desc', 'asc'] as const) {
        const page = await search(ctx, { q: words[0], sort: `startTime:${direction}`, limit: 30 });
        for (let i = 1; i < page.items.length; i++) {
          const [a, b] = [Date.parse(page.items[i - 1]!.conversation.startTime), Date.parse(page.items[i]!.conversation.startTime)];
          check(direction === 'desc' ? b <= a : b >= a, `sort=startTime:${direction} out of order at ${i}`);
        }
      }
      const chat = await search(ctx, { q: words[0], channel: 'chat', limit: 30 });
      check(chat.items.every((h) => h.conversation.channel === 'chat'), 'channel=chat returned another channel');
      const first = await search(ctx, { q: words[0], limit: 5 });
      if (first.nextCursor) {
        const second = await search(ctx, { q: words[0], limit: 5, cursor: first.nextCursor });
        const ids = [...first.items, ...second.items].map((h) => h.conversation.id);
        check(new Set(ids).size === ids.length, 'a conversation appeared on two search pages');
        check(first.total === second.total, 'total changed between pages');
      }
    },
  },
  {
    id: 'search.notes',
    title: 'Agent notes and disposition notes are searchable (highlight field names them)',
    async run(ctx) {
      await fullText(ctx);
      const page = await ctx.list({ status: 'completed', limit: 40 });
      for (const summary of page.items) {
        const c = ctx.http.expectOk(await ctx.call({ op: 'getConversation', params: { id: summary.id } })) as {
          notes: { text: string }[];
          disposition: { notes: string | null } | null;
        };
        const sources: [string, string | undefined][] = [
          ['agent_note', c.notes[0]?.text],
          ['disposition_note', c.disposition?.notes ?? undefined],
        ];
        for (const [field, text] of sources) {
          const word = text?.split(/\s+/).find((w) => /^[A-Za-z]{5,}$/.test(w));
          if (!word) continue;
          const hit = hitFor(await search(ctx, { q: word, conversationId: summary.id }), summary.id);
          check(hit, `"${word}" from the ${field} of ${summary.id} was not found`);
          check(hit.highlights.some((h) => h.field === field || h.field === 'transcript'), `no highlight for the ${field}`);
          return;
        }
      }
      skip('no agent or disposition note with a 5-letter word among the newest 40 completed conversations');
    },
  },
  {
    id: 'search.id',
    title: 'Searching an ID finds that conversation with tier "id"',
    async run(ctx) {
      const target = (await ctx.list({ limit: 3 })).items[2] ?? skip('fewer than 3 conversations');
      const page = await search(ctx, { q: target.id });
      check(page.items[0]?.conversation.id === target.id, `searching ${target.id} did not put it first`);
      check(page.items[0]!.tier === 'id', `tier is ${page.items[0]!.tier}, expected id`);
    },
  },
  {
    id: 'search.id-only',
    title: 'Without full-text search a word query answers 501 search_unavailable',
    async run(ctx) {
      const caps = await ctx.privilegedCaps();
      if (caps.features.fullTextSearch) skip('full-text search is on');
      ctx.http.expectError(await ctx.call({ op: 'searchConversations', query: { q: 'refund please' } }), 501, 'search_unavailable');
    },
  },
];
