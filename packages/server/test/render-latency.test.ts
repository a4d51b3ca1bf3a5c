/**
 * Rendering a recording (speech synthesis, FLAC) runs in worker threads: while one renders, the
 * API answers other requests instead of queueing them behind the render.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { startTestServer, type TestServer } from '../src/testing.js';
import { get } from './helpers.js';

let server: TestServer;
before(async () => {
  server = await startTestServer({ count: 300, fullTextSearch: false, synthesis: 'speech' });
});
after(() => server.close());

/** A voice call whose recording is available and 1–3 minutes long: fewer 10-second render chunks than the requests below. */
async function mediumRecording(): Promise<string> {
  const list = await get(server, 'admin', '/v1/conversations?channel=voice&status=completed&limit=200');
  for (const c of list.body.items) {
    const rec = await get(server, 'admin', `/v1/conversations/${c.id}/recording`);
    if (rec.body.state === 'available' && rec.body.durationSeconds >= 60 && rec.body.durationSeconds <= 180) return c.id;
  }
  throw new Error('no 1–3 minute recording');
}

test('unrelated requests are answered while a recording renders, not queued behind it', async () => {
  const id = await mediumRecording();
  let rendered = false;
  const audio = get(server, 'viewer', `/v1/conversations/${id}/recording/audio`, { range: 'bytes=0-3' }).then((res) => {
    rendered = true;
    return res;
  });
  // 30 requests one after another: a render on the main thread would let at most one through per
  // 10-second chunk of audio (fewer than 30 for this call), so some would wait for the render's end.
  const answeredDuringRender: boolean[] = [];
  for (let i = 0; i < 30; i++) {
    const res = await get(server, 'analyst', i % 2 ? '/v1/capabilities' : `/v1/conversations/${id}/recording`);
    assert.equal(res.status, 200);
    answeredDuringRender.push(!rendered);
  }
  assert.deepEqual(answeredDuringRender, Array(30).fill(true), 'every unrelated request was answered before the render finished');
  const res = await audio;
  assert.equal(res.status, 206);
  assert.equal(new TextDecoder().decode(res.bytes), 'RIFF');
});

test('requests for the same recording share one render and then come from the cache', async () => {
  const id = await mediumRecording();
  const [a, b] = await Promise.all([
    get(server, 'viewer', `/v1/conversations/${id}/recording/peaks?samplesPerSecond=5`),
    get(server, 'viewer', `/v1/conversations/${id}/recording/peaks?samplesPerSecond=5`),
  ]);
  assert.equal(a.status, 200);
  assert.deepEqual(a.body, b.body);
});
