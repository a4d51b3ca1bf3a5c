/** Authentication: decided on the route the router matched, tokens looked up safely, signed media URLs scoped and short-lived. */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { redactUrl } from '../src/http/redact.js';
import { startTestServer, type TestServer } from '../src/testing.js';
import { call, get } from './helpers.js';

let server: TestServer;
let now = 0;
let voiceId: string;

/** The newest voice call whose recording is available. */
async function availableRecording(): Promise<string> {
  const list = await get(server, 'admin', '/v1/conversations?channel=voice&status=completed&limit=100');
  for (const c of list.body.items) {
    if ((await get(server, 'admin', `/v1/conversations/${c.id}/recording`)).body.state === 'available') return c.id;
  }
  throw new Error('no available recording');
}

before(async () => {
  server = await startTestServer({ count: 300, clock: () => now, fullTextSearch: false });
  now = server.seededAt;
  voiceId = await availableRecording();
});
after(() => server.close());

describe('authentication on the matched route', () => {
  test('percent-encoded API paths need a token like the plain ones', async () => {
    const id = voiceId;
    const paths = [
      '/%761/conversations', '/v%31/conversations', '/%76%31/agents', '/v%31/queues', '/v%31/dispositions',
      `/v%31/conversations/${id}/recording/audio`, `/%761/conversations/${id}/recording/peaks`,
      `/v%31/conversations/${id}/disposition`, `/v%31/conversations/${id}/disposition/audit`, '/v%31/capabilities',
      `/v1/conversations/${id}/recording%2Faudio`,
    ];
    for (const path of paths) {
      const res = await get(server, null, path);
      assert.ok(res.status === 401 || res.status === 404, `GET ${path} answered ${res.status} without a token`);
      assert.ok(['unauthorized', 'not_found'].includes(res.body.error.code));
      const head = await fetch(server.baseUrl + path, { method: 'HEAD' });
      assert.ok(head.status === 401 || head.status === 404, `HEAD ${path} answered ${head.status} without a token`);
    }
    assert.equal((await get(server, null, '/v%31/conversations')).status, 401);
  });

  test('a recording retry never runs without a token', async () => {
    const before = await get(server, 'admin', `/v1/conversations/${voiceId}/recording`);
    for (const path of [`/v%31/conversations/${voiceId}/recording/retry`, `/%761/conversations/${voiceId}/recording/retry`]) {
      const res = await call(server, null, 'POST', path);
      assert.equal(res.status, 401);
      assert.equal(res.body.error.code, 'unauthorized');
    }
    assert.deepEqual((await get(server, 'admin', `/v1/conversations/${voiceId}/recording`)).body, before.body);
  });

  test('prototype names are not tokens', async () => {
    for (const token of ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', 'isPrototypeOf', 'prototype']) {
      for (const path of ['/v1/capabilities', '/v1/conversations', `/v1/conversations/${voiceId}/recording/audio`]) {
        const res = await call(server, null, 'GET', path, { headers: { authorization: `Bearer ${token}` } });
        assert.equal(res.status, 401, `Bearer ${token} on ${path}`);
      }
    }
  });

  test('tokens in the URL are not accepted anywhere', async () => {
    for (const path of ['/v1/capabilities', '/v1/conversations', `/v1/conversations/${voiceId}/recording/audio`, '/v1/live']) {
      for (const param of ['access_token', 'token', 'signature']) {
        const res = await get(server, null, `${path}?${param}=${server.tokens.admin}`);
        assert.equal(res.status, 401, `${path}?${param}=…`);
      }
    }
    const write = await call(server, null, 'POST', `/v1/filters?access_token=${server.tokens.admin}`, { json: { name: 'x', query: {} } });
    assert.equal(write.status, 401);
  });

  test('malformed Authorization headers are 401, not 500', async () => {
    for (const header of ['Bearer', 'Bearer ', 'Basic YWRtaW46YWRtaW4=', `Bearer ${server.tokens.admin} extra`, `Token ${server.tokens.admin}`, 'Bearer \u00e9']) {
      const res = await call(server, null, 'GET', '/v1/capabilities', { headers: { authorization: header } }).catch(() => null);
      if (res) assert.equal(res.status, 401, header);
    }
  });
});

describe('signed media URLs', () => {
  const mint = async (who: 'viewer' | 'analyst', representation: string, id = voiceId) =>
    call(server, who, 'POST', `/v1/conversations/${id}/recording/media-url`, { json: { representation } });

  test('a signed URL plays without a token, for minutes', async () => {
    const res = await mint('viewer', 'audio');
    assert.equal(res.status, 200);
    assert.match(res.body.url, new RegExp(`^/v1/conversations/${voiceId}/recording/audio\\?signature=`));
    const validFor = Date.parse(res.body.expiresAt) - now;
    assert.ok(validFor > 299_000 && validFor <= 300_000, `valid for ${validFor} ms`);
    const audio = await get(server, null, res.body.url, { range: 'bytes=0-3' });
    assert.equal(audio.status, 206);
    assert.equal(new TextDecoder().decode(audio.bytes), 'RIFF');
    now += 301_000;
    assert.equal((await get(server, null, res.body.url)).status, 401, 'expired');
    now = server.seededAt;
  });

  test('scoped to one conversation and one representation, and to the GETs that stream media', async () => {
    const { body } = await mint('analyst', 'peaks');
    const signature = new URL(body.url, 'http://x').searchParams.get('signature')!;
    const other = (await get(server, 'admin', '/v1/conversations?channel=voice&limit=5')).body.items.map((c: any) => c.id).find((x: string) => x !== voiceId);
    const refused = [
      `/v1/conversations/${voiceId}/recording/audio?signature=${signature}`,
      `/v1/conversations/${voiceId}/recording/download?signature=${signature}`,
      `/v1/conversations/${other}/recording/peaks?signature=${signature}`,
      `/v1/conversations/${voiceId}/recording?signature=${signature}`,
      `/v1/conversations/${voiceId}?signature=${signature}`,
      `/v1/conversations/${voiceId}/transcript?signature=${signature}`,
      `/v1/conversations/${voiceId}/recording/peaks?signature=${signature.slice(0, -2)}AA`,
    ];
    for (const path of refused) assert.equal((await get(server, null, path)).status, 401, path);
    assert.equal((await call(server, null, 'POST', `/v1/conversations/${voiceId}/recording/retry?signature=${signature}`)).status, 401);
    assert.equal((await get(server, null, body.url)).status, 200);
  });

  test('download URLs need recordings.download, and the permission is checked again on use', async () => {
    assert.equal((await mint('viewer', 'download')).status, 403);
    const ok = await mint('analyst', 'download');
    assert.equal(ok.status, 200);
    const flac = await get(server, null, `${ok.body.url}&channel=1`);
    assert.equal(flac.status, 200);
    assert.equal(new TextDecoder().decode(flac.bytes.slice(0, 4)), 'fLaC');
  });

  test('bad requests for a signed URL are 400, a chat conversation is 404', async () => {
    assert.equal((await mint('viewer', 'transcript')).status, 400);
    assert.equal((await call(server, 'viewer', 'POST', `/v1/conversations/${voiceId}/recording/media-url`, { json: {} })).status, 400);
    const chat = (await get(server, 'admin', '/v1/conversations?channel=chat&limit=1')).body.items[0].id;
    assert.equal((await mint('viewer', 'audio', chat)).status, 404);
  });

  test('signatures and tokens are redacted from logged URLs', () => {
    assert.equal(redactUrl('/v1/x/recording/audio?signature=123.abc.def&channel=0'), '/v1/x/recording/audio?signature=[redacted]&channel=0');
    assert.equal(redactUrl('/v1/live?access_token=admin-token'), '/v1/live?access_token=[redacted]');
  });
});
