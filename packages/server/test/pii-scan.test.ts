/**
 * PII scan: nothing built for a caller without `pii.view` contains a customer's name, phone or
 * e-mail — JSON, CSV, zip, diagnostics text export, PCAP, live events (SSE) and search highlights.
 * The analyst role has every permission except pii.view, so it sees every representation.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { strFromU8, unzipSync } from 'fflate';
import { startTestServer, type TestServer } from '../src/testing.js';
import { call, get, type Answer } from './helpers.js';

let server: TestServer;

interface Customer {
  id: string;
  /** Full name, e-mail, phone: never in anything built for the caller. */
  needles: RegExp[];
  /** First and last name as words: checked only where this one conversation is shown (agents elsewhere share names). */
  nameParts: RegExp[];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The customer's PII as the admin sees it, as patterns: full name, e-mail, phone with and without `+`, first name as a word. */
async function customerOf(id: string): Promise<Customer> {
  const c = (await get(server, 'admin', `/v1/conversations/${id}`)).body;
  const agents = new Set([c.supportAgent, ...c.agents, ...c.consultingAgents].filter(Boolean).flatMap((a: any) => a.name.split(/[\s-]+/)));
  const needles: RegExp[] = [];
  const { name, email, phone } = c.customer;
  const nameParts: RegExp[] = [];
  if (name) {
    needles.push(new RegExp(escape(name), 'i'));
    for (const part of name.split(/[\s-]+/)) if (part.length >= 3 && !agents.has(part)) nameParts.push(new RegExp(`\\b${escape(part)}\\b`));
  }
  if (email) needles.push(new RegExp(escape(email), 'i'));
  for (const p of new Set([phone, c.caller, c.callee].filter((x: string | null) => x && !/^\+1800/.test(x)))) {
    needles.push(new RegExp(`(?<!\\d)\\+?${escape(p.replace(/^\+/, ''))}(?!\\d)`));
    // The national number as people write or say it: 721 302 4069, (721) 302-4069, 721.302.4069.
    const d = p.replace(/\D/g, '').slice(-10);
    needles.push(new RegExp(`(?<!\\d)\\(?${d.slice(0, 3)}\\)?[\\s.-]*${d.slice(3, 6)}[\\s.-]*${d.slice(6)}(?!\\d)`));
  }
  return { id, needles, nameParts };
}

/** What of the customer's PII the text contains; `own`: the text shows only this conversation. */
function leaks(text: string, customer: Customer, own = false): string[] {
  const needles = own ? [...customer.needles, ...customer.nameParts] : customer.needles;
  return needles.filter((re) => re.test(text)).map((re) => `${re.source} in ${customer.id}`);
}

const asText = (res: Answer) => (res.headers.get('content-type')?.includes('pcap') ? Buffer.from(res.bytes).toString('latin1') : res.text);

const sample: { id: string; channel: string; hasLatencyReport: boolean; hasTranscript: boolean }[] = [];
before(async () => {
  server = await startTestServer({ count: 300 });
  const list = (await get(server, 'admin', '/v1/conversations?limit=200&status=completed')).body.items;
  for (const channel of ['voice', 'chat', 'email', 'messaging']) sample.push(...list.filter((c: any) => c.channel === channel && c.hasTranscript).slice(0, 3));
  assert.ok(sample.length >= 10);
});
after(() => server.close());

describe('PII scan for a caller without pii.view', () => {
  test('JSON representations', async () => {
    const found: string[] = [];
    for (const c of sample) {
      const who = await customerOf(c.id);
      const paths = [
        `/v1/conversations/${c.id}`, `/v1/conversations?conversationId=${c.id}`, `/v1/conversations/${c.id}/transcript?limit=200`,
        `/v1/conversations/${c.id}/events?limit=200`, `/v1/conversations/${c.id}/disposition`, `/v1/conversations/${c.id}/disposition/audit`,
      ];
      if (c.channel === 'voice') {
        paths.push(`/v1/conversations/${c.id}/recording`, `/v1/conversations/${c.id}/diagnostics/flow`, `/v1/conversations/${c.id}/diagnostics/qos`, `/v1/conversations/${c.id}/diagnostics/participants`);
      }
      for (const p of paths) found.push(...leaks((await get(server, 'analyst', p)).text, who, true).map((l) => `${p}: ${l}`));
    }
    const page = (await get(server, 'analyst', '/v1/conversations?limit=200')).text;
    for (const c of sample) found.push(...leaks(page, await customerOf(c.id)).map((l) => `list: ${l}`));
    assert.deepEqual(found, []);
  });

  test('CSV and zip exports', async () => {
    const found: string[] = [];
    const ids = sample.map((c) => c.id);
    const customers = await Promise.all(ids.map(customerOf));
    const all = async (label: string, res: Answer) => {
      assert.equal(res.status, 200, label);
      for (const who of customers) found.push(...leaks(res.text, who).map((l) => `${label}: ${l}`));
    };
    await all('exports/conversations', await call(server, 'analyst', 'POST', '/v1/exports/conversations', { json: { ids } }));
    await all('exports/events', await call(server, 'analyst', 'POST', '/v1/exports/events', { json: { ids } }));
    const zip = await call(server, 'analyst', 'POST', '/v1/exports/transcripts', { json: { ids } });
    assert.equal(zip.status, 200);
    for (const [name, bytes] of Object.entries(unzipSync(zip.bytes))) {
      for (const who of customers) found.push(...leaks(strFromU8(bytes), who, name === `${who.id}.csv`).map((l) => `zip ${name}: ${l}`));
    }
    for (const c of sample) {
      const who = customers[ids.indexOf(c.id)];
      const paths = [`/v1/conversations/${c.id}/transcript/download`, `/v1/conversations/${c.id}/events/download`];
      if (c.hasLatencyReport) paths.push(`/v1/conversations/${c.id}/latency-report`);
      for (const p of paths) found.push(...leaks((await get(server, 'analyst', p)).text, who, true).map((l) => `${p}: ${l}`));
    }
    assert.deepEqual(found, []);
  });

  test('diagnostics text export and PCAP', async () => {
    const found: string[] = [];
    for (const c of sample.filter((x) => x.channel === 'voice')) {
      const who = await customerOf(c.id);
      for (const format of ['text', 'pcap']) {
        const res = await get(server, 'analyst', `/v1/conversations/${c.id}/diagnostics/export?format=${format}`);
        assert.equal(res.status, 200);
        found.push(...leaks(asText(res), who, true).map((l) => `export ${format}: ${l}`));
      }
    }
    assert.deepEqual(found, []);
  });

  test('search neither matches PII nor shows it in highlights', async () => {
    const found: string[] = [];
    for (const c of sample) {
      const full = (await get(server, 'admin', `/v1/conversations/${c.id}`)).body;
      const who = await customerOf(c.id);
      for (const q of [full.customer.name, full.customer.email, full.customer.phone].filter(Boolean)) {
        const res = await get(server, 'analyst', `/v1/search?q=${encodeURIComponent(q)}&limit=50`);
        found.push(...leaks(res.text, who).map((l) => `search ${q}: ${l}`));
        if (res.body.items?.some((h: any) => h.conversation.id === c.id)) found.push(`search ${q} finds ${c.id}`);
      }
    }
    assert.deepEqual(found, []);
  });
});

describe('PII scan of live events', () => {
  let live: TestServer;
  before(async () => {
    live = await startTestServer({ count: 300, live: true, fullTextSearch: false });
  });
  after(() => live.close());

  test('SSE for a caller without pii.view', async () => {
    const controller = new AbortController();
    const res = await fetch(`${live.baseUrl}/v1/live`, { headers: { authorization: `Bearer ${live.tokens.analyst}`, 'last-event-id': '0' }, signal: controller.signal });
    assert.equal(res.status, 200);
    const reader = res.body!.getReader();
    let text = '';
    const stopAt = Date.now() + 4000;
    while (Date.now() < stopAt && text.split('\nevent:').length < 40) {
      const chunk = await Promise.race([reader.read(), new Promise<null>((r) => setTimeout(() => r(null), 500))]);
      if (chunk && 'value' in chunk && chunk.value) text += new TextDecoder().decode(chunk.value);
    }
    controller.abort();
    const ids = [...new Set([...text.matchAll(/"id":"(conv_\w+)"/g)].map((m) => m[1]))];
    assert.ok(ids.length > 0, 'some live events arrived');
    const found: string[] = [];
    for (const id of ids.slice(0, 30)) {
      const c = (await get(live, 'admin', `/v1/conversations/${id}`)).body;
      const { name, email, phone } = c.customer;
      for (const s of [name, email, phone].filter(Boolean)) if (text.includes(s)) found.push(`${s} (${id})`);
    }
    assert.deepEqual(found, []);
  });
});
