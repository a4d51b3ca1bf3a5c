import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startTestServer, type TestServer } from '../src/testing.js';
import { call, get } from './helpers.js';

const MINUTE = 60_000;

/** The newest voice conversations whose recording is in `state`. */
async function withRecordingState(server: TestServer, states: string[]): Promise<{ id: string; recording: any }> {
  let cursor = '';
  for (let page = 0; page < 10; page++) {
    const list = await get(server, 'admin', `/v1/conversations?channel=voice&status=completed&status=error&limit=100${cursor && `&cursor=${cursor}`}`);
    for (const c of list.body.items) {
      const rec = await get(server, 'admin', `/v1/conversations/${c.id}/recording`);
      if (states.includes(rec.body.state)) return { id: c.id, recording: rec.body };
    }
    cursor = list.body.nextCursor;
    if (!cursor) break;
  }
  throw new Error(`no recording in ${states.join('/')}`);
}

describe('recording state machine (clock injected)', () => {
  let now = 0;
  let failing: TestServer;
  let working: TestServer;
  before(async () => {
    failing = await startTestServer({ clock: () => now, config: { recordings: { fetchSuccessRate: 0 } as never } });
    working = await startTestServer({ clock: () => now, config: { recordings: { fetchSuccessRate: 1 } as never } });
  });
  after(async () => {
    await failing.close();
    await working.close();
  });

  test('the automatic fetch runs 10 minutes after the call', async () => {
    now = working.seededAt;
    const { id, recording } = await withRecordingState(working, ['media_in_progress']);
    assert.equal(recording.message, 'Media generation is in progress. Please wait for a few minutes.');
    assert.equal(recording.retryAvailable, false);
    const due = Date.parse(recording.nextAutomaticAttemptAt);
    now = due - 1000;
    assert.equal((await get(working, 'admin', `/v1/conversations/${id}/recording`)).body.state, 'media_in_progress');
    now = due;
    const after = await get(working, 'admin', `/v1/conversations/${id}/recording`);
    assert.equal(after.body.state, 'available');
    assert.equal(after.body.message, '');
    assert.ok(after.body.durationSeconds > 0);
    const row = await get(working, 'admin', `/v1/conversations/${id}`);
    assert.equal(row.body.hasRecording, true);
    assert.equal(row.body.recording.state, 'available');
  });

  test('manual retry, retry_failed with a 15-minute wait, and the 24-hour background retry', async () => {
    now = failing.seededAt;
    const { id, recording } = await withRecordingState(failing, ['initial_fetch_failed', 'partial_download_failed', 'partial_upload_failed', 'partial_failed']);
    assert.equal(recording.retryAvailable, true);
    const backgroundAt = Date.parse(recording.nextAutomaticAttemptAt);

    const retry = await call(failing, 'admin', 'POST', `/v1/conversations/${id}/recording/retry`);
    assert.equal(retry.status, 202);
    assert.equal(retry.body.state, 'fetching_in_progress');
    assert.equal(retry.body.message, 'Generating your call recording... This may take a few minutes. Please wait.');
    const again = await call(failing, 'admin', 'POST', `/v1/conversations/${id}/recording/retry`);
    assert.equal(again.status, 409);
    assert.equal(again.body.error.code, 'invalid_state');

    now += 61_000;
    const failed = await get(failing, 'admin', `/v1/conversations/${id}/recording`);
    assert.equal(failed.body.state, 'retry_failed');
    assert.equal(failed.body.message, 'Still unable to fetch the recording. Please try again after 15 minutes.');
    assert.equal(failed.body.retryAvailable, false);
    now += 15 * MINUTE;
    assert.equal((await get(failing, 'admin', `/v1/conversations/${id}/recording`)).body.retryAvailable, true);

    now = Math.max(now, backgroundAt);
    const final = await get(failing, 'admin', `/v1/conversations/${id}/recording`);
    assert.equal(final.body.state, '24hr_retry_failed');
    assert.equal(final.body.retryAvailable, false);
    assert.equal(final.body.nextAutomaticAttemptAt, null);
    const audio = await get(failing, 'admin', `/v1/conversations/${id}/recording/audio`);
    assert.equal(audio.status, 409);
  });

  test('every spec state occurs in the seeded data', async () => {
    // A data set nobody has read yet: the other tests move recordings on (retries, fetches) and
    // those transitions are saved, so they would hide the states the seed placed.
    const fresh = await startTestServer({ clock: () => now, config: { recordings: { fetchSuccessRate: 0 } as never } });
    now = fresh.seededAt;
    const seen = new Set<string>();
    let cursor = '';
    try {
      do {
        const list = await get(fresh, 'admin', `/v1/conversations?channel=voice&limit=200${cursor && `&cursor=${cursor}`}`);
        for (const c of list.body.items) seen.add((await get(fresh, 'admin', `/v1/conversations/${c.id}`)).body.recording.state);
        cursor = list.body.nextCursor;
      } while (cursor);
    } finally {
      await fresh.close();
    }
    for (const state of ['available', 'failed', 'media_unavailable', 'call_in_progress', 'media_in_progress', 'partial_download_failed', 'partial_upload_failed', 'partial_failed', 'fetching_in_progress', 'initial_fetch_failed', 'retry_failed', '24hr_retry_failed', 'retention_deleted', 'recording_disabled']) {
      assert.ok(seen.has(state), `no recording in state ${state} (saw ${[...seen].join(', ')})`);
    }
  });
});

describe('recording media', () => {
  let server: TestServer;
  let id: string;
  before(async () => {
    server = await startTestServer();
    const list = await get(server, 'admin', '/v1/conversations?channel=voice&status=completed&limit=50');
    id = list.body.items.find((c: any) => c.hasRecording && c.hasTranscript).id;
  });
  after(() => server.close());

  test('speech on each channel lines up with the transcript turns', async () => {
    const transcript = (await get(server, 'admin', `/v1/conversations/${id}/transcript?limit=1000`)).body.items;
    const peaks = (await get(server, 'admin', `/v1/conversations/${id}/recording/peaks?samplesPerSecond=10`)).body;
    assert.equal(peaks.channels.length, 2);
    assert.equal(peaks.sampleRate, 10);
    const spoken = (channel: 0 | 1) => {
      const inside = new Set<number>();
      for (const item of transcript) {
        if (item.kind !== 'message' || item.speaker === 'system') continue;
        if ((item.speaker === 'customer' ? 0 : 1) !== channel) continue;
        for (let k = Math.ceil(item.offsetSeconds * 10); k < Math.floor((item.offsetSeconds + item.durationSeconds) * 10); k++) inside.add(k);
      }
      return inside;
    };
    for (const channel of [0, 1] as const) {
      const inside = spoken(channel);
      const values: number[] = peaks.channels[channel].map(Math.abs);
      const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
      const loud = mean(values.filter((_v, k) => inside.has(k)));
      const quiet = mean(values.filter((_v, k) => !inside.has(k) && !inside.has(k - 1) && !inside.has(k + 1)));
      assert.ok(inside.size > 0);
      assert.ok(loud > quiet * 5, `channel ${channel}: speech ${loud.toFixed(4)} vs silence ${quiet.toFixed(4)}`);
    }
    const status = (await get(server, 'admin', `/v1/conversations/${id}/recording`)).body;
    assert.ok(Math.abs(status.durationSeconds - peaks.durationSeconds) < 0.01);
    assert.deepEqual(status.channels.map((c: any) => c.label), ['Customer', 'Agent']);
  });

  test('WAV honours Range, FLAC downloads as one or per channel, permission enforced', async () => {
    const whole = await get(server, 'admin', `/v1/conversations/${id}/recording/audio`);
    assert.equal(whole.status, 200);
    assert.equal(whole.headers.get('accept-ranges'), 'bytes');
    assert.equal(whole.headers.get('content-type'), 'audio/wav');
    assert.equal(new TextDecoder().decode(whole.bytes.slice(8, 12)), 'WAVE');
    assert.equal(new DataView(whole.bytes.buffer).getUint16(22, true), 2, 'two channels');
    const tail = await get(server, 'admin', `/v1/conversations/${id}/recording/audio`, { range: 'bytes=-100' });
    assert.equal(tail.status, 206);
    assert.deepEqual(tail.bytes, whole.bytes.slice(-100));
    assert.equal(tail.headers.get('content-range'), `bytes ${whole.bytes.length - 100}-${whole.bytes.length - 1}/${whole.bytes.length}`);
    const middle = await get(server, 'admin', `/v1/conversations/${id}/recording/audio`, { range: 'bytes=1000-1999' });
    assert.deepEqual(middle.bytes, whole.bytes.slice(1000, 2000));
    const bad = await get(server, 'admin', `/v1/conversations/${id}/recording/audio`, { range: `bytes=${whole.bytes.length}-` });
    assert.equal(bad.status, 416);
    assert.equal(bad.headers.get('content-range'), `bytes */${whole.bytes.length}`);

    for (const [channel, suffix] of [['all', ''], ['0', '-customer'], ['1', '-agent']]) {
      const flac = await get(server, 'analyst', `/v1/conversations/${id}/recording/download?format=flac&channel=${channel}`);
      assert.equal(flac.status, 200);
      assert.equal(new TextDecoder().decode(flac.bytes.slice(0, 4)), 'fLaC');
      assert.match(flac.headers.get('content-disposition')!, new RegExp(`recording-${id}${suffix}\\.flac`));
      // STREAMINFO: channels-1 lives in bits of byte 20 (after the 4-byte magic and 4-byte block header).
      const channels = ((flac.bytes[8 + 12] >> 1) & 0x07) + 1;
      assert.equal(channels, channel === 'all' ? 2 : 1);
    }
    assert.equal((await get(server, 'viewer', `/v1/conversations/${id}/recording/download`)).status, 403);
  });

  test('non-voice conversations have no recording', async () => {
    const chat = (await get(server, 'admin', '/v1/conversations?channel=chat&limit=1')).body.items[0];
    const res = await get(server, 'admin', `/v1/conversations/${chat.id}/recording`);
    assert.equal(res.status, 404);
  });
});
