import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startTestServer, type TestServer } from '../src/testing.js';
import { call, get } from './helpers.js';

let server: TestServer;
before(async () => {
  server = await startTestServer();
});
after(() => server.close());

describe('errors and auth', () => {
  test('every failure is the error body with the request id of the response', async () => {
    const res = await get(server, null, '/v1/conversations');
    assert.equal(res.status, 401);
    assert.equal(res.body.error.code, 'unauthorized');
    assert.equal(res.body.error.requestId, res.headers.get('x-request-id'));
    const unknown = await get(server, 'admin', '/v1/no-such-thing');
    assert.equal(unknown.status, 404);
    assert.equal(unknown.body.error.code, 'not_found');
    assert.ok(unknown.headers.get('x-request-id'));
  });

  test('unknown tokens are rejected and demo tokens map to roles', async () => {
    assert.equal((await call(server, null, 'GET', '/v1/capabilities', { headers: { authorization: 'Bearer nope' } })).status, 401);
    for (const role of ['viewer', 'analyst', 'supervisor', 'admin'] as const) {
      const caps = await get(server, role, '/v1/capabilities');
      assert.equal(caps.body.user.role, role);
    }
    const viewer = await get(server, 'viewer', '/v1/capabilities');
    assert.deepEqual(viewer.body.permissions, ['filters.manage']);
    const analyst = await get(server, 'analyst', '/v1/capabilities');
    assert.ok(!analyst.body.permissions.includes('pii.view'));
    const supervisor = await get(server, 'supervisor', '/v1/capabilities');
    assert.ok(supervisor.body.permissions.includes('pii.view') && supervisor.body.permissions.includes('supervisor.act'));
    assert.equal((await get(server, 'admin', '/v1/capabilities')).body.permissions.length, 9);
  });

  test('permissions are enforced on the server, before validation', async () => {
    const denied = await call(server, 'viewer', 'POST', '/v1/exports/transcripts', { json: { nonsense: true } });
    assert.equal(denied.status, 403);
    assert.equal(denied.body.error.code, 'forbidden');
    assert.match(denied.body.error.message, /exports\.run/);
  });

  test('bad parameters are a 400 naming the parameter, never a 500', async () => {
    const cases: [string, string][] = [
      ['/v1/conversations?limit=0', 'limit'],
      ['/v1/conversations?limit=abc', 'limit'],
      ['/v1/conversations?limit=201', 'limit'],
      ['/v1/conversations?cursor=not-a-cursor', 'cursor'],
      ['/v1/conversations?from=yesterday', 'from'],
      ['/v1/conversations?csatMin=4&csatMax=2', 'csatMin'],
      ['/v1/conversations?sort=duration', 'sort'],
      ['/v1/search?limit=5', 'q'],
      ['/v1/conversations/conv_000001/transcript?limit=0', 'limit'],
      ['/v1/conversations/conv_000001/recording/peaks?samplesPerSecond=100000', 'samplesPerSecond'],
    ];
    for (const [path, field] of cases) {
      const res = await get(server, 'admin', path);
      assert.equal(res.status, 400, path);
      assert.equal(res.body.error.code, 'validation_failed', path);
      assert.ok(res.body.error.details.fields.some((f: { name: string }) => f.name.includes(field)), `${path}: ${JSON.stringify(res.body.error.details)}`);
    }
  });

  test('malformed JSON bodies and wrong content types are named, not 500s', async () => {
    const broken = await call(server, 'admin', 'POST', '/v1/filters', { body: '{"name": ', headers: { 'content-type': 'application/json' } });
    assert.equal(broken.status, 400);
    assert.equal(broken.body.error.code, 'validation_failed');
    assert.equal(broken.body.error.details.fields[0].name, 'body');
    const text = await call(server, 'admin', 'POST', '/v1/filters', { body: 'name=x', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    assert.equal(text.status, 415);
    assert.equal(text.body.error.code, 'unsupported_media_type');
    const extra = await call(server, 'admin', 'POST', '/v1/filters', { json: { name: 'x', query: {}, colour: 'red' } });
    assert.equal(extra.status, 400);
    assert.ok(extra.body.error.details.fields.some((f: { name: string }) => f.name === 'colour'));
    const deep = await call(server, 'admin', 'POST', '/v1/filters', { json: { name: 'x', query: { csatMin: 9 } } });
    assert.equal(deep.status, 400);
    assert.equal(deep.body.error.details.fields[0].name, 'query.csatMin');
  });

  test('CORS: any origin may call, preflight answers', async () => {
    const pre = await call(server, null, 'OPTIONS', '/v1/conversations', {
      headers: { origin: 'http://localhost:6006', 'access-control-request-method': 'PUT', 'access-control-request-headers': 'authorization,if-match' },
    });
    assert.equal(pre.status, 204);
    assert.equal(pre.headers.get('access-control-allow-origin'), '*');
    assert.match(pre.headers.get('access-control-allow-methods') ?? '', /PUT/);
    const res = await get(server, 'admin', '/v1/queues', { origin: 'http://localhost:6006' });
    assert.equal(res.headers.get('access-control-allow-origin'), '*');
    assert.match(res.headers.get('access-control-expose-headers') ?? '', /ETag/);
  });

  test('docs and the contract are served', async () => {
    const yaml = await get(server, null, '/openapi.yaml');
    assert.equal(yaml.status, 200);
    assert.match(yaml.text, /^openapi: 3\.1/);
    const docs = await get(server, null, '/docs');
    assert.equal(docs.status, 200);
    assert.match(docs.text, /<html/i);
  });
});

describe('listing', () => {
  test('keyset pages walk the whole filtered set newest first without overlap', async () => {
    const seen = new Set<string>();
    let cursor: string | null = null;
    let last = Infinity;
    let total = 0;
    do {
      const page: any = await get(server, 'admin', `/v1/conversations?channel=email&limit=37${cursor ? `&cursor=${cursor}` : ''}`);
      if (!cursor) total = page.body.total;
      for (const c of page.body.items) {
        assert.equal(c.channel, 'email');
        assert.ok(!seen.has(c.id));
        seen.add(c.id);
        assert.ok(Date.parse(c.startTime) <= last);
        last = Date.parse(c.startTime);
      }
      cursor = page.body.nextCursor;
    } while (cursor);
    assert.equal(seen.size, total);
    assert.ok(total > 50);
  });

  test('customer PII is obscured for callers without pii.view', async () => {
    const analyst = await get(server, 'analyst', '/v1/conversations?limit=20');
    for (const c of analyst.body.items) {
      assert.deepEqual([c.customer.name, c.customer.phone, c.customer.email, c.customer.obscured], [null, null, null, true]);
      assert.ok(c.customer.userId);
    }
    const supervisor = await get(server, 'supervisor', '/v1/conversations?limit=20');
    assert.ok(supervisor.body.items.every((c: any) => c.customer.name && !c.customer.obscured));
  });

  test('status sub-filters and tags narrow the list', async () => {
    const drop = await get(server, 'admin', '/v1/conversations?status=completed_drop_off&limit=50');
    assert.ok(drop.body.items.length > 0);
    assert.ok(drop.body.items.every((c: any) => c.channel === 'voice' && c.completionReason === 'drop_off'));
    const gold = await get(server, 'admin', '/v1/conversations?tag=tier:contains:gol&limit=50');
    assert.ok(gold.body.items.length > 0);
    assert.ok(gold.body.items.every((c: any) => c.customTags.some((t: any) => t.name === 'tier' && t.value === 'gold')));
  });
});
