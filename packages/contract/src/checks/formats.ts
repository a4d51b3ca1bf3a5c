import { unzipSync } from 'fflate';
import { check, skip } from '../types.js';
import type { Check } from './check.js';

const EVENTS_CSV_HEADER = 'conversationId,id,type,at,actor,details';

export const formatChecks: Check[] = [
  {
    id: 'formats.redaction-masks',
    title: 'Every redaction span of a transcript message is masked with "█"',
    async run(ctx) {
      const page = await ctx.list({ status: 'completed', limit: 60 });
      let spans = 0;
      for (const c of page.items.filter((x) => x.hasTranscript).slice(0, 25)) {
        const t = ctx.http.expectOk(await ctx.call({ op: 'getTranscript', params: { id: c.id }, query: { limit: 500 } })) as {
          items: { kind: string; text?: string; redactions?: { start: number; end: number }[] }[];
        };
        for (const item of t.items) {
          for (const r of item.redactions ?? []) {
            spans++;
            const masked = item.text!.slice(r.start, r.end);
            check(masked.length > 0 && /^█+$/.test(masked), `${c.id}: redaction ${r.start}-${r.end} reads "${masked}", not "█" masks`);
          }
        }
        if (spans >= 3) return;
      }
      if (spans === 0) skip('no redaction among the newest transcripts');
    },
  },
  {
    id: 'formats.export-files',
    title: 'The transcripts zip holds one <conversationId>.csv per conversation; events CSVs have the contract\'s columns',
    async run(ctx) {
      await ctx.needPermissions('exports.run', 'transcripts.download', 'events.view');
      const ids = (await ctx.recentIds(3)).slice(0, 3);
      const zip = await ctx.call({ op: 'exportTranscripts', json: { ids } });
      check(zip.status === 200, `transcripts export answered ${zip.status}`);
      const names = Object.keys(unzipSync(zip.bytes)).sort();
      check(names.join() === ids.map((id) => `${id}.csv`).sort().join(), `zip entries ${names.join(', ')}, expected ${ids.map((id) => `${id}.csv`).join(', ')}`);
      const events = await ctx.call({ op: 'exportEvents', json: { ids } });
      check(events.status === 200, `events export answered ${events.status}`);
      const header = events.text.replace(/^\uFEFF/, '').split(/\r?\n/)[0];
      check(header === EVENTS_CSV_HEADER, `events export header "${header}", expected "${EVENTS_CSV_HEADER}"`);
      const one = await ctx.call({ op: 'downloadEvents', params: { id: ids[0]! } });
      const header1 = one.text.replace(/^\uFEFF/, '').split(/\r?\n/)[0];
      check(header1 === EVENTS_CSV_HEADER, `events download header "${header1}", expected "${EVENTS_CSV_HEADER}"`);
    },
  },
];
