import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { createClient, SseParser, UnauthorizedError, type ApiError, type LiveMessage, type SseEvent } from '../src/index.ts';
import { errorBody, startFaultServer, type FaultServer } from './fault-server.ts';

const summary = { id: 'conv_1' };
const frame = (id: string, type: string) => `id: ${id}\nevent: ${type}\ndata: ${JSON.stringify({ type, conversation: summary })}\n\n`;

describe('SseParser', () => {
  it('handles CR/LF/CRLF split across chunks, comments, multi-line data and ids', () => {
    const events: SseEvent[] = [];
    const retries: number[] = [];
    const parser = new SseParser({ onEvent: (e) => events.push(e), onRetry: (ms) => retries.push(ms) });
    for (const chunk of [': ping\r', '\nretry: 2500\n', 'id: 7\rdata: a', '\ndata: b\r', '\n\r\n', 'event: x\ndata\n\n', 'data: lost']) parser.push(chunk);
    parser.end();
    assert.deepEqual(retries, [2500]);
    assert.deepEqual(events, [
      { event: 'message', data: 'a\nb', lastEventId: '7' },
      { event: 'x', data: '', lastEventId: '7' },
    ]);
  });
});

describe('client.live against a scripted SSE server', () => {
  let server: FaultServer;
  before(async () => {
    server = await startFaultServer();
  });
  after(() => server.close());
  beforeEach(() => {
    server.requests.length = 0;
  });

  it('reconnects after the stream ends and resumes with Last-Event-ID', async () => {
    server.queue(
      { sse: ['retry: 10\n\n', frame('1', 'conversation.created'), frame('2', 'conversation.updated')], end: true },
      { sse: [frame('3', 'conversation.ended')] },
    );
    const client = createClient({ baseUrl: server.baseUrl, token: 'live-token' });
    const received: LiveMessage[] = [];
    const controller = new AbortController();
    for await (const message of client.live.stream({ signal: controller.signal })) {
      received.push(message);
      if (received.length === 3) controller.abort();
    }
    assert.deepEqual(received.map((m) => [m.id, m.type, m.data.conversation.id]), [
      ['1', 'conversation.created', 'conv_1'],
      ['2', 'conversation.updated', 'conv_1'],
      ['3', 'conversation.ended', 'conv_1'],
    ]);
    assert.equal(server.requests.length, 2);
    assert.equal(server.requests[0]!.headers.authorization, 'Bearer live-token');
    assert.equal(server.requests[0]!.headers['last-event-id'], undefined);
    assert.equal(server.requests[1]!.headers['last-event-id'], '2');
  });

  it('reconnects after a 503 and stops for good on 401', async () => {
    server.queue(
      { status: 503, json: errorBody('unavailable', 'Busy') },
      { status: 503, json: errorBody('unavailable', 'Busy') },
      { status: 503, json: errorBody('unavailable', 'Busy') },
      { status: 401, json: errorBody('unauthorized', 'Expired') },
    );
    const client = createClient({ baseUrl: server.baseUrl, token: 't', retry: false });
    const errors: [ApiError, boolean][] = [];
    const sub = client.live.subscribe({
      onEvent: () => assert.fail('no events expected'),
      onError: (error, info) => errors.push([error, info.willRetry]),
      reconnect: { initialDelayMs: 5 },
    });
    await sub.done;
    assert.deepEqual(errors.map(([e, retry]) => [e.status, retry]), [[503, true], [503, true], [503, true], [401, false]]);
    assert.ok(errors.at(-1)![0] instanceof UnauthorizedError);
  });

  it('resumes from a lastEventId given by the host', async () => {
    server.queue({ sse: [frame('43', 'conversation.updated')] });
    const client = createClient({ baseUrl: server.baseUrl, token: 't' });
    const controller = new AbortController();
    const sub = client.live.subscribe({
      lastEventId: '42',
      signal: controller.signal,
      onEvent: () => controller.abort(),
    });
    await sub.done;
    assert.equal(server.requests[0]!.headers['last-event-id'], '42');
    assert.equal(sub.lastEventId, '43');
  });
});

describe('client.live against a backend that does not stream', () => {
  it('ends with InvalidResponseError instead of reconnecting forever', async () => {
    const server = await startFaultServer();
    server.fallback = { status: 200, json: { not: 'a stream' } };
    const client = createClient({ baseUrl: server.baseUrl, token: 't' });
    const errors: [string, boolean][] = [];
    const sub = client.live.subscribe({ onEvent: () => assert.fail('no events'), onError: (e, info) => errors.push([e.code, info.willRetry]) });
    await sub.done;
    await server.close();
    assert.deepEqual(errors, [['invalid_response', false]]);
    assert.equal(server.requests.length, 1);
  });
});
