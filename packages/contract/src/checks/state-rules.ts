import { check, skip } from '../types.js';
import type { Check } from './check.js';

interface SavedFilter {
  id: string;
  name: string;
  isDefault: boolean;
}

export const stateRuleChecks: Check[] = [
  {
    id: 'pagination.no-empty-page',
    title: 'The last page ends the list: no trailing empty page, nextCursor null as soon as the items run out',
    async run(ctx) {
      const ids = (await ctx.list({ limit: 2 })).items.map((c) => c.id);
      if (ids.length < 2) skip('fewer than two conversations');
      const whole = await ctx.list({ conversationId: ids, limit: 2 });
      check(whole.items.length === 2, `conversationId=${ids.join(',')} returned ${whole.items.length} items`);
      check(whole.nextCursor === null, 'a page that holds the whole list still has a nextCursor (a trailing empty page)');
      const first = await ctx.list({ conversationId: ids, limit: 1 });
      check(first.nextCursor !== null, 'the first of two pages has no nextCursor');
      const second = await ctx.list({ conversationId: ids, limit: 1, cursor: first.nextCursor! });
      check(second.items.length === 1, `the second page has ${second.items.length} items`);
      check(second.nextCursor === null, 'the page with the last item still has a nextCursor');
    },
  },
  {
    id: 'filters.default-unmarks',
    title: 'Marking a saved filter default unmarks the previous default',
    async run(ctx) {
      await ctx.needPermissions('filters.manage');
      const made: string[] = [];
      try {
        for (const name of ['Conformance default A', 'Conformance default B']) {
          made.push((ctx.http.expectOk(await ctx.call({ op: 'createFilter', json: { name, query: {} } }), 201) as SavedFilter).id);
        }
        const [a, b] = made as [string, string];
        ctx.http.expectOk(await ctx.call({ op: 'markDefaultFilter', params: { filterId: a } }));
        ctx.http.expectOk(await ctx.call({ op: 'markDefaultFilter', params: { filterId: b } }));
        const list = ctx.http.expectOk(await ctx.call({ op: 'listFilters' })) as { items: SavedFilter[] };
        const defaults = list.items.filter((f) => f.isDefault).map((f) => f.id);
        check(defaults.length === 1 && defaults[0] === b, `after marking A then B default, the defaults are ${defaults.join(', ') || 'none'}`);
        const oldDefault = ctx.http.expectOk(await ctx.call({ op: 'getFilter', params: { filterId: a } })) as SavedFilter;
        check(!oldDefault.isDefault, 'the previous default is still isDefault');
      } finally {
        for (const id of made) await ctx.call({ op: 'deleteFilter', params: { filterId: id } });
      }
    },
  },
  {
    id: 'filters.per-user',
    title: 'Saved filters are per user: another user neither lists nor reads them',
    async run(ctx) {
      await ctx.needPermissions('filters.manage');
      const others = [ctx.tokens.any, ctx.tokens.unprivileged].filter((t): t is string => Boolean(t) && t !== ctx.tokens.privileged);
      const me = (await ctx.privilegedCaps()).user.id;
      let other: string | undefined;
      for (const t of others) {
        const caps = await ctx.capabilities(t);
        if (caps.user.id !== me && caps.permissions.includes('filters.manage')) other = t;
      }
      if (!other) skip('no second user with filters.manage among the given tokens');
      const mine = ctx.http.expectOk(await ctx.call({ op: 'createFilter', json: { name: 'Conformance private', query: {} } }), 201) as SavedFilter;
      try {
        const theirs = ctx.http.expectOk(await ctx.call({ op: 'listFilters', token: other })) as { items: SavedFilter[] };
        check(!theirs.items.some((f) => f.id === mine.id), "another user's list shows my saved filter");
        ctx.http.expectError(await ctx.call({ op: 'getFilter', params: { filterId: mine.id }, token: other }), 404, 'not_found');
      } finally {
        await ctx.call({ op: 'deleteFilter', params: { filterId: mine.id } });
      }
    },
  },
  {
    id: 'dispositions.v0',
    title: '"v0" means "none yet": no disposition answers 200 null with ETag "v0"; If-Match "v0" on an existing one is a conflict',
    async run(ctx) {
      await ctx.needPermissions('dispositions.edit');
      const { summary } = await ctx.completedWithDisposition();
      const before = ctx.http.expectOk(await ctx.call({ op: 'getDisposition', params: { id: summary.id } })) as { version: number; code: string };
      if (before.version > 0) {
        const codes = await ctx.dispositionCodes();
        const res = await ctx.call({ op: 'updateDisposition', params: { id: summary.id }, json: { code: codes.find((c) => c.code !== before.code)!.code }, headers: { 'if-match': '"v0"' } });
        ctx.http.expectError(res, 409, 'conflict');
        const after = ctx.http.expectOk(await ctx.call({ op: 'getDisposition', params: { id: summary.id } })) as { version: number; code: string };
        check(after.version === before.version && after.code === before.code, 'If-Match "v0" overwrote an existing disposition');
      }
      const page = await ctx.list({ status: 'completed', limit: 60 });
      for (const c of page.items.slice(0, 40)) {
        const detail = ctx.http.expectOk(await ctx.call({ op: 'getConversation', params: { id: c.id } })) as { disposition: unknown };
        if (detail.disposition !== null) continue;
        const none = await ctx.call({ op: 'getDisposition', params: { id: c.id } });
        check(none.status === 200 && none.text.trim() === 'null', `no disposition yet answered ${none.status} ${none.text.slice(0, 80)}, expected 200 null`);
        check(/^(W\/)?"v0"$/.test(none.headers.get('etag') ?? ''), `no disposition yet has ETag ${none.headers.get('etag')}, expected "v0"`);
        return;
      }
    },
  },
];
