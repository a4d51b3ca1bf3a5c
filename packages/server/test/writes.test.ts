import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { createApp } from '../src/app.js';
import { TEST_TOKENS, cachedSeed, type TestServer } from '../src/testing.js';
import { call, findConversation, get } from './helpers.js';

/** A server over a database file that outlives it, so a restart can be observed. */
async function start(dbPath: string): Promise<{ server: TestServer; app: FastifyInstance }> {
  const app = await createApp({ dbPath, config: { live: { stream: true, simulate: false, conversationsPerMinute: 0, tickMs: 1000 } } });
  const baseUrl = await app.listen({ host: '127.0.0.1', port: 0 });
  return { app, server: { baseUrl, seededAt: Number(await app.ck.store.meta('now_ms')), tokens: { ...TEST_TOKENS }, close: () => app.close() } };
}

let dir: string;
let dbPath: string;
let server: TestServer;

before(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ck-writes-'));
  dbPath = path.join(dir, 'db.sqlite');
  fs.copyFileSync(await cachedSeed(1000), dbPath);
  server = (await start(dbPath)).server;
});
after(async () => {
  await server.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('dispositions', () => {
  test('edits need If-Match, stale ones lose nothing, every change is audited and told to the agent', async () => {
    const c = await findConversation(server, 'status=completed&channel=voice', (x) => x.agents.some((a: any) => a.kind === 'human'));
    const id = c.id;
    const read = await get(server, 'supervisor', `/v1/conversations/${id}/disposition`);
    const etag = read.headers.get('etag')!;
    const version = read.status === 200 ? read.body.version : 0;
    assert.equal(etag, `"v${version}"`);

    const missing = await call(server, 'supervisor', 'PUT', `/v1/conversations/${id}/disposition`, { json: { code: 'escalated' } });
    assert.equal(missing.status, 428);
    assert.equal(missing.body.error.code, 'precondition_required');

    const first = await call(server, 'supervisor', 'PUT', `/v1/conversations/${id}/disposition`, { json: { code: 'escalated', notes: 'Customer asked for a manager' }, headers: { 'if-match': etag } });
    assert.equal(first.status, 200);
    assert.equal(first.body.version, version + 1);
    assert.equal(first.body.updatedBy, 'Sam Supervisor');
    assert.equal(first.headers.get('etag'), `"v${version + 1}"`);

    // A second editor still holding the old ETag is refused and shown what is there now.
    const stale = await call(server, 'admin', 'PUT', `/v1/conversations/${id}/disposition`, { json: { code: 'resolved' }, headers: { 'if-match': etag } });
    assert.equal(stale.status, 409);
    assert.equal(stale.body.error.code, 'conflict');
    assert.equal(stale.body.error.details.current.code, 'escalated');
    assert.equal(stale.body.error.details.current.notes, 'Customer asked for a manager');

    const audit = await get(server, 'analyst', `/v1/conversations/${id}/disposition/audit`);
    const last = audit.body.items.at(-1);
    assert.equal(last.actor, 'Sam Supervisor');
    assert.equal(last.to.code, 'escalated');
    assert.equal(last.from?.code ?? null, read.status === 200 ? read.body.code : null);

    const events = await get(server, 'analyst', `/v1/conversations/${id}/events`);
    const update = events.body.items.filter((e: any) => e.type === 'disposition_update').at(-1);
    assert.equal(update.details.code, 'escalated');
    assert.equal(update.details.agentNotified, true);
    assert.ok(update.details.notifiedAgent);

    const found = await get(server, 'admin', `/v1/search?q=${encodeURIComponent('asked for a manager')}&conversationId=${id}`);
    assert.equal(found.body.items[0]?.conversation.id, id, 'edited disposition notes are searchable');
  });

  test('only completed conversations, only with dispositions.edit, only known codes', async () => {
    const running = await findConversation(server, 'status=in_progress');
    const notDone = await call(server, 'admin', 'PUT', `/v1/conversations/${running.id}/disposition`, { json: { code: 'resolved' }, headers: { 'if-match': '"v0"' } });
    assert.equal(notDone.status, 409);
    assert.equal(notDone.body.error.code, 'invalid_state');
    const done = await findConversation(server, 'status=completed');
    const analyst = await call(server, 'analyst', 'PUT', `/v1/conversations/${done.id}/disposition`, { json: { code: 'resolved' }, headers: { 'if-match': '"v1"' } });
    assert.equal(analyst.status, 403);
    const unknown = await call(server, 'admin', 'PUT', `/v1/conversations/${done.id}/disposition`, { json: { code: 'made_up' }, headers: { 'if-match': '"v1"' } });
    assert.equal(unknown.status, 400);
    assert.equal(unknown.body.error.details.fields[0].name, 'code');
  });
});

describe('saved filters', () => {
  test('belong to their user', async () => {
    const mine = await call(server, 'viewer', 'POST', '/v1/filters', { json: { name: 'My voice calls', query: { channel: ['voice'] }, isDefault: true } });
    assert.equal(mine.status, 201);
    assert.equal(mine.body.isDefault, true);
    const others = await get(server, 'admin', '/v1/filters');
    assert.ok(!others.body.items.some((f: any) => f.id === mine.body.id));
    assert.equal((await get(server, 'admin', `/v1/filters/${mine.body.id}`)).status, 404);
  });
});

describe('supervisor actions', () => {
  test('join, assign and change queue are stored and logged as events', async () => {
    const c = await findConversation(server, 'status=in_progress&channel=voice');
    const joined = await call(server, 'supervisor', 'POST', `/v1/conversations/${c.id}/supervisor/join`);
    assert.ok(joined.body.joinedUsers.some((u: any) => u.name === 'Sam Supervisor'));
    const assigned = await call(server, 'supervisor', 'POST', `/v1/conversations/${c.id}/supervisor/assign`, { json: { agentId: 'agt_h_011' } });
    assert.equal(assigned.body.supportAgent.id, 'agt_h_011');
    assert.equal(assigned.body.agents.at(-1).id, 'agt_h_011');
    const moved = await call(server, 'supervisor', 'POST', `/v1/conversations/${c.id}/supervisor/change-queue`, { json: { queueId: 'q_priority' } });
    assert.equal(moved.body.queues.at(-1).id, 'q_priority');
    const events = (await get(server, 'admin', `/v1/conversations/${c.id}/events`)).body.items;
    assert.ok(events.some((e: any) => e.type === 'agent_join' && e.actor === 'Sam Supervisor'));
    assert.ok(events.some((e: any) => e.type === 'conversation_transfer' && e.details.to === 'Jessica Chen'));
    assert.ok(events.some((e: any) => e.type === 'conversation_transfer' && e.details.toQueue === 'Priority Care'));
    const badQueue = await call(server, 'supervisor', 'POST', `/v1/conversations/${c.id}/supervisor/change-queue`, { json: { queueId: 'q_nope' } });
    assert.equal(badQueue.status, 400);
    assert.equal(badQueue.body.error.details.fields[0].name, 'queueId');
  });
});

describe('restart', () => {
  test('nothing written is lost: filters, dispositions, audit log, supervisor changes', async () => {
    const filter = await call(server, 'analyst', 'POST', '/v1/filters', { json: { name: 'Angry chats', query: { channel: ['chat'], csatMax: 2 } } });
    const target = await findConversation(server, 'status=completed&channel=chat');
    const before = await get(server, 'admin', `/v1/conversations/${target.id}/disposition`);
    const edit = await call(server, 'admin', 'PUT', `/v1/conversations/${target.id}/disposition`, { json: { code: 'follow_up', notes: 'Call back Tuesday' }, headers: { 'if-match': before.headers.get('etag')! } });
    assert.equal(edit.status, 200);
    const audit = (await get(server, 'admin', `/v1/conversations/${target.id}/disposition/audit`)).body;
    const running = await findConversation(server, 'status=in_progress');
    await call(server, 'supervisor', 'POST', `/v1/conversations/${running.id}/supervisor/change-queue`, { json: { queueId: 'q_escalations' } });

    await server.close();
    server = (await start(dbPath)).server;

    const filters = (await get(server, 'analyst', '/v1/filters')).body.items;
    assert.deepEqual(filters.find((f: any) => f.id === filter.body.id)?.query, { channel: ['chat'], csatMax: 2 });
    const after = await get(server, 'admin', `/v1/conversations/${target.id}/disposition`);
    assert.equal(after.body.code, 'follow_up');
    assert.equal(after.body.notes, 'Call back Tuesday');
    assert.equal(after.headers.get('etag'), edit.headers.get('etag'));
    assert.deepEqual((await get(server, 'admin', `/v1/conversations/${target.id}/disposition/audit`)).body, audit);
    const moved = await get(server, 'admin', `/v1/conversations/${running.id}`);
    assert.equal(moved.body.queues.at(-1).id, 'q_escalations');
    const found = await get(server, 'admin', `/v1/search?q=${encodeURIComponent('Call back Tuesday')}&conversationId=${target.id}`);
    assert.equal(found.body.items.length, 1, 'the search index kept the edit too');
  });
});
