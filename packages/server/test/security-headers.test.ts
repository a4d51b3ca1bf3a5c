/** Security headers on pages and API answers, and the CORS policy (configurable, never with credentials). */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { createApp } from '../src/app.js';
import { inlineScriptHashes } from '../src/http/security-headers.js';
import { cachedSeed } from '../src/testing.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ck-headers-'));
let app: FastifyInstance;
let base: string;

async function start(config: Record<string, unknown> = {}): Promise<{ app: FastifyInstance; base: string }> {
  const db = path.join(dir, `db-${Math.random().toString(36).slice(2)}.sqlite`);
  fs.copyFileSync(await cachedSeed(200), db);
  const site = path.join(dir, 'site');
  fs.mkdirSync(site, { recursive: true });
  fs.writeFileSync(path.join(site, 'index.html'), '<!doctype html><title>demo</title><script type="module" src="./main.js"></script>');
  const a = await createApp({ dbPath: db, staticDir: site, config: { fullTextSearch: false, live: { simulate: false } as never, recordings: { synthesis: 'fast', cacheDir: path.join(dir, 'media') } as never, ...config } });
  await a.listen({ port: 0, host: '127.0.0.1' });
  const { port } = a.server.address() as { port: number };
  return { app: a, base: `http://127.0.0.1:${port}` };
}

before(async () => {
  ({ app, base } = await start());
});
after(async () => {
  await app.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const scriptSrc = (csp: string) => csp.split(';').map((d) => d.trim()).find((d) => d.startsWith('script-src')) ?? '';

describe('security headers', () => {
  test('the demo page and /docs are framed by nobody and run only their own scripts', async () => {
    for (const p of ['/', '/docs/']) {
      const res = await fetch(base + p);
      assert.equal(res.status, 200, p);
      const csp = res.headers.get('content-security-policy') ?? '';
      assert.match(csp, /frame-ancestors 'none'/, p);
      assert.match(csp, /object-src 'none'/, p);
      assert.match(scriptSrc(csp), /^script-src 'self'/, p);
      assert.doesNotMatch(scriptSrc(csp), /unsafe-inline|unsafe-eval|\*/, p);
      assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
      assert.equal(res.headers.get('referrer-policy'), 'no-referrer');
      // Every inline script the page runs is allowed by its exact hash.
      const html = await res.text();
      for (const h of inlineScriptHashes(html)) assert.ok(scriptSrc(csp).includes(`'${h}'`), `${p} allows ${h}`);
    }
  });

  test('inline script hashes are computed over the exact script text', () => {
    const body = "\n  Scalar.createApiReference('#app', {})\n";
    const expected = `sha256-${createHash('sha256').update(body).digest('base64')}`;
    assert.deepEqual(inlineScriptHashes(`<script src="a.js"></script><script type="application/json">{}</script><script>${body}</script>`), [expected]);
  });

  test('API answers are data: nosniff and a CSP that allows nothing', async () => {
    for (const p of ['/v1/capabilities', '/v1/nothing', '/openapi.yaml']) {
      const res = await fetch(base + p, { headers: { authorization: 'Bearer admin-token' } });
      assert.equal(res.headers.get('x-content-type-options'), 'nosniff', p);
      assert.equal(res.headers.get('content-security-policy'), "default-src 'none'; frame-ancestors 'none'", p);
      assert.equal(res.headers.get('referrer-policy'), 'no-referrer', p);
    }
  });
});

describe('CORS', () => {
  test('by default any origin may call with a token, and credentials are never allowed', async () => {
    const res = await fetch(`${base}/v1/capabilities`, { headers: { origin: 'https://evil.example', authorization: 'Bearer admin-token' } });
    assert.equal(res.headers.get('access-control-allow-origin'), '*');
    assert.equal(res.headers.get('access-control-allow-credentials'), null);
    const preflight = await fetch(`${base}/v1/filters`, {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST', 'access-control-request-headers': 'x-anything, cookie' },
    });
    assert.equal(preflight.status, 204);
    assert.equal(preflight.headers.get('access-control-allow-credentials'), null);
    assert.doesNotMatch(preflight.headers.get('access-control-allow-headers') ?? '', /x-anything|cookie/i);
    assert.match(preflight.headers.get('access-control-allow-headers') ?? '', /Authorization/);
  });

  test('a configured list allows only those origins', async () => {
    const strict = await start({ corsAllowedOrigins: ['https://app.example.com'] });
    try {
      const ok = await fetch(`${strict.base}/v1/capabilities`, { headers: { origin: 'https://app.example.com', authorization: 'Bearer admin-token' } });
      assert.equal(ok.headers.get('access-control-allow-origin'), 'https://app.example.com');
      assert.match(ok.headers.get('vary') ?? '', /Origin/i);
      const other = await fetch(`${strict.base}/v1/capabilities`, { headers: { origin: 'https://evil.example', authorization: 'Bearer admin-token' } });
      assert.equal(other.headers.get('access-control-allow-origin'), null);
      const preflight = await fetch(`${strict.base}/v1/filters`, { method: 'OPTIONS', headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' } });
      assert.equal(preflight.headers.get('access-control-allow-origin'), null);
    } finally {
      await strict.app.close();
    }
  });
});
