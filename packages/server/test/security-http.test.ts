/** The HTTP surface: every failure is the contract's error body, with the right status, before anything is parsed. */
import assert from 'node:assert/strict';
import net from 'node:net';
import { after, before, describe, test } from 'node:test';
import { csvCell } from '../src/http/csv.js';
import { startTestServer, type TestServer } from '../src/testing.js';
import { call, get } from './helpers.js';

let server: TestServer;
before(async () => {
  server = await startTestServer({ count: 200, fullTextSearch: false });
});
after(() => server.close());

/** Sends raw bytes (so nothing normalises the request line) and parses the answer. */
function raw(request: string): Promise<{ status: number; headers: string; body: any }> {
  const { port } = new URL(server.baseUrl);
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(port), '127.0.0.1', () => socket.write(request));
    let data = '';
    socket.on('data', (d) => (data += d.toString('latin1')));
    socket.on('error', reject);
    socket.on('end', () => {
      const [head, ...rest] = data.split('\r\n\r\n');
      const text = rest.join('\r\n\r\n');
      let body: any = null;
      try {
        body = JSON.parse(text);
      } catch {
        body = text;
      }
      resolve({ status: Number(head.split(' ')[1]), headers: head.toLowerCase(), body });
    });
  });
}

const bearer = () => `Authorization: Bearer ${server.tokens.admin}\r\n`;

function assertErrorBody(body: any, code: string): void {
  assert.equal(typeof body, 'object', `not JSON: ${String(body).slice(0, 200)}`);
  assert.equal(body.error.code, code);
  assert.equal(typeof body.error.message, 'string');
  assert.match(body.error.requestId, /^req_/);
}

describe('errors before the route', () => {
  test('malformed %-encoding is a 400 validation_failed that does not echo the URL', async () => {
    const res = await raw(`GET /v1/conversations/%E0%A4%A HTTP/1.1\r\nHost: x\r\n${bearer()}Connection: close\r\n\r\n`);
    assert.equal(res.status, 400);
    assertErrorBody(res.body, 'validation_failed');
    assert.doesNotMatch(JSON.stringify(res.body), /%E0/i);
  });

  test('an over-long id is 414, an over-long URL is 414, oversized headers are 431', async () => {
    const longId = await get(server, 'admin', `/v1/conversations/${'a'.repeat(300)}`);
    assert.equal(longId.status, 414);
    assertErrorBody(longId.body, 'uri_too_long');
    const longUrl = await get(server, 'admin', `/v1/conversations?cursor=${'x'.repeat(9000)}`);
    assert.equal(longUrl.status, 414);
    assertErrorBody(longUrl.body, 'uri_too_long');
    const big = await raw(`GET /v1/conversations HTTP/1.1\r\nHost: x\r\n${bearer()}X-Padding: ${'p'.repeat(20_000)}\r\nConnection: close\r\n\r\n`);
    assert.equal(big.status, 431);
    assertErrorBody(big.body, 'headers_too_large');
  });

  test('a wrong method on a known path is 405 with Allow, an unknown path is 404', async () => {
    for (const [method, path, allow] of [
      ['DELETE', '/v1/conversations', 'GET'],
      ['POST', '/v1/conversations/conv_000001', 'GET'],
      ['GET', '/v1/exports/conversations', 'POST'],
      ['PUT', '/v1/conversations/conv_000001/recording/retry', 'POST'],
    ] as const) {
      const res = await call(server, 'admin', method, path, { json: method === 'GET' ? undefined : {} });
      assert.equal(res.status, 405, `${method} ${path}`);
      assertErrorBody(res.body, 'method_not_allowed');
      assert.match(res.headers.get('allow') ?? '', new RegExp(allow));
    }
    const unknown = await get(server, 'admin', '/v1/nothing-here/<script>');
    assert.equal(unknown.status, 404);
    assertErrorBody(unknown.body, 'not_found');
    assert.doesNotMatch(unknown.text, /script/);
  });

  test('a body that is not JSON is 415', async () => {
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'application/xml', 'multipart/form-data; boundary=x']) {
      const res = await call(server, 'admin', 'POST', '/v1/filters', { body: '{"name":"x","query":{}}', headers: { 'content-type': type } });
      assert.equal(res.status, 415, type);
      assertErrorBody(res.body, 'unsupported_media_type');
    }
  });
});

describe('permissions before the body', () => {
  test('a caller without the permission gets 403 whatever the body', async () => {
    for (const [body, type] of [['{not json', 'application/json'], ['x'.repeat(2_000_000), 'application/json'], ['a=b', 'text/plain']]) {
      const res = await call(server, 'viewer', 'POST', '/v1/exports/conversations', { body, headers: { 'content-type': type } });
      assert.equal(res.status, 403, type);
      assertErrorBody(res.body, 'forbidden');
    }
    const anonymous = await call(server, null, 'POST', '/v1/filters', { body: '{not json', headers: { 'content-type': 'application/json' } });
    assert.equal(anonymous.status, 401);
  });
});

describe('JSON bodies are validated, not coerced', () => {
  test('wrong types are 400 naming the field', async () => {
    const cases: [string, string, unknown, string][] = [
      ['POST', '/v1/filters', { name: 5, query: {} }, 'name'],
      ['POST', '/v1/filters', { name: 'x', query: {}, isDefault: 'true' }, 'isDefault'],
      ['POST', '/v1/filters', { name: 'x', query: { csatMin: '3' } }, 'query.csatMin'],
      ['POST', '/v1/filters', { name: ['x'], query: {} }, 'name'],
      ['POST', '/v1/exports/transcripts', { ids: 'conv_000001' }, 'ids'],
      ['POST', '/v1/exports/conversations', { ids: [1] }, 'ids[0]'],
    ];
    for (const [method, path, json, field] of cases) {
      const res = await call(server, 'admin', method, path, { json });
      assert.equal(res.status, 400, `${path} ${JSON.stringify(json)}`);
      assertErrorBody(res.body, 'validation_failed');
      assert.equal(res.body.error.details.fields[0].name, field);
    }
  });

  test('query strings are still read as numbers', async () => {
    const res = await get(server, 'admin', '/v1/conversations?limit=3');
    assert.equal(res.status, 200);
    assert.equal(res.body.items.length, 3);
  });
});

describe('CSV formula injection', () => {
  test('every formula start is neutralised', () => {
    const hostile = [
      '=1+1', '+1', '-1', '@SUM(A1)', ' =1', '   +cmd', '\u00a0=1', '\t=1', '\r=1', '\n=1', '\r\n@x', '\uff1d1', '\uff0b1', '\uff0d1', '\uff20x',
      ' \u00a0\t\uff1dHYPERLINK("http://x")', '\u3000=1', '\u2007=1',
    ];
    for (const value of hostile) {
      const cell = csvCell(value);
      const unquoted = cell.startsWith('"') ? cell.slice(1, -1).replaceAll('""', '"') : cell;
      assert.ok(unquoted.startsWith("'"), `${JSON.stringify(value)} → ${cell}`);
    }
    for (const value of ['hello', '1', 'a=b', 'mail@example.com', ' plain', '']) {
      const cell = csvCell(value);
      assert.ok(!cell.startsWith("'") && !cell.startsWith(`"'`), `${JSON.stringify(value)} should stay as it is`);
    }
    assert.equal(csvCell(-5), '-5');
  });
});
