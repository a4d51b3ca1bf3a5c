import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startTestServer, type TestServer } from '../src/testing.js';
import { get } from './helpers.js';

let server: TestServer;
before(async () => {
  server = await startTestServer();
});
after(() => server.close());

const search = (q: string, extra = '', who: 'admin' | 'analyst' = 'admin') => get(server, who, `/v1/search?q=${encodeURIComponent(q)}${extra}`);

describe('full-text search', () => {
  test('an exact phrase ranks above all words, which rank above some words', async () => {
    const res = await search('charged twice', '&limit=200');
    assert.ok(res.body.total > 0);
    const tiers = res.body.items.map((h: any) => h.tier);
    assert.equal(tiers[0], 'exact');
    const rank = { exact: 0, all_words: 1, some_words: 2 } as Record<string, number>;
    for (let i = 1; i < tiers.length; i++) assert.ok(rank[tiers[i]] >= rank[tiers[i - 1]], `tier order broken at ${i}: ${tiers.join(',')}`);
    // "twice charged" is not a phrase anywhere, but both words occur together.
    const reversed = await search('twice charged', '&limit=5');
    assert.equal(reversed.body.items[0].tier, 'all_words');
    const some = await search('charged zebra', '&limit=5');
    assert.equal(some.body.items[0].tier, 'some_words');
  });

  test('highlights point at the matched words in transcript or note text', async () => {
    const res = await search('router', '&limit=10');
    assert.ok(res.body.items.length > 0);
    for (const hit of res.body.items) {
      assert.ok(hit.highlights.length > 0, 'a highlight');
      for (const h of hit.highlights) for (const r of h.ranges) assert.match(h.text.slice(r.start, r.end).toLowerCase(), /router/);
    }
  });

  test('prefixes match, stop words are ignored, and the count stays the same', async () => {
    const full = await search('technician');
    const prefix = await search('technicia');
    assert.ok(full.body.total > 0);
    assert.ok(prefix.body.total >= full.body.total);
    const padded = await search('the technician of');
    assert.equal(padded.body.total, full.body.total);
  });

  test('agent notes and disposition notes are searched, AI error logs are not', async () => {
    const notes = await search('Refund issued', '&limit=50');
    assert.ok(notes.body.items.some((h: any) => h.highlights.some((x: any) => x.field === 'disposition_note' || x.field === 'agent_note')));
    // "Upstream model returned 503 Service Unavailable" appears only in LLM error items.
    const llm = await search('upstream');
    assert.equal(llm.body.total, 0);
  });

  test('start-time sort, filters and cursors', async () => {
    const desc = await search('refund', '&sort=startTime:desc&limit=30&channel=chat');
    const times = desc.body.items.map((h: any) => Date.parse(h.conversation.startTime));
    assert.deepEqual(times, [...times].sort((a, b) => b - a));
    assert.ok(desc.body.items.every((h: any) => h.conversation.channel === 'chat'));
    const next = await search('refund', `&sort=startTime:desc&limit=30&channel=chat&cursor=${desc.body.nextCursor}`);
    const ids = new Set([...desc.body.items, ...next.body.items].map((h: any) => h.conversation.id));
    assert.equal(ids.size, desc.body.items.length + next.body.items.length);
    const bad = await search('refund', '&cursor=abc');
    assert.equal(bad.status, 400);
    assert.equal(bad.body.error.details.fields[0].name, 'cursor');
  });

  test('IDs find their conversation: conversation, session, user and call IDs', async () => {
    const c = (await get(server, 'admin', '/v1/conversations?channel=voice&limit=1')).body.items[0];
    for (const id of [c.id, c.identifiers.sessionId, c.identifiers.userId, c.identifiers.callId, c.identifiers.callConversationId]) {
      const res = await search(id);
      assert.equal(res.body.items[0]?.conversation.id, c.id, id);
      assert.equal(res.body.items[0].tier, 'id');
    }
  });

  test('results carry no PII for callers without pii.view', async () => {
    const res = await search('email', '&limit=20', 'analyst');
    for (const hit of res.body.items) {
      assert.equal(hit.conversation.customer.obscured, true);
      assert.equal(hit.conversation.customer.name, null);
    }
  });

  test("a customer's name and e-mail match only for callers with pii.view", async () => {
    const c = (await get(server, 'admin', '/v1/conversations?limit=50')).body.items.find((x: any) => x.customer.email && x.customer.name);
    for (const q of [c.customer.email, c.customer.name]) {
      const admin = await search(q, '&limit=50');
      assert.ok(admin.body.items.some((h: any) => h.conversation.id === c.id), `admin finds ${q}`);
      const analyst = await search(q, '&limit=200', 'analyst');
      for (const hit of analyst.body.items) {
        for (const h of hit.highlights) for (const r of h.ranges) assert.ok(!q.toLowerCase().split(/\W+/).includes(h.text.slice(r.start, r.end).toLowerCase()) || hit.conversation.id !== c.id);
      }
      assert.ok(!analyst.body.items.some((h: any) => h.conversation.id === c.id && h.tier === 'exact'), `analyst never matches ${q} exactly`);
    }
    const email = await search(c.customer.email, '', 'analyst');
    assert.equal(email.body.total, 0);
  });

  test('an ID matches only itself, in any case, never a longer ID it is a prefix of', async () => {
    const upper = await search('CONV_000497');
    assert.equal(upper.body.items[0]?.conversation.id, 'conv_000497');
    assert.equal(upper.body.items[0].tier, 'id');
    const short = await search('conv_00497');
    assert.ok(!short.body.items.some((h: any) => h.tier === 'id'));
  });

  test('syntax characters are text, never an error', async () => {
    for (const q of ['"', '-', 'OR', '"unterminated', 'a"b(c)*:^ NEAR/2', '{x} AND NOT', '\\']) {
      const res = await search(q);
      assert.equal(res.status, 200, q);
    }
  });
});

describe('with full-text search switched off', () => {
  let idOnly: TestServer;
  before(async () => {
    idOnly = await startTestServer({ fullTextSearch: false });
  });
  after(() => idOnly.close());

  test('capabilities say so, words answer 501, IDs still work', async () => {
    const caps = await get(idOnly, 'admin', '/v1/capabilities');
    assert.equal(caps.body.features.fullTextSearch, false);
    const words = await get(idOnly, 'admin', '/v1/search?q=refund%20please');
    assert.equal(words.status, 501);
    assert.equal(words.body.error.code, 'search_unavailable');
    const byId = await get(idOnly, 'admin', '/v1/search?q=conv_000042');
    assert.equal(byId.body.items[0].conversation.id, 'conv_000042');
  });
});
