import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { startTestServer, type TestServer } from '../src/testing.js';
import { get } from './helpers.js';

interface Frame {
  id: string;
  event: string;
  data: any;
}

/** Reads server-sent events until `until` is satisfied or time runs out. */
async function readEvents(server: TestServer, who: 'admin' | 'analyst', until: (frames: Frame[]) => boolean, opts: { lastEventId?: string; timeoutMs?: number; onOpen?: () => void } = {}): Promise<Frame[]> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), opts.timeoutMs ?? 10_000);
  const headers: Record<string, string> = { authorization: `Bearer ${server.tokens[who]}`, accept: 'text/event-stream' };
  if (opts.lastEventId) headers['last-event-id'] = opts.lastEventId;
  const frames: Frame[] = [];
  try {
    const res = await fetch(`${server.baseUrl}/v1/live`, { headers, signal: controller.signal });
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type')!, /text\/event-stream/);
    opts.onOpen?.();
    const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = '';
    while (!until(frames)) {
      const { value, done } = await reader.read();
      if (done) break;
      buffer += value;
      let cut: number;
      while ((cut = buffer.indexOf('\n\n')) >= 0) {
        const block = buffer.slice(0, cut);
        buffer = buffer.slice(cut + 2);
        const fields = Object.fromEntries(block.split('\n').filter((l) => !l.startsWith(':')).map((l) => [l.slice(0, l.indexOf(':')), l.slice(l.indexOf(':') + 1).trimStart()]));
        if (fields.data) frames.push({ id: fields.id, event: fields.event, data: JSON.parse(fields.data) });
      }
    }
  } catch (error) {
    if (!controller.signal.aborted) throw error;
  } finally {
    clearTimeout(timer);
    controller.abort();
  }
  return frames;
}

let now = 0;
let server: TestServer;
before(async () => {
  server = await startTestServer({ live: true, clock: () => now, config: { live: { conversationsPerMinute: 2, tickMs: 100 } as never } });
  now = server.seededAt;
});
after(() => server.close());

test('the simulator starts, grows and ends conversations, and the stream resumes with Last-Event-ID', async () => {
  const frames = await readEvents(server, 'admin', (f) => f.some((x) => x.event === 'conversation.created') && f.some((x) => x.event === 'conversation.ended') && f.length >= 6, {
    onOpen: () => {
      // One simulated minute: two new conversations; then half an hour: everything running ends.
      now += 60_000;
      setTimeout(() => (now += 30 * 60_000), 600);
    },
  });
  for (const f of frames) {
    assert.equal(f.event, f.data.type);
    assert.ok(/^\d+$/.test(f.id));
  }
  const created = frames.find((f) => f.event === 'conversation.created')!;
  assert.equal(created.data.conversation.status, 'in_progress');
  assert.ok(['voice', 'chat'].includes(created.data.conversation.channel));
  const appended = frames.filter((f) => f.event === 'transcript.appended');
  assert.ok(appended.length > 0);
  assert.ok(appended.every((f) => f.data.item && typeof f.data.item.seq === 'number'));
  const ended = frames.find((f) => f.event === 'conversation.ended')!;
  assert.ok(['completed', 'error'].includes(ended.data.conversation.status));
  assert.ok(ended.data.conversation.endTime);

  // The stored conversation agrees with what was pushed.
  const stored = await get(server, 'admin', `/v1/conversations/${ended.data.conversation.id}`);
  assert.equal(stored.body.status, ended.data.conversation.status);

  // Resuming after the second event replays exactly what followed it.
  const replay = await readEvents(server, 'admin', (f) => f.length >= 3, { lastEventId: frames[1].id, timeoutMs: 3000 });
  assert.deepEqual(replay.slice(0, 3).map((f) => f.id), frames.slice(2, 5).map((f) => f.id));
});

test('live events carry no PII for callers without pii.view', async () => {
  const frames = await readEvents(server, 'analyst', (f) => f.length >= 3, { lastEventId: '0', timeoutMs: 3000 });
  assert.ok(frames.length >= 3);
  for (const f of frames) {
    assert.equal(f.data.conversation.customer.obscured, true);
    assert.equal(f.data.conversation.customer.name, null);
    if (f.data.item?.kind === 'message' && f.data.item.speaker === 'customer') assert.equal(f.data.item.speakerName, null);
  }
});
