/** `client.recordings.mediaUrl`: a signed URL that a native <audio> element or a link can open without headers. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestServer, type TestServer } from '@conversations-kit/server/testing';
import { PermissionError, createClient, type ConversationsClient } from '../src/index.ts';

let server: TestServer;
let analyst: ConversationsClient;
let viewer: ConversationsClient;
let id: string;

before(async () => {
  server = await startTestServer({ count: 300 });
  analyst = createClient({ baseUrl: server.baseUrl, token: server.tokens.analyst, retry: false });
  viewer = createClient({ baseUrl: server.baseUrl, token: server.tokens.viewer, retry: false });
  for await (const c of analyst.conversations.iterate({ channel: ['voice'], status: ['completed'] })) {
    if (c.hasRecording && (await analyst.recordings.state(c.id)).state === 'available') {
      id = c.id;
      break;
    }
  }
  assert.ok(id, 'a voice call with an available recording');
});
after(() => server?.close());

describe('client.recordings.mediaUrl', () => {
  it('gives an absolute URL that plays with Range and no Authorization header', async () => {
    const { url, expiresAt } = await viewer.recordings.mediaUrl(id, { representation: 'audio' });
    assert.ok(url.startsWith(`${server.baseUrl}/v1/conversations/`), url);
    const minutes = (Date.parse(expiresAt) - Date.now()) / 60_000;
    assert.ok(minutes > 1 && minutes <= 15, `valid for ${minutes} minutes`);
    const res = await fetch(url, { headers: { range: 'bytes=0-11' } });
    assert.equal(res.status, 206);
    assert.equal(new TextDecoder().decode(new Uint8Array(await res.arrayBuffer()).slice(0, 4)), 'RIFF');
  });

  it('opens only the representation it was made for', async () => {
    const { url } = await viewer.recordings.mediaUrl(id, { representation: 'peaks' });
    assert.equal((await fetch(url)).status, 200);
    assert.equal((await fetch(url.replace('/recording/peaks', '/recording/audio'))).status, 401);
  });

  it('download URLs need recordings.download', async () => {
    await assert.rejects(viewer.recordings.mediaUrl(id, { representation: 'download' }), PermissionError);
    const { url } = await analyst.recordings.mediaUrl(id, { representation: 'download' });
    const res = await fetch(`${url}&channel=0`);
    assert.equal(res.status, 200);
    assert.equal(new TextDecoder().decode(new Uint8Array(await res.arrayBuffer()).slice(0, 4)), 'fLaC');
  });
});
