import { unzipSync } from 'fflate';
import type { CheckContext } from '../context.js';
import { check } from '../types.js';
import type { Check } from './check.js';
import { readLiveFrames, provokeLiveEvents } from './live.js';

/** A pattern for each secret: e-mails case-insensitively, phone numbers by their digits with any separators. */
function patterns(secrets: string[]): RegExp[] {
  return secrets.map((s) => {
    if (s.includes('@')) return new RegExp(s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'i');
    const digits = s.replace(/\D/g, '');
    // The last 9 digits: a number may appear with or without its country code.
    return new RegExp(digits.slice(-9).split('').join('[\\s().-]*'));
  });
}

/** Any e-mail address at all (a backend may show other addresses, but never the customer's; see `patterns`). */
function leak(text: string, secrets: string[]): string | null {
  for (const [i, re] of patterns(secrets).entries()) if (re.test(text)) return secrets[i]!;
  return null;
}

function noLeak(where: string, text: string, secrets: string[]): void {
  const found = leak(text, secrets);
  check(found === null, `${where} shows the customer's "${found}" to a caller without pii.view`);
}

async function sample(ctx: CheckContext) {
  return ctx.piiSample();
}

export const piiChecks: Check[] = [
  {
    id: 'pii.transcripts',
    title: 'Without pii.view the customer\'s e-mail and phone appear nowhere in the transcript, its CSV or the subject',
    async run(ctx) {
      const token = await ctx.piiBlindToken();
      const { summary, secrets } = await sample(ctx);
      const res = await ctx.call({ op: 'getTranscript', params: { id: summary.id }, query: { limit: 500 }, token });
      noLeak('the transcript', JSON.stringify(ctx.http.expectOk(res)), secrets);
      const caps = await ctx.capabilities(token);
      if (caps.permissions.includes('transcripts.download')) {
        const csv = await ctx.call({ op: 'downloadTranscript', params: { id: summary.id }, query: { format: 'csv' }, token });
        check(csv.status === 200, `transcript CSV answered ${csv.status}`);
        noLeak('the transcript CSV', csv.text, secrets);
      }
    },
  },
  {
    id: 'pii.search',
    title: 'Without pii.view search hits and highlights show no customer PII, even when searching for it',
    async run(ctx) {
      const token = await ctx.piiBlindToken();
      const caps = await ctx.privilegedCaps();
      const { summary, secrets } = await sample(ctx);
      const queries = caps.features.fullTextSearch ? [summary.id, ...secrets.map((s) => s.split('@')[0]!)] : [summary.id];
      for (const q of queries) {
        const res = await ctx.call({ op: 'searchConversations', query: { q, limit: 20 }, token });
        const page = ctx.http.expectOk(res) as { items: { conversation: { customer: { obscured: boolean } } }[] };
        check(page.items.every((h) => h.conversation.customer.obscured), `search "${q}": a hit's customer is not obscured`);
        noLeak(`search "${q}"`, res.text, secrets);
      }
    },
  },
  {
    id: 'pii.exports',
    title: 'Without pii.view the conversation CSV and the transcripts zip show no customer PII',
    async run(ctx) {
      const token = await ctx.piiBlindToken('exports.run', 'transcripts.download');
      const { summary, secrets } = await sample(ctx);
      const csv = await ctx.call({ op: 'exportConversations', json: { ids: [summary.id] }, token });
      check(csv.status === 200, `conversation export answered ${csv.status}`);
      noLeak('the conversation CSV', csv.text, secrets);
      const zip = await ctx.call({ op: 'exportTranscripts', json: { ids: [summary.id] }, token });
      check(zip.status === 200, `transcripts export answered ${zip.status}`);
      for (const [name, bytes] of Object.entries(unzipSync(zip.bytes))) noLeak(`${name} in the transcripts zip`, new TextDecoder().decode(bytes), secrets);
    },
  },
  {
    id: 'pii.diagnostics',
    title: 'Without pii.view SIP headers, the TEXT export and the PCAP show no customer PII',
    async run(ctx) {
      const token = await ctx.piiBlindToken('diagnostics.view');
      await ctx.needPermissions('pii.view');
      const voice = await ctx.find('voice-with-phone', { channel: 'voice', status: 'completed' }, (c) => Boolean(c.customer.phone));
      const secrets = [voice.customer.phone, voice.customer.email].filter((s): s is string => Boolean(s && s.length >= 6));
      const flow = await ctx.call({ op: 'getSipFlow', params: { id: voice.id }, token });
      noLeak('the SIP flow', JSON.stringify(ctx.http.expectOk(flow)), secrets);
      const participants = await ctx.call({ op: 'getParticipants', params: { id: voice.id }, token });
      noLeak('the participants', JSON.stringify(ctx.http.expectOk(participants)), secrets);
      for (const format of ['text', 'pcap']) {
        const file = await ctx.call({ op: 'exportDiagnostics', params: { id: voice.id }, query: { format }, token });
        check(file.status === 200, `${format} export answered ${file.status}`);
        noLeak(`the ${format.toUpperCase()} export`, new TextDecoder('latin1').decode(file.bytes), secrets);
      }
    },
  },
  {
    id: 'pii.live',
    title: 'Without pii.view live events show no customer PII',
    async run(ctx) {
      const token = await ctx.piiBlindToken();
      const caps = await ctx.privilegedCaps();
      if (!caps.features.liveUpdates) return;
      await ctx.needPermissions('pii.view', 'supervisor.act');
      const live = await ctx.inProgress();
      const full = ctx.http.expectOk(await ctx.call({ op: 'getConversation', params: { id: live.id } })) as { customer: { email: string | null; phone: string | null; name: string | null } };
      const secrets = [full.customer.email, full.customer.phone].filter((s): s is string => Boolean(s && s.length >= 6));
      const { frames } = await readLiveFrames(ctx, token, {}, 2, 10_000, () => provokeLiveEvents(ctx, 2, live.id));
      check(frames.length >= 1, `received ${frames.length} live events`);
      for (const frame of frames) {
        noLeak(`live event ${frame.id}`, frame.data, secrets);
        const data = JSON.parse(frame.data) as { conversation?: { customer?: { obscured?: boolean } } };
        if (data.conversation?.customer) check(data.conversation.customer.obscured === true, `live event ${frame.id}: customer not obscured`);
      }
    },
  },
];
