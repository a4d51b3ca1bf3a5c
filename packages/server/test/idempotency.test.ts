import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { startTestServer, type TestServer } from '../src/testing.js';
import { call, get } from './helpers.js';

let server: TestServer;
before(async () => {
  server = await startTestServer({ count: 200 });
});
after(() => server.close());

const create = (key: string, name: string) =>
  call(server, 'analyst', 'POST', '/v1/filters', { json: { name, query: { channel: ['voice'] } }, headers: { 'idempotency-key': key } });

test('a repeated write with the same key is answered once and replayed', async () => {
  const first = await create('key-create-1', 'Voice calls');
  assert.equal(first.status, 201);
  assert.equal(first.headers.get('idempotent-replayed'), null);
  const again = await create('key-create-1', 'Voice calls');
  assert.equal(again.status, 201);
  assert.equal(again.headers.get('idempotent-replayed'), 'true');
  assert.deepEqual(again.body, first.body);
  const mine = (await get(server, 'analyst', '/v1/filters')).body.items.filter((f: any) => f.name === 'Voice calls');
  assert.equal(mine.length, 1, 'the retry created nothing');
});

test('the same key with a different body is refused with 422 idempotency_key_reused', async () => {
  assert.equal((await create('key-create-2', 'Chats')).status, 201);
  const reused = await create('key-create-2', 'Something else');
  assert.equal(reused.status, 422);
  assert.equal(reused.body.error.code, 'idempotency_key_reused');
  assert.equal(reused.body.error.requestId, reused.headers.get('x-request-id'));
  // Another path with the same key is another request too.
  const elsewhere = await call(server, 'analyst', 'POST', `/v1/filters/${(await create('key-create-2', 'Chats')).body.id}/duplicate`, { json: { name: 'Copy' }, headers: { 'idempotency-key': 'key-create-2' } });
  assert.equal(elsewhere.status, 422);
});

test('keys belong to their caller: another user with the same key makes their own write', async () => {
  const mine = await create('key-shared', 'Mine');
  const theirs = await call(server, 'supervisor', 'POST', '/v1/filters', { json: { name: 'Mine', query: { channel: ['voice'] } }, headers: { 'idempotency-key': 'key-shared' } });
  assert.equal(theirs.status, 201);
  assert.equal(theirs.headers.get('idempotent-replayed'), null);
  assert.notEqual(theirs.body.id, mine.body.id);
});
