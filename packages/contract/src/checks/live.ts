import type { CheckContext } from '../context.js';
import { check, skip } from '../types.js';
import type { Check } from './check.js';

export interface Frame {
  id: string | null;
  event: string;
  data: string;
}

/** Minimal event-stream reader (the kit does not depend on the SDK it is meant to check backends for). */
async function readFrames(ctx: CheckContext, headers: Record<string, string>, want: number, waitMs: number, onOpen?: () => Promise<void>): Promise<{ status: number; frames: Frame[]; body?: string }> {
  return readLiveFrames(ctx, ctx.tokens.privileged, headers, want, waitMs, onOpen);
}

/** Reads up to `want` frames of `GET /v1/live` as `token` within `waitMs`; `onOpen` runs once the stream is open. */
export async function readLiveFrames(ctx: CheckContext, token: string, headers: Record<string, string>, want: number, waitMs: number, onOpen?: () => Promise<void>): Promise<{ status: number; frames: Frame[]; body?: string }> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), waitMs);
  const frames: Frame[] = [];
  try {
    const res = await ctx.http.raw('GET', '/v1/live', { token, headers: { accept: 'text/event-stream', ...headers }, signal: controller.signal });
    if (res.status !== 200 || !res.body) return { status: res.status, frames, body: await res.text() };
    check(/text\/event-stream/.test(res.headers.get('content-type') ?? ''), `GET /v1/live content-type is ${res.headers.get('content-type')}`);
    const opened = onOpen?.();
    const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = '';
    let current: Frame = { id: null, event: 'message', data: '' };
    let hasData = false;
    try {
      while (frames.length < want) {
        const { done, value } = await reader.read();
        if (done) break;
        buffer += value;
        const lines = buffer.split(/\r\n|\r|\n/);
        buffer = lines.pop() ?? '';
        for (const line of lines) {
          if (line === '') {
            if (hasData) frames.push(current);
            current = { id: current.id, event: 'message', data: '' };
            hasData = false;
            continue;
          }
          if (line.startsWith(':')) continue;
          const i = line.indexOf(':');
          const field = i === -1 ? line : line.slice(0, i);
          const value = i === -1 ? '' : line.slice(i + 1).replace(/^ /, '');
          if (field === 'id') current.id = value;
          else if (field === 'event') current.event = value;
          else if (field === 'data') {
            current.data = hasData ? `${current.data}\n${value}` : value;
            hasData = true;
          }
        }
      }
    } catch (error) {
      if (!controller.signal.aborted) throw error;
    } finally {
      controller.abort();
      await opened?.catch(() => undefined);
    }
    return { status: 200, frames };
  } catch (error) {
    if (controller.signal.aborted) return { status: 200, frames };
    throw error;
  } finally {
    clearTimeout(timer);
  }
}

/** Makes the backend emit conversation.updated events by changing an in-progress conversation's queue. */
async function provoke(ctx: CheckContext, times: number): Promise<void> {
  return provokeLiveEvents(ctx, times);
}

/** Changes the queue of an in-progress conversation (`id`, or any) `times` times, so the backend emits events. */
export async function provokeLiveEvents(ctx: CheckContext, times: number, id?: string): Promise<void> {
  const caps = await ctx.privilegedCaps();
  if (!caps.permissions.includes('supervisor.act')) return; // rely on the backend's own traffic
  const live = id ? { id } : await ctx.inProgress().catch(() => null);
  if (!live) return;
  const queues = await ctx.queues();
  for (let i = 0; i < times; i++) {
    await new Promise((r) => setTimeout(r, 50));
    await ctx.call({ op: 'supervisorChangeQueue', params: { id: live.id }, json: { queueId: queues[i % queues.length]!.id } });
  }
}

export const liveChecks: Check[] = [
  {
    id: 'live.stream',
    title: 'GET /v1/live streams LiveEvent frames with ids and event names',
    async run(ctx) {
      const caps = await ctx.privilegedCaps();
      if (!caps.features.liveUpdates) {
        const res = await ctx.http.call({ op: 'streamLive', token: ctx.tokens.privileged });
        ctx.http.expectError(res, 409, 'invalid_state');
        return;
      }
      const { status, frames, body } = await readFrames(ctx, {}, 2, 15_000, () => provoke(ctx, 2));
      check(status === 200, `GET /v1/live answered ${status} ${body ?? ''}`);
      check(frames.length >= 2, `received ${frames.length} events in 15 s`);
      for (const frame of frames) {
        check(frame.id, 'an event has no id');
        let data: { type?: string };
        try {
          data = JSON.parse(frame.data);
        } catch {
          throw new Error(`event ${frame.id} data is not JSON`);
        }
        const problems = ctx.contract.problems('LiveEvent', data);
        check(problems.length === 0, `event ${frame.id} is not a LiveEvent: ${problems.join('; ')}`);
        check(frame.event === data.type, `event name "${frame.event}" differs from data.type "${data.type}"`);
      }
      ctx.http.expectError(await ctx.http.call({ op: 'streamLive', token: null }), 401, 'unauthorized');
    },
  },
  {
    id: 'live.resume',
    title: 'Reconnecting with Last-Event-ID replays exactly the events after it',
    async run(ctx) {
      const caps = await ctx.privilegedCaps();
      if (!caps.features.liveUpdates) skip('features.liveUpdates is false');
      const first = await readFrames(ctx, {}, 3, 15_000, () => provoke(ctx, 3));
      check(first.status === 200, `GET /v1/live answered ${first.status} ${first.body ?? ''}`);
      check(first.frames.length >= 3, `received ${first.frames.length} events in 15 s`);
      const [a, b, c] = first.frames as [Frame, Frame, Frame];
      const resumed = await readFrames(ctx, { 'last-event-id': a.id! }, 2, 10_000);
      check(resumed.frames.length >= 2, `after Last-Event-ID ${a.id} only ${resumed.frames.length} events were replayed`);
      check(resumed.frames[0]!.id === b.id && resumed.frames[1]!.id === c.id, `resumed with ${resumed.frames.map((f) => f.id).join(',')}, expected ${b.id},${c.id}`);
    },
  },
];
