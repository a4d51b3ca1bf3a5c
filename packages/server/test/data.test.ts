import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { generateConversation } from '../src/generator/conversation.js';
import { buildScript } from '../src/generator/transcript.js';
import { startTestServer, type TestServer } from '../src/testing.js';
import { get } from './helpers.js';

describe('generator', () => {
  test('is deterministic: the same seed and number give the same conversation and transcript', () => {
    const now = Date.UTC(2026, 10, 25, 12);
    const a = generateConversation(4242, now - 86_400_000, { seed: 7, nowMs: now });
    const b = generateConversation(4242, now - 86_400_000, { seed: 7, nowMs: now });
    assert.deepEqual(a.rec, b.rec);
    assert.deepEqual(buildScript(a.rec), buildScript(b.rec));
    const c = generateConversation(4243, now - 86_400_000, { seed: 7, nowMs: now });
    assert.notDeepEqual(buildScript(c.rec).items.map((i) => i.kind === 'message' && i.text), buildScript(a.rec).items.map((i) => i.kind === 'message' && i.text));
  });

  test('the lite script used for seeding has the same texts and timing as the full one', () => {
    const now = Date.UTC(2026, 10, 25, 12);
    for (let n = 1; n <= 200; n++) {
      const { rec } = generateConversation(n, now - n * 3_600_000, { seed: 11, nowMs: now });
      const full = buildScript(rec);
      const lite = buildScript(rec, { lite: true });
      assert.equal(lite.durationSeconds, full.durationSeconds);
      assert.deepEqual(lite.items.map((i) => [i.kind, i.offsetSeconds, 'text' in i ? i.text : null]), full.items.map((i) => [i.kind, i.offsetSeconds, 'text' in i ? i.text : null]));
    }
  });

  test('voice turns follow each other in time and PII is masked where it is listed', () => {
    const now = Date.UTC(2026, 10, 25, 12);
    let redacted = 0;
    for (let n = 1; n <= 300; n++) {
      const { rec } = generateConversation(n, now - n * 3_600_000, { seed: 3, nowMs: now, channel: 'voice' });
      const script = buildScript(rec);
      let last = -1;
      for (const item of script.items) {
        assert.ok(item.offsetSeconds! >= last, `conv ${n}: offsets go backwards`);
        last = item.offsetSeconds!;
        if (item.kind === 'message') {
          for (const r of item.redactions) {
            redacted++;
            assert.match(item.text.slice(r.start, r.end), /^█+$/);
          }
        }
      }
      assert.ok(script.durationSeconds >= last);
    }
    assert.ok(redacted > 50);
  });
});

describe('seeded data set', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
  });
  after(() => server.close());

  async function all(query = ''): Promise<any[]> {
    const out: any[] = [];
    let cursor = '';
    do {
      const page = await get(server, 'admin', `/v1/conversations?limit=200${query}${cursor && `&cursor=${cursor}`}`);
      out.push(...page.body.items);
      cursor = page.body.nextCursor;
    } while (cursor);
    return out;
  }

  test('has the realistic mix the product shows', async () => {
    const rows = await all();
    assert.equal(rows.length, 1000);
    const values = (f: (c: any) => unknown) => new Set(rows.map(f));
    assert.deepEqual([...values((c) => c.channel)].sort(), ['chat', 'email', 'messaging', 'voice']);
    assert.deepEqual([...values((c) => c.direction)].sort(), ['inbound', 'outbound']);
    assert.ok(values((c) => c.language).size >= 6);
    for (const s of ['in_progress', 'error', 'completed']) assert.ok(values((c) => c.status).has(s), s);
    for (const r of ['drop_off', 'user_hangup', 'ai_agent_hangup']) assert.ok(values((c) => c.completionReason).has(r), r);
    for (const s of ['Handled by AI', 'Agent handling', 'Awaiting customer', 'Inactive', 'Disconnected', 'Resolved', 'Escalated']) {
      assert.ok(values((c) => c.smartStatus).has(s), s);
    }
    assert.ok(rows.some((c) => c.agents.some((a: any) => a.kind === 'ai')) && rows.some((c) => c.agents.some((a: any) => a.kind === 'human')));
    assert.ok(rows.some((c) => c.csat) && rows.some((c) => c.customTags.length));
    const times = rows.map((c) => Date.parse(c.startTime));
    assert.ok(Math.max(...times) - Math.min(...times) > 55 * 86_400_000, 'spans about 60 days');
  });

  test('transcripts contain every item kind, and events cover all 12 types', async () => {
    const kinds = new Set<string>();
    const events = new Set<string>();
    const recent = await all(`&from=${new Date(server.seededAt - 20 * 86_400_000).toISOString()}`);
    for (const c of recent.slice(0, 250)) {
      for (const item of (await get(server, 'admin', `/v1/conversations/${c.id}/transcript`)).body.items) kinds.add(item.kind);
      for (const e of (await get(server, 'admin', `/v1/conversations/${c.id}/events`)).body.items) events.add(e.type);
    }
    assert.deepEqual([...kinds].sort(), ['email', 'hold', 'llm_error', 'message', 'no_input', 'transfer', 'whisper']);
    for (const type of ['routing_initiation', 'conversation_acceptance', 'conversation_rejection', 'conversation_transfer', 'transfer_failure', 'agent_join', 'agent_left', 'agent_consultation', 'skill_change', 'disposition_update', 'after_call_work', 'conversation_closure']) {
      assert.ok(events.has(type), `no ${type} event`);
    }
  });

  test('conversations have notes, dispositions, campaigns and consultations', async () => {
    let notes = 0;
    let dispositions = 0;
    let campaigns = 0;
    let consults = 0;
    let whispersOrJoins = 0;
    for (const c of (await all('&status=completed')).slice(0, 200)) {
      const full = (await get(server, 'admin', `/v1/conversations/${c.id}`)).body;
      notes += full.notes.length > 0 ? 1 : 0;
      dispositions += full.disposition ? 1 : 0;
      campaigns += full.campaign ? 1 : 0;
      consults += full.consultingAgents.length > 0 ? 1 : 0;
      whispersOrJoins += full.identifiers.agentConversationId ? 1 : 0;
    }
    assert.ok(notes > 10 && dispositions > 50 && campaigns > 3 && consults > 0 && whispersOrJoins > 20, JSON.stringify({ notes, dispositions, campaigns, consults }));
  });
});
