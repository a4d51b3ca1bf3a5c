/**
 * Permission × operation matrix: every operation in openapi.yaml, called by every role, with no
 * token, a wrong token and prototype-named tokens, answers what its `x-permissions` imply —
 * 401 without a valid token, 403 for a role that lacks a permission, and neither for one that has them all.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { loadConfig } from '../src/config.js';
import { loadOpenApi } from '../src/http/openapi.js';
import { startTestServer, type TestServer } from '../src/testing.js';
import { get } from './helpers.js';

let server: TestServer;
let voiceId: string;
before(async () => {
  server = await startTestServer({ count: 200, fullTextSearch: false });
  voiceId = (await get(server, 'admin', '/v1/conversations?channel=voice&status=completed&limit=1')).body.items[0].id;
});
after(() => server.close());

interface Operation {
  method: string;
  path: string;
  id: string;
  permissions: string[];
  hasBody: boolean;
}

function operations(): Operation[] {
  const { doc } = loadOpenApi() as { doc: any };
  const out: Operation[] = [];
  for (const [path, item] of Object.entries<any>(doc.paths)) {
    for (const method of ['get', 'post', 'put', 'patch', 'delete']) {
      const op = item[method];
      if (!op) continue;
      out.push({ method: method.toUpperCase(), path, id: op.operationId, permissions: op['x-permissions'] ?? [], hasBody: Boolean(op.requestBody) });
    }
  }
  return out;
}

/** Status only: streams (live, downloads) are cut once the headers arrive. */
async function statusOf(op: Operation, authorization: string | null): Promise<number> {
  const url = server.baseUrl + op.path.replace('{id}', voiceId).replace('{filterId}', 'flt_matrix');
  const headers: Record<string, string> = {};
  if (authorization !== null) headers.authorization = authorization;
  if (op.hasBody) headers['content-type'] = 'application/json';
  const controller = new AbortController();
  const res = await fetch(url, { method: op.method, headers, body: op.hasBody ? '{}' : undefined, signal: controller.signal });
  controller.abort();
  return res.status;
}

test('every operation × every caller answers what x-permissions imply', async () => {
  const config = loadConfig();
  const ops = operations();
  assert.ok(ops.length >= 35, `${ops.length} operations`);
  const wrong: string[] = [];
  const expect = (op: Operation, who: string, status: number, ok: (s: number) => boolean, want: string) => {
    if (!ok(status)) wrong.push(`${op.method} ${op.path} (${op.id}) as ${who}: ${status}, want ${want}`);
  };
  for (const op of ops) {
    expect(op, 'no token', await statusOf(op, null), (s) => s === 401, '401');
    for (const token of ['wrong-token', 'constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf']) {
      expect(op, `Bearer ${token}`, await statusOf(op, `Bearer ${token}`), (s) => s === 401, '401');
    }
    for (const [token, user] of Object.entries(config.users)) {
      const granted = new Set(config.roles[user.role]);
      const allowed = op.permissions.every((p) => granted.has(p as never));
      const status = await statusOf(op, `Bearer ${token}`);
      if (allowed) expect(op, user.role, status, (s) => s !== 401 && s !== 403 && s !== 405 && s < 500, 'neither 401, 403, 405 nor 5xx');
      else expect(op, user.role, status, (s) => s === 403, '403');
    }
  }
  assert.deepEqual(wrong, []);
});
