import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import Database from 'better-sqlite3';
import type { FastifyInstance } from 'fastify';
import { createApp } from '../src/app.js';
import { createTestDatabase } from '../src/store/postgres/test-database.js';
import { SIMULATOR_LOCK } from '../src/live/simulator.js';
import { TEST_TOKENS, cachedSeed, type TestServer } from '../src/testing.js';
import { call, findConversation, get, postgresCluster, readLive } from './helpers.js';

// Two server instances on one PostgreSQL database, as behind a load balancer.

let cluster: { url: string; stop(): Promise<void> };
let database: { url: string; drop(): Promise<void> };
let dir: string;
const apps: FastifyInstance[] = [];
let a: TestServer;
let b: TestServer;

/** The data set's "now": instances run at it, so what was in progress still is. */
let seededAt = 0;

async function instance(simulate: boolean): Promise<TestServer> {
  const app = await createApp({
    databaseUrl: database.url,
    clock: () => seededAt,
    config: {
      live: { stream: true, simulate, conversationsPerMinute: 0, tickMs: 1000 },
      recordings: { fetchSuccessRate: 0.75, synthesis: 'fast', cacheDir: path.join(dir, 'media'), prewarm: 0 },
    },
  });
  apps.push(app);
  const baseUrl = await app.listen({ host: '127.0.0.1', port: 0 });
  const close = async () => {
    apps.splice(apps.indexOf(app), 1);
    await app.close();
  };
  return { baseUrl, seededAt: Number(await app.ck.store.meta('now_ms')), tokens: { ...TEST_TOKENS }, close };
}

before(async () => {
  cluster = await postgresCluster();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ck-multi-'));
  const seed = await cachedSeed(1000);
  const meta = new Database(seed, { readonly: true });
  seededAt = Number(meta.prepare(`SELECT value FROM meta WHERE key = 'now_ms'`).pluck().get());
  meta.close();
  database = await createTestDatabase(cluster.url, seed);
  a = await instance(true);
  b = await instance(true);
});

after(async () => {
  for (const app of [...apps]) await app.close();
  await database?.drop();
  await cluster?.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

test('a disposition saved through A reaches a live subscriber of B, and B reads it back', async () => {
  const target = await findConversation(a, 'status=completed');
  const read = await get(a, 'supervisor', `/v1/conversations/${target.id}/disposition`);
  const etag = read.headers.get('etag')!;
  let saved: Awaited<ReturnType<typeof call>> | undefined;
  const frames = await readLive(b, 'admin', (f) => f.some((x) => x.data.conversation?.id === target.id), {
    onOpen: async () => {
      saved = await call(a, 'supervisor', 'PUT', `/v1/conversations/${target.id}/disposition`, { json: { code: 'resolved', notes: 'Saved on A' }, headers: { 'if-match': etag } });
    },
  });
  assert.equal(saved?.status, 200);
  const pushed = frames.find((f) => f.data.conversation?.id === target.id);
  assert.ok(pushed, 'B pushed the update made on A');
  assert.equal(pushed.event, 'conversation.updated');

  const onB = await get(b, 'supervisor', `/v1/conversations/${target.id}/disposition`);
  assert.equal(onB.status, 200);
  assert.equal(onB.body.code, 'resolved');
  assert.equal(onB.body.notes, 'Saved on A');
  assert.equal(onB.headers.get('etag'), saved!.headers.get('etag'));

  // A stale edit through B loses, as it would on one instance.
  const stale = await call(b, 'admin', 'PUT', `/v1/conversations/${target.id}/disposition`, { json: { code: 'escalated' }, headers: { 'if-match': etag } });
  assert.equal(stale.status, 409);
  assert.equal(stale.body.error.code, 'conflict');

  // Last-Event-ID resumes on either instance: B replays what followed an event A's subscribers saw.
  const replay = await readLive(a, 'admin', (f) => f.length >= 1, { lastEventId: String(Number(pushed.id) - 1), timeoutMs: 3000 });
  assert.equal(replay[0]?.id, pushed.id);
});

test('saved filters and supervisor changes made on one instance are what the other serves', async () => {
  const created = await call(a, 'analyst', 'POST', '/v1/filters', { json: { name: 'Voice on A', query: { channel: ['voice'] } } });
  assert.equal(created.status, 201);
  const listed = await get(b, 'analyst', '/v1/filters');
  assert.ok(listed.body.items.some((f: any) => f.id === created.body.id));

  // An Idempotency-Key used on A is known to B: the retry landing on B is a replay.
  const write = { json: { name: 'Chats', query: { channel: ['chat'] } }, headers: { 'idempotency-key': 'multi-1' } };
  const first = await call(a, 'analyst', 'POST', '/v1/filters', write);
  const retried = await call(b, 'analyst', 'POST', '/v1/filters', write);
  assert.equal(retried.headers.get('idempotent-replayed'), 'true');
  assert.equal(retried.body.id, first.body.id);

  const running = await findConversation(a, 'status=in_progress');
  const joined = await call(b, 'supervisor', 'POST', `/v1/conversations/${running.id}/supervisor/join`, { json: {} });
  assert.equal(joined.status, 200);
  const events = await get(a, 'supervisor', `/v1/conversations/${running.id}/events`);
  assert.ok(events.body.items.some((e: any) => e.type === 'agent_join'));
});

test('the live simulator runs on one instance only', async () => {
  // Both instances were started with the simulator on; one holds the lock, so nobody else can take it.
  const store = apps[0].ck.store;
  assert.equal(await store.tryExclusive(SIMULATOR_LOCK), null);
});

test('a restarted instance finds everything shared: filters, idempotency keys, the live log', async () => {
  const write = { json: { name: 'Before restart', query: { channel: ['email'] } }, headers: { 'idempotency-key': 'restart-1' } };
  const created = await call(b, 'analyst', 'POST', '/v1/filters', write);
  assert.equal(created.status, 201);
  const target = await findConversation(b, 'status=completed');
  const etag = (await get(b, 'supervisor', `/v1/conversations/${target.id}/disposition`)).headers.get('etag')!;
  const frames = await readLive(a, 'admin', (f) => f.some((x) => x.data.conversation?.id === target.id), {
    onOpen: () => call(b, 'supervisor', 'PUT', `/v1/conversations/${target.id}/disposition`, { json: { code: 'resolved' }, headers: { 'if-match': etag } }),
  });
  const pushed = frames.find((x) => x.data.conversation?.id === target.id)!;

  await b.close();
  const restarted = await instance(false);
  const replayed = await call(restarted, 'analyst', 'POST', '/v1/filters', write);
  assert.equal(replayed.headers.get('idempotent-replayed'), 'true');
  assert.equal(replayed.body.id, created.body.id);
  const resumed = await readLive(restarted, 'admin', (f) => f.length >= 1, { lastEventId: String(Number(pushed.id) - 1), timeoutMs: 3000 });
  assert.equal(resumed[0]?.id, pushed.id);
});
