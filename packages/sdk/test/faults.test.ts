import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { inspect } from 'node:util';
import {
  AbortError,
  ApiError,
  ConflictError,
  EditConflictError,
  InvalidResponseError,
  InvalidStateError,
  NetworkError,
  NotFoundError,
  PermissionError,
  RateLimitError,
  ServerError,
  TimeoutError,
  UnauthorizedError,
  ValidationError,
  createClient,
  type ConversationsClient,
} from '../src/index.ts';
import { errorBody, startFaultServer, type FaultServer } from './fault-server.ts';

const TOKEN = 'secret-token-4f9a1c';
const page = { items: [], nextCursor: null };

describe('SDK against a misbehaving server', () => {
  let server: FaultServer;
  let client: ConversationsClient;
  const logLines: string[] = [];

  before(async () => {
    server = await startFaultServer();
  });
  after(() => server.close());
  beforeEach(() => {
    server.requests.length = 0;
    server.fallback = { status: 200, json: page };
    logLines.length = 0;
    client = createClient({
      baseUrl: server.baseUrl,
      token: TOKEN,
      timeout: 2000,
      retry: { limit: 2, baseDelayMs: 5, maxDelayMs: 20 },
      logger: { debug: (message, meta) => logLines.push(message + JSON.stringify(meta ?? {})) },
    });
  });

  it('sends the bearer token and repeated filter parameters', async () => {
    await client.conversations.list({ channel: ['voice', 'chat'], tag: [{ name: 'tier', op: 'contains', value: 'gold' }], limit: 10 });
    const [req] = server.requests;
    assert.equal(req!.headers.authorization, `Bearer ${TOKEN}`);
    const url = new URL(req!.url, server.baseUrl);
    assert.equal(url.pathname, '/v1/conversations');
    assert.deepEqual(url.searchParams.getAll('channel'), ['voice', 'chat']);
    assert.deepEqual(url.searchParams.getAll('tag'), ['tier:contains:gold']);
    assert.equal(url.searchParams.get('limit'), '10');
  });

  it('a hanging server gives TimeoutError after the call timeout', async () => {
    server.fallback = { hang: true };
    const error = await client.conversations.list({}, { timeout: 150 }).catch((e: unknown) => e);
    assert.ok(error instanceof TimeoutError, `got ${inspect(error)}`);
    assert.equal(error.timeout, 150);
    assert.equal(error.code, 'timeout');
  });

  it('a body that stalls after the headers also times out', async () => {
    server.fallback = { stall: '{"items":[' };
    const error = await client.conversations.list({}, { timeout: 150 }).catch((e: unknown) => e);
    assert.ok(error instanceof TimeoutError, `got ${inspect(error)}`);
    assert.equal(server.requests.length, 1);
  });

  it('aborting the signal gives AbortError, and a pre-aborted signal sends nothing', async () => {
    server.fallback = { hang: true };
    const controller = new AbortController();
    const pending = client.conversations.get('conv_1', { signal: controller.signal });
    setTimeout(() => controller.abort(), 30);
    const error = await pending.catch((e: unknown) => e);
    assert.ok(error instanceof AbortError, `got ${inspect(error)}`);
    assert.equal(error.code, 'aborted');

    server.requests.length = 0;
    const aborted = AbortSignal.abort();
    await assert.rejects(client.conversations.get('conv_1', { signal: aborted }), AbortError);
    assert.equal(server.requests.length, 0);
  });

  it('aborting during a retry backoff stops at once with AbortError', async () => {
    server.fallback = { status: 503, json: errorBody('unavailable', 'Try later') };
    const slow = createClient({ baseUrl: server.baseUrl, token: TOKEN, retry: { limit: 5, baseDelayMs: 10_000, maxDelayMs: 10_000 } });
    const controller = new AbortController();
    // Count only this test's list calls: a request of an earlier test may still be logged late on a busy machine.
    const listCalls = () => server.requests.filter((r) => r.url.split('?')[0] === '/v1/conversations').length;
    server.requests.length = 0;
    const pending = slow.conversations.list({}, { signal: controller.signal });
    // Abort once the first attempt has been answered, i.e. during the 10 s backoff.
    while (listCalls() === 0) await new Promise((r) => setTimeout(r, 5));
    await new Promise((r) => setTimeout(r, 20));
    controller.abort();
    await assert.rejects(pending, AbortError);
    assert.equal(listCalls(), 1);
  });

  it('retries a GET on 5xx with backoff and succeeds', async () => {
    server.queue(
      { status: 502, body: '<html>Bad gateway</html>' },
      { status: 503, json: errorBody('unavailable', 'Busy') },
      { status: 200, json: { items: [], nextCursor: null, total: 0 } },
    );
    const result = await client.conversations.list();
    assert.deepEqual(result, { items: [], nextCursor: null, total: 0 });
    assert.equal(server.requests.length, 3);
  });

  it('gives ServerError with the body code and requestId once retries run out', async () => {
    server.fallback = { status: 503, json: errorBody('unavailable', 'Database restarting') };
    const error = await client.conversations.list().catch((e: unknown) => e);
    assert.ok(error instanceof ServerError);
    assert.equal(error.status, 503);
    assert.equal(error.code, 'unavailable');
    assert.equal(error.requestId, 'req_fault');
    assert.equal(error.message, 'Database restarting');
    assert.equal(server.requests.length, 3, 'first attempt + 2 retries');
  });

  it('sends permanent answers once: 500 and 501 (search in ID-only mode) are not retried', async () => {
    for (const [status, code] of [[500, 'internal'], [501, 'search_unavailable']] as const) {
      server.requests.length = 0;
      server.fallback = { status, json: errorBody(code, 'No') };
      const error = await client.search.query({ q: 'refund please' }).catch((e: unknown) => e);
      assert.ok(error instanceof ServerError, inspect(error));
      assert.equal(error.code, code);
      assert.equal(server.requests.length, 1, `${status} was sent ${server.requests.length} times`);
    }
  });

  it('waits Retry-After on 503 before retrying', async () => {
    server.queue({ status: 503, json: errorBody('unavailable', 'Busy'), headers: { 'retry-after': '1' } }, { status: 200, json: page });
    await client.conversations.list();
    assert.equal(server.requests.length, 2);
    const gap = server.requests[1]!.at - server.requests[0]!.at;
    assert.ok(gap >= 950, `waited only ${gap} ms`);
  });

  it('withResponse() gives the data and the answer metadata from one request', async () => {
    server.fallback = {
      status: 200,
      json: page,
      headers: { 'x-request-id': 'req_meta', etag: '"v7"', 'ratelimit-limit': '600', 'ratelimit-remaining': '599', 'ratelimit-reset': '42' },
    };
    const { data, response } = await client.conversations.list({ limit: 1 }).withResponse();
    assert.deepEqual(data, page);
    assert.equal(response.status, 200);
    assert.equal(response.requestId, 'req_meta');
    assert.equal(response.etag, '"v7"');
    assert.deepEqual(response.rateLimit, { limit: 600, remaining: 599, resetSeconds: 42 });
    assert.equal(server.requests.length, 1);
    const codes = await client.catalogues.queues().withResponse();
    assert.equal(codes.response.requestId, 'req_meta', 'mapped answers (items) keep their metadata');
  });

  it('every error from an answer carries its requestId', async () => {
    for (const status of [400, 403, 404, 409, 429, 500]) {
      server.fallback = { status, body: 'not json', headers: { 'x-request-id': `req_${status}`, 'retry-after': '999' } };
      const error = (await client.conversations.get('x').catch((e: unknown) => e)) as ApiError;
      assert.ok(error instanceof ApiError);
      assert.equal(error.requestId, `req_${status}`);
    }
  });

  it('honours Retry-After on 429 before retrying', async () => {
    server.queue({ status: 429, json: errorBody('rate_limited', 'Slow down'), headers: { 'retry-after': '1' } }, { status: 200, json: page });
    await client.conversations.list();
    assert.equal(server.requests.length, 2);
    const gap = server.requests[1]!.at - server.requests[0]!.at;
    assert.ok(gap >= 950, `waited only ${gap} ms`);
  });

  it('gives RateLimitError with retryAfter when the wait is longer than allowed', async () => {
    server.fallback = { status: 429, json: errorBody('rate_limited', 'Slow down'), headers: { 'retry-after': '120' } };
    const error = await client.conversations.list().catch((e: unknown) => e);
    assert.ok(error instanceof RateLimitError);
    assert.equal(error.retryAfter, 120);
    assert.equal(server.requests.length, 1);
  });

  it('never retries other 4xx, each mapped to its class', async () => {
    const cases = [
      [400, errorBody('validation_failed', 'Bad limit', { fields: [{ name: 'limit', message: 'must be ≤ 200' }] }), ValidationError],
      [401, errorBody('unauthorized', 'Who are you?'), UnauthorizedError],
      [403, errorBody('forbidden', 'Not for you'), PermissionError],
      [404, errorBody('not_found', 'No such conversation'), NotFoundError],
    ] as const;
    for (const [status, json, ErrorClass] of cases) {
      server.requests.length = 0;
      server.fallback = { status, json };
      const error = await client.conversations.get('x').catch((e: unknown) => e);
      assert.ok(error instanceof ErrorClass, `${status} gave ${inspect(error)}`);
      assert.ok(error instanceof ApiError);
      assert.equal(error.status, status);
      assert.equal(server.requests.length, 1, `${status} must not be retried`);
    }
    server.fallback = { status: 400, json: cases[0][1] };
    const validation = (await client.conversations.list().catch((e: unknown) => e)) as ValidationError;
    assert.deepEqual(validation.fields, [{ name: 'limit', message: 'must be ≤ 200' }]);
  });

  it('EditConflictError carries the disposition someone else saved; InvalidStateError is another class', async () => {
    const current = { code: 'resolved', label: 'Resolved', notes: null, updatedAt: '2026-11-25T12:00:00.000Z', updatedBy: 'Sam', version: 4 };
    server.fallback = { status: 409, json: errorBody('conflict', 'Stale', { current }) };
    const error = await client.dispositions.update('c1', { code: 'x' }, { ifMatch: 3 }).catch((e: unknown) => e);
    assert.ok(error instanceof EditConflictError);
    assert.ok(error instanceof ConflictError);
    assert.ok(!(error instanceof InvalidStateError));
    assert.deepEqual(error.current, current);
    assert.equal(error.current?.updatedBy, 'Sam');
    assert.equal(error.etag, '"v4"');
    assert.equal(server.requests[0]!.headers['if-match'], '"v3"');
    assert.equal(server.requests.length, 1);

    server.fallback = { status: 409, json: errorBody('invalid_state', 'Not completed yet', { status: 'in_progress' }) };
    const state = await client.dispositions.update('c1', { code: 'x' }, { ifMatch: 0 }).catch((e: unknown) => e);
    assert.ok(state instanceof InvalidStateError);
    assert.ok(!(state instanceof EditConflictError));
    assert.equal(state.current, null);
    assert.deepEqual(state.details, { status: 'in_progress' });
  });

  it('dispositions.get answers "none yet" with ETag "v0" instead of throwing', async () => {
    server.fallback = { status: 200, json: null, headers: { etag: '"v0"' } };
    const none = await client.dispositions.get('c1');
    assert.deepEqual(none, { disposition: null, etag: '"v0"' });
  });

  it('retries a write only with an idempotency key, reusing the same key', async () => {
    server.queue({ status: 503, json: errorBody('unavailable', 'Busy') }, { status: 200, json: { id: 'f1' } });
    await client.filters.create({ name: 'Mine', query: {} });
    assert.equal(server.requests.length, 2);
    const [first, second] = server.requests;
    assert.ok(first!.headers['idempotency-key']);
    assert.equal(first!.headers['idempotency-key'], second!.headers['idempotency-key']);

    server.requests.length = 0;
    server.fallback = { status: 503, json: errorBody('unavailable', 'Busy') };
    await assert.rejects(client.filters.create({ name: 'Mine', query: {} }, { idempotencyKey: false }), ServerError);
    assert.equal(server.requests.length, 1);
    server.requests.length = 0;
    await assert.rejects(client.filters.update('f1', { name: 'x' }), ServerError);
    assert.equal(server.requests.length, 1, 'PATCH without a key is not retried');
  });

  it('malformed JSON gives InvalidResponseError (not retried)', async () => {
    server.fallback = { status: 200, body: '{"items": [', headers: { 'content-type': 'application/json' } };
    const error = await client.conversations.list().catch((e: unknown) => e);
    assert.ok(error instanceof InvalidResponseError, `got ${inspect(error)}`);
    assert.equal(error.status, 200);
    assert.equal(error.code, 'invalid_response');
    assert.equal(server.requests.length, 1);
  });

  it('a body cut off mid-way gives NetworkError after retrying the GET', async () => {
    server.fallback = { truncate: '{"items":[{"id":"conv_', declaredLength: 4000 };
    const error = await client.conversations.list().catch((e: unknown) => e);
    assert.ok(error instanceof NetworkError, `got ${inspect(error)}`);
    assert.equal(error.code, 'network_error');
    assert.equal(server.requests.length, 3);
  });

  it('a reset connection and a refused connection give NetworkError', async () => {
    server.fallback = { destroy: true };
    await assert.rejects(client.capabilities.get(), NetworkError);
    const closed = await startFaultServer();
    const deadUrl = closed.baseUrl;
    await closed.close();
    const dead = createClient({ baseUrl: deadUrl, token: TOKEN, retry: false });
    const error = await dead.capabilities.get().catch((e: unknown) => e);
    assert.ok(error instanceof NetworkError);
    assert.equal(error.status, 0);
  });

  it('the token never appears in errors or log lines, even when the backend echoes it', async () => {
    server.fallback = { status: 401, json: errorBody('unauthorized', `Token ${TOKEN} is revoked`, { token: TOKEN }) };
    const errors: unknown[] = [];
    errors.push(await client.conversations.list().catch((e: unknown) => e));
    server.fallback = { destroy: true };
    errors.push(await client.conversations.list().catch((e: unknown) => e));
    server.fallback = { hang: true };
    errors.push(await client.conversations.list({}, { timeout: 50 }).catch((e: unknown) => e));
    for (const error of errors) {
      assert.ok(error instanceof ApiError);
      const text = [String(error), error.message, JSON.stringify(error), inspect(error, { depth: 10, showHidden: true })].join('\n');
      assert.ok(!text.includes(TOKEN), `token leaked in ${error.name}: ${text}`);
    }
    assert.match((errors[0] as ApiError).message, /\[REDACTED\]/);
    assert.ok(logLines.length > 0);
    assert.ok(!logLines.join('\n').includes(TOKEN));
  });

  it('asks getToken before every attempt (token refresh)', async () => {
    let n = 0;
    const refreshing = createClient({ baseUrl: server.baseUrl, getToken: async () => `token-${++n}`, retry: { limit: 1, baseDelayMs: 1 } });
    server.queue({ status: 503, json: errorBody('unavailable', 'Busy') });
    await refreshing.conversations.list();
    assert.deepEqual(server.requests.map((r) => r.headers.authorization), ['Bearer token-1', 'Bearer token-2']);
  });

  it('downloads keep the file name from Content-Disposition', async () => {
    server.fallback = {
      status: 200,
      body: 'seq,at\r\n',
      headers: { 'content-type': 'text/csv', 'content-disposition': 'attachment; filename="conv_1-transcript.csv"' },
    };
    const file = await client.transcripts.download('conv_1');
    assert.equal(file.filename, 'conv_1-transcript.csv');
    assert.equal(await file.blob.text(), 'seq,at\r\n');
  });
});
