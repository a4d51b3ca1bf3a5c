import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestServer, type TestServer } from '../src/testing.js';

describe('rate limits', () => {
  let server: TestServer;

  before(async () => {
    server = await startTestServer({ count: 200, config: { rateLimit: { requestsPerWindow: 3, windowSeconds: 60 } } });
  });
  after(() => server?.close());
  const get = (token: string) => fetch(`${server.baseUrl}/v1/queues`, { headers: { authorization: `Bearer ${token}` } });

  it('every answer says the limit, what is left and when the window resets; past it 429 with Retry-After', async () => {
    const remaining: string[] = [];
    for (let i = 0; i < 3; i++) {
      const res = await get(server.tokens.analyst);
      assert.equal(res.status, 200);
      assert.equal(res.headers.get('ratelimit-limit'), '3');
      remaining.push(res.headers.get('ratelimit-remaining')!);
      const reset = Number(res.headers.get('ratelimit-reset'));
      assert.ok(reset >= 1 && reset <= 60, `RateLimit-Reset ${reset}`);
    }
    assert.deepEqual(remaining, ['2', '1', '0']);
    const limited = await get(server.tokens.analyst);
    assert.equal(limited.status, 429);
    const retryAfter = Number(limited.headers.get('retry-after'));
    assert.ok(retryAfter >= 1 && retryAfter <= 60, `Retry-After ${retryAfter}`);
    const body = (await limited.json()) as { error: { code: string; requestId: string; details: { retryAfterSeconds: number } } };
    assert.equal(body.error.code, 'rate_limited');
    assert.equal(body.error.details.retryAfterSeconds, retryAfter);
    assert.equal(body.error.requestId, limited.headers.get('x-request-id'));
  });

  it('counts per caller: another user is not limited by the first', async () => {
    const res = await get(server.tokens.viewer);
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('ratelimit-remaining'), '2');
  });

});
