import { unzipSync } from 'fflate';
import { TRANSCRIPTS_ZIP_NAME } from '../spec-messages.js';
import { check, skip } from '../types.js';
import { contentDispositionFilename, type Check } from './check.js';

interface Disposition {
  code: string;
  label: string;
  version: number;
}

export const dispositionChecks: Check[] = [
  {
    id: 'dispositions.etag',
    title: 'Disposition edits need If-Match: missing → 428, stale → 409 with current and nothing overwritten, fresh → new version, audited',
    async run(ctx) {
      await ctx.needPermissions('dispositions.edit');
      const { summary } = await ctx.completedWithDisposition();
      const id = summary.id;
      const read = await ctx.call({ op: 'getDisposition', params: { id } });
      const before = ctx.http.expectOk(read) as Disposition;
      const etag = read.headers.get('etag');
      check(etag === `"v${before.version}"` || etag === `W/"v${before.version}"`, `ETag is ${etag}, expected "v${before.version}"`);
      const codes = await ctx.dispositionCodes();
      const next = codes.find((c) => c.code !== before.code)!;

      ctx.http.expectError(await ctx.call({ op: 'updateDisposition', params: { id }, json: { code: next.code } }), 428, 'precondition_required');

      const stale = await ctx.call({ op: 'updateDisposition', params: { id }, json: { code: next.code }, headers: { 'if-match': `"v${before.version + 1000}"` } });
      const conflict = ctx.http.expectError(stale, 409, 'conflict');
      const current = conflict.details?.current;
      const problems = ctx.contract.problems('Disposition', current);
      check(problems.length === 0, `409 details.current is not a Disposition: ${problems.join('; ')}`);
      check((current as Disposition).version === before.version, 'details.current is not the current version');
      const unchanged = ctx.http.expectOk(await ctx.call({ op: 'getDisposition', params: { id } })) as Disposition;
      check(unchanged.version === before.version && unchanged.code === before.code, 'a stale write changed the disposition');

      const auditBefore = (ctx.http.expectOk(await ctx.call({ op: 'getDispositionAudit', params: { id } })) as { items: unknown[] }).items.length;
      const ok = await ctx.call({ op: 'updateDisposition', params: { id }, json: { code: next.code, notes: 'Changed by conformance check' }, headers: { 'if-match': etag! } });
      const after = ctx.http.expectOk(ok) as Disposition;
      check(after.code === next.code && after.version === before.version + 1, `after the edit: code ${after.code}, version ${after.version}`);
      check(ok.headers.get('etag')?.includes(`v${after.version}`), 'the edit did not answer the new ETag');
      const audit = ctx.http.expectOk(await ctx.call({ op: 'getDispositionAudit', params: { id } })) as { items: { to: { code: string } }[] };
      check(audit.items.length === auditBefore + 1, 'the edit was not audited');
      check(audit.items.at(-1)!.to.code === next.code, 'the newest audit entry is not the edit (audit must be oldest first)');
    },
  },
  {
    id: 'dispositions.not-completed',
    title: 'Editing the disposition of an in-progress conversation answers 409 invalid_state',
    async run(ctx) {
      await ctx.needPermissions('dispositions.edit');
      const c = await ctx.inProgress();
      const codes = await ctx.dispositionCodes();
      const res = await ctx.call({ op: 'updateDisposition', params: { id: c.id }, json: { code: codes[0]!.code }, headers: { 'if-match': '"v0"' } });
      ctx.http.expectError(res, 409, 'invalid_state');
    },
  },
];

export const supervisorChecks: Check[] = [
  {
    id: 'supervisor.actions',
    title: 'Join, assign and change queue work on in-progress conversations and answer 409 invalid_state otherwise',
    async run(ctx) {
      await ctx.needPermissions('supervisor.act');
      const live = await ctx.inProgress();
      const joined = ctx.http.expectOk(await ctx.call({ op: 'supervisorJoin', params: { id: live.id } })) as { joinedUsers: unknown[] };
      check(joined.joinedUsers.length > 0, 'after join, joinedUsers is empty');
      const agent = await ctx.firstAgent();
      const assigned = ctx.http.expectOk(await ctx.call({ op: 'supervisorAssign', params: { id: live.id }, json: { agentId: agent.id } })) as { supportAgent: { id: string } | null };
      check(assigned.supportAgent?.id === agent.id, 'after assign, supportAgent is not the chosen agent');
      const queues = await ctx.queues();
      const target = queues.find((q) => q.id !== live.queues.at(-1)?.id) ?? queues[0]!;
      const moved = ctx.http.expectOk(await ctx.call({ op: 'supervisorChangeQueue', params: { id: live.id }, json: { queueId: target.id } })) as { queues: { id: string }[] };
      check(moved.queues.at(-1)?.id === target.id, 'after change-queue, the last queue is not the chosen one');
      const done = await ctx.find('completed', { status: 'completed' });
      ctx.http.expectError(await ctx.call({ op: 'supervisorJoin', params: { id: done.id } }), 409, 'invalid_state');
      ctx.http.expectError(await ctx.call({ op: 'supervisorAssign', params: { id: live.id }, json: { agentId: 'conformance-no-agent' } }), 400, 'validation_failed');
    },
  },
];

export const filterChecks: Check[] = [
  {
    id: 'filters.crud',
    title: 'Saved filters: create, list, get, rename, duplicate, mark default, delete',
    async run(ctx) {
      await ctx.needPermissions('filters.manage');
      const query = { channel: ['voice'], status: ['completed_drop_off'], tag: [{ name: 'tier', op: 'contains', value: 'gold' }] };
      const created = ctx.http.expectOk(await ctx.call({ op: 'createFilter', json: { name: 'Conformance drop-offs', query } }), 201) as { id: string; query: unknown; isDefault: boolean };
      check(JSON.stringify(created.query) === JSON.stringify(query), `the saved query differs: ${JSON.stringify(created.query)}`);
      try {
        const list = ctx.http.expectOk(await ctx.call({ op: 'listFilters' })) as { items: { id: string }[] };
        check(list.items.some((f) => f.id === created.id), 'the new filter is not listed');
        const renamed = ctx.http.expectOk(await ctx.call({ op: 'updateFilter', params: { filterId: created.id }, json: { name: 'Conformance renamed' } })) as { name: string };
        check(renamed.name === 'Conformance renamed', 'rename did not stick');
        const copy = ctx.http.expectOk(await ctx.call({ op: 'duplicateFilter', params: { filterId: created.id }, json: { name: 'Conformance copy' } }), 201) as { id: string; isDefault: boolean; query: unknown };
        check(copy.id !== created.id && !copy.isDefault && JSON.stringify(copy.query) === JSON.stringify(query), 'duplicate is not an independent, non-default copy');
        ctx.http.expectOk(await ctx.call({ op: 'markDefaultFilter', params: { filterId: copy.id } }));
        const afterDefault = ctx.http.expectOk(await ctx.call({ op: 'listFilters' })) as { items: { id: string; isDefault: boolean }[] };
        const defaults = afterDefault.items.filter((f) => f.isDefault);
        check(defaults.length === 1 && defaults[0]!.id === copy.id, 'exactly one filter must be default after mark-default');
        check(afterDefault.items[0]!.id === copy.id, 'the default filter is not listed first');
        check((await ctx.call({ op: 'deleteFilter', params: { filterId: copy.id } })).status === 204, 'delete did not answer 204');
        ctx.http.expectError(await ctx.call({ op: 'getFilter', params: { filterId: copy.id } }), 404, 'not_found');
        ctx.http.expectError(await ctx.call({ op: 'createFilter', json: { name: '', query: {} } }), 400, 'validation_failed');
      } finally {
        await ctx.call({ op: 'deleteFilter', params: { filterId: created.id } });
      }
    },
  },
];

filterChecks.push({
  id: 'idempotency.replay',
  title: 'Repeating a create with the same Idempotency-Key has no further effect',
  async run(ctx) {
    await ctx.needPermissions('filters.manage');
    const key = `conformance-${Date.now()}-${Math.random().toString(36).slice(2)}`;
    const name = `Conformance idempotent ${key.slice(-6)}`;
    const request = { op: 'createFilter', json: { name, query: {} }, headers: { 'idempotency-key': key } };
    const first = ctx.http.expectOk(await ctx.call(request), 201) as { id: string };
    try {
      const again = await ctx.call(request);
      check(again.status >= 200 && again.status < 300, `the repeat answered ${again.status}`);
      check((again.json as { id?: string }).id === first.id, 'the repeat created another filter');
      const list = ctx.http.expectOk(await ctx.call({ op: 'listFilters' })) as { items: { name: string }[] };
      check(list.items.filter((f) => f.name === name).length === 1, 'the repeat created another filter');
    } finally {
      const list = ctx.http.expectOk(await ctx.call({ op: 'listFilters' })) as { items: { id: string; name: string }[] };
      for (const f of list.items.filter((x) => x.name === name)) await ctx.call({ op: 'deleteFilter', params: { filterId: f.id } });
    }
  },
});

export const exportChecks: Check[] = [
  {
    id: 'exports.files',
    title: 'Conversation CSV, transcripts zip (named per spec, blank files allowed, ≤ 25) and events CSV',
    async run(ctx) {
      await ctx.needPermissions('exports.run', 'transcripts.download', 'events.view');
      const rows = (await ctx.list({ limit: 3 })).items;
      check(rows.length === 3, 'need three conversations');
      const ids = rows.map((r) => r.id);
      const csv = await ctx.call({ op: 'exportConversations', json: { ids } });
      check(csv.status === 200 && /text\/csv/.test(csv.contentType), `conversation export answered ${csv.status} ${csv.contentType}`);
      check(csv.text.trim().split(/\r?\n/).length >= 4, 'conversation CSV lacks a header and three rows');
      const zip = await ctx.call({ op: 'exportTranscripts', json: { ids } });
      check(zip.status === 200 && /zip/.test(zip.contentType), `transcripts export answered ${zip.status} ${zip.contentType}`);
      const name = contentDispositionFilename(zip.headers.get('content-disposition'));
      check(name && TRANSCRIPTS_ZIP_NAME.test(name), `zip file name "${name}" is not transcripts-YYYY-MM-DD-HH24-mm-SS.zip`);
      const files = unzipSync(zip.bytes);
      check(Object.keys(files).length === ids.length, `the zip has ${Object.keys(files).length} files for ${ids.length} conversations`);
      const events = await ctx.call({ op: 'exportEvents', json: { ids } });
      check(events.status === 200 && /text\/csv/.test(events.contentType), `events export answered ${events.status}`);
    },
  },
  {
    id: 'exports.limit',
    title: 'The transcripts export takes features.maxTranscriptExport conversations and answers 400 export_limit_exceeded above it',
    async run(ctx) {
      await ctx.needPermissions('exports.run', 'transcripts.download');
      const max = (await ctx.privilegedCaps()).features.maxTranscriptExport;
      const ids = (await ctx.list({ limit: Math.min(200, max + 1) })).items.map((r) => r.id);
      if (ids.length < max + 1) skip(`fewer than ${max + 1} conversations`);
      const over = ctx.http.expectError(await ctx.call({ op: 'exportTranscripts', json: { ids } }), 400, 'export_limit_exceeded');
      check(over.details?.max === max, `details.max is ${JSON.stringify(over.details?.max)}, features.maxTranscriptExport is ${max}`);
      const atMax = await ctx.call({ op: 'exportTranscripts', json: { ids: ids.slice(0, max) } });
      check(atMax.status === 200, `exactly ${max} transcripts (the advertised limit) answered ${atMax.status}`);
    },
  },
];
