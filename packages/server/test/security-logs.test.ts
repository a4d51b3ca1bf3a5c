/** Log lines never carry bearer tokens or media signatures (the server runs with CK_LOG=1 in a child process). */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const testing = fileURLToPath(new URL('../src/testing.ts', import.meta.url));

test('request logs redact tokens and signatures', () => {
  const script = `
    const { startTestServer } = await import(${JSON.stringify(testing)});
    const s = await startTestServer({ count: 200, fullTextSearch: false });
    const h = { authorization: 'Bearer admin-token' };
    const list = await (await fetch(s.baseUrl + '/v1/conversations?channel=voice&limit=1', { headers: h })).json();
    const id = list.items[0].id;
    const minted = await (await fetch(s.baseUrl + '/v1/conversations/' + id + '/recording/media-url', { method: 'POST', headers: { ...h, 'content-type': 'application/json' }, body: '{"representation":"peaks"}' })).json();
    await fetch(s.baseUrl + minted.url);
    await fetch(s.baseUrl + '/v1/capabilities?access_token=admin-token');
    await fetch(s.baseUrl + '/v1/capabilities', { headers: { authorization: 'Bearer supervisor-token' } });
    console.error('SIGNATURE=' + new URL(minted.url, 'http://x').searchParams.get('signature'));
    await s.close();
  `;
  const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { env: { ...process.env, CK_LOG: '1' }, encoding: 'utf8', timeout: 120_000 });
  assert.equal(run.status, 0, run.stderr);
  const signature = /SIGNATURE=(\S+)/.exec(run.stderr)?.[1];
  assert.ok(signature, 'a signature was minted');
  const logs = run.stdout;
  assert.match(logs, /"url":"\/v1\/conversations\/[^"]+\/recording\/peaks\?signature=\[redacted\]"/, 'the signed request is logged, redacted');
  assert.match(logs, /access_token=\[redacted\]/);
  for (const secret of ['admin-token', 'supervisor-token', signature, signature.split('.').at(-1)!]) assert.ok(!logs.includes(secret), `logs contain ${secret}`);
});
