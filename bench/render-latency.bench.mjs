// API latency for unrelated requests while recordings render, as a ratio against the same requests
// on an idle server, measured in this run. Rendering (speech synthesis, FLAC) runs in worker threads,
// so the ratio should stay near 1 (on a machine with a spare core). Also reports the longest event-loop
// stall seen during the render, and during a big CSV export and a broad search (exports give the loop
// a turn every 15 ms; the idle stall is the baseline). Run through bench/run.mjs, or alone:
//   node --import tsx bench/render-latency.bench.mjs [--renders 2] [--requests 200]
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { startTestServer } from '../packages/server/src/testing.ts';

const { values } = parseArgs({ options: { renders: { type: 'string', default: '2' }, requests: { type: 'string', default: '200' } } });
const RENDERS = Number(values.renders);
const REQUESTS = Number(values.requests);
const TOKEN = { authorization: 'Bearer analyst-token' };

const server = await startTestServer({ count: 1000, synthesis: 'speech' });
const json = async (p) => (await fetch(server.baseUrl + p, { headers: TOKEN })).json();

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/** Sequential unrelated requests (capabilities, a conversation, a transcript page) until `n` or `until()`. */
async function unrelated(ids, n, until = () => false) {
  const ms = [];
  for (let i = 0; i < n && !until(); i++) {
    const id = ids[i % ids.length];
    const p = ['/v1/capabilities', `/v1/conversations/${id}`, `/v1/conversations/${id}/transcript?limit=20`][i % 3];
    const t = performance.now();
    const res = await fetch(server.baseUrl + p, { headers: TOKEN });
    await res.arrayBuffer();
    ms.push(performance.now() - t);
  }
  ms.sort((a, b) => a - b);
  return { p50: percentile(ms, 50), p95: percentile(ms, 95), max: ms.at(-1), n: ms.length };
}

try {
  const list = await json('/v1/conversations?channel=voice&status=completed&limit=200');
  const voice = [];
  for (const c of list.items) {
    const rec = await json(`/v1/conversations/${c.id}/recording`);
    if (rec.state === 'available') voice.push({ id: c.id, seconds: rec.durationSeconds });
  }
  voice.sort((a, b) => b.seconds - a.seconds);
  const targets = voice.slice(0, RENDERS);
  const others = list.items.slice(0, 20).map((c) => c.id);

  await unrelated(others, 30); // warm-up
  const idle = await unrelated(others, REQUESTS);

  const loop = monitorEventLoopDelay({ resolution: 5 });
  loop.enable();
  let pending = targets.length;
  const started = performance.now();
  const renders = targets.map((t) =>
    fetch(`${server.baseUrl}/v1/conversations/${t.id}/recording/audio`, { headers: { ...TOKEN, range: 'bytes=0-3' } }).then(async (r) => {
      await r.arrayBuffer();
      pending--;
    }),
  );
  const busy = await unrelated(others, Number.MAX_SAFE_INTEGER, () => pending === 0);
  await Promise.all(renders);
  const renderSeconds = (performance.now() - started) / 1000;
  loop.disable();

  const f = (x) => x.toFixed(1);
  console.log(`  ${targets.length} recordings rendered in ${renderSeconds.toFixed(1)} s (${targets.map((t) => `${t.seconds.toFixed(0)} s of audio`).join(', ')})`);
  console.log(`  idle:      p50 ${f(idle.p50)} ms  p95 ${f(idle.p95)} ms  (${idle.n} requests)`);
  console.log(`  rendering: p50 ${f(busy.p50)} ms  p95 ${f(busy.p95)} ms  max ${f(busy.max)} ms  (${busy.n} requests answered during the render)`);
  console.log(`  ratio rendering/idle: p50 ${(busy.p50 / idle.p50).toFixed(2)}×  p95 ${(busy.p95 / idle.p95).toFixed(2)}×`);
  console.log(`  longest event-loop stall during the render: ${f(loop.max / 1e6)} ms`);

  /** Longest event-loop stall while `run` goes (after one warm-up run). */
  const stall = async (run) => {
    await run();
    const l = monitorEventLoopDelay({ resolution: 1 });
    l.enable();
    await run();
    l.disable();
    return l.max / 1e6;
  };
  const post = (p, body) => fetch(server.baseUrl + p, { method: 'POST', headers: { ...TOKEN, 'content-type': 'application/json' }, body: JSON.stringify(body) }).then((r) => r.arrayBuffer());
  const idleStall = await stall(() => new Promise((r) => setTimeout(r, 1000)));
  const exportStall = await stall(() => post('/v1/exports/conversations', { query: {} }));
  const searchStall = await stall(() => fetch(`${server.baseUrl}/v1/search?q=refund%20charge&limit=200`, { headers: TOKEN }).then((r) => r.arrayBuffer()));
  console.log(`  longest stall: idle ${f(idleStall)} ms, 1,000-row CSV export ${f(exportStall)} ms (${(exportStall / idleStall).toFixed(1)}×), search "refund charge" ${f(searchStall)} ms (${(searchStall / idleStall).toFixed(1)}×)`);
} finally {
  await server.close();
}
