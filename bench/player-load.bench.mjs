// <recording-player> on a 2-hour two-channel recording: time from connection to a painted waveform
// (and the part after the peaks arrive) and the heap it holds, against the naive path — wavesurfer.js
// fetching and decoding the whole WAV before drawing — as ratios. Also: time to first sound after a
// seek to 1:00:00 (the native <audio> element loading a signed URL), and heap after 50 conversation
// switches. A small loopback API serves a synthetic recording from disk, with Range.
import { createServer } from 'node:http';
import { createReadStream, existsSync, openSync, writeSync, closeSync, renameSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openBenchPage, median } from './browser.mjs';
import { syntheticRecording } from '../packages/elements/src/recording-player/testing/synthetic-recording.ts';

const recordings = {
  rec_2h: syntheticRecording({ durationSeconds: 2 * 3600 }),
  rec_a: syntheticRecording({ durationSeconds: 95 }),
  rec_b: syntheticRecording({ durationSeconds: 240 }),
};

// Each recording is written once to the temp folder (not timed) and served from disk, so the
// baseline's whole-file download measures transfer and decoding, not this script's synthesis.
const files = {};
for (const [id, rec] of Object.entries(recordings)) {
  const file = join(tmpdir(), `ck-bench-${id}-${rec.durationSeconds}s-v1.wav`);
  if (!existsSync(file)) {
    const fd = openSync(`${file}.part`, 'w');
    for (let at = 0; at < rec.size; at += 1 << 22) writeSync(fd, rec.read(at, Math.min(rec.size, at + (1 << 22)) - 1));
    closeSync(fd);
    renameSync(`${file}.part`, file);
  }
  files[id] = file;
}

const cors = {
  'access-control-allow-origin': '*',
  'access-control-allow-headers': 'authorization, range, content-type, idempotency-key',
  'access-control-allow-methods': 'GET, POST, OPTIONS',
  'access-control-expose-headers': 'content-range, content-length, content-disposition, x-request-id',
};

const api = createServer((req, res) => {
  const url = new URL(req.url, 'http://x');
  if (req.method === 'OPTIONS') return res.writeHead(204, cors).end();
  if (url.pathname === '/v1/capabilities') {
    res.writeHead(200, { ...cors, 'content-type': 'application/json' });
    return res.end(JSON.stringify({ user: { id: 'b', name: 'Bench', role: 'admin' }, permissions: ['recordings.download'], features: {} }));
  }
  const m = /^\/v1\/conversations\/([^/]+)\/recording(\/peaks|\/audio|\/media-url)?$/.exec(url.pathname);
  const rec = m && recordings[m[1]];
  if (!rec) return res.writeHead(404, { ...cors, 'content-type': 'application/json' }).end('{"error":{"code":"not_found","message":"Not found","requestId":"b"}}');
  if (!m[2]) {
    res.writeHead(200, { ...cors, 'content-type': 'application/json' });
    return res.end(JSON.stringify(rec.status()));
  }
  if (m[2] === '/media-url') {
    // The bench API does not check signatures: the element only needs a URL its <audio> can load.
    res.writeHead(200, { ...cors, 'content-type': 'application/json' });
    return res.end(JSON.stringify({ url: `/v1/conversations/${m[1]}/recording/audio?signature=bench`, expiresAt: new Date(Date.now() + 300_000).toISOString() }));
  }
  if (m[2] === '/peaks') {
    const sps = Number(url.searchParams.get('samplesPerSecond') ?? 50);
    res.writeHead(200, { ...cors, 'content-type': 'application/json' });
    return res.end(JSON.stringify({ durationSeconds: rec.durationSeconds, sampleRate: sps, channels: rec.peaks(sps) }));
  }
  const range = /bytes=(\d*)-(\d*)/.exec(req.headers.range ?? '');
  const start = range?.[1] ? Number(range[1]) : 0;
  const end = range?.[2] ? Math.min(Number(range[2]), rec.size - 1) : rec.size - 1;
  res.writeHead(range ? 206 : 200, {
    ...cors,
    'content-type': 'audio/wav',
    'accept-ranges': 'bytes',
    'content-length': end - start + 1,
    ...(range ? { 'content-range': `bytes ${start}-${end}/${rec.size}` } : {}),
  });
  createReadStream(files[m[1]], { start, end }).pipe(res);
});
await new Promise((resolve) => api.listen(0, '127.0.0.1', resolve));
const baseUrl = `http://127.0.0.1:${api.address().port}`;

async function heap(page, cdp) {
  await page.evaluate(() => window.gc?.());
  await page.evaluate(() => window.gc?.());
  const usage = await cdp.send('Runtime.getHeapUsage');
  // JS heap plus ArrayBuffer backing stores (decoded audio lives there).
  return usage.usedSize + (usage.backingStorageSize ?? 0);
}
const progress = (text) => process.env.BENCH_VERBOSE && console.error(`… ${text}`);
const mb = (bytes) => `${(bytes / 1048576).toFixed(1)} MB`;

// The shared harness answers a request for a missing file (the browser's /favicon.ico) by writing
// headers twice, which rejects inside its request handler; that request just never completes.
process.on('unhandledRejection', (error) => {
  if (error?.code !== 'ERR_HTTP_HEADERS_SENT') throw error;
});
const FAVICON = '<link rel="icon" href="data:,">';

const rec = recordings.rec_2h;
console.log(`recording: ${rec.durationSeconds / 3600} h, 2 channels, ${rec.sampleRate} Hz, ${mb(rec.size)} WAV`);

// Candidate: the element (fresh page; first run is cold — it includes the lazy wavesurfer import).
const candidate = { runs: [], afterPeaks: [], peaks: [] };
let candidateHeap = 0;
let playStart;
let switches;
{
  const { page, close } = await openBenchPage('bench/pages/player-load.page.ts', { html: FAVICON });
  try {
    const cdp = await page.context().newCDPSession(page);
    await page.waitForFunction(() => typeof window.benchPlayer === 'function');
    const base = await heap(page, cdp);
    let cold;
    for (let i = 0; i < 8; i++) {
      const r = await page.evaluate(([u, id]) => window.benchPlayer(u, id), [baseUrl, 'rec_2h']);
      if (i === 0) {
        cold = r;
        candidateHeap = (await heap(page, cdp)) - base;
      } else {
        candidate.runs.push(r.totalMs);
        candidate.afterPeaks.push(r.afterPeaksMs);
        candidate.peaks.push(r.peaksMs);
      }
    }
    candidate.cold = cold;
    progress('waveform runs done');
    playStart = await page.evaluate(() => window.benchPlayStart());
    progress('play start done');
    const beforeSwitches = await heap(page, cdp);
    switches = await page.evaluate(([ids]) => window.benchSwitches(ids, 50), [['rec_a', 'rec_b']]);
    await page.evaluate(() => window.benchClear());
    switches.heapGrowth = (await heap(page, cdp)) - beforeSwitches;
    progress('switches done');
  } finally {
    await close();
  }
}

// Baseline: wavesurfer.js given the URL — fetch the whole file, decode it, then draw.
let naive;
{
  const { page, close } = await openBenchPage('bench/pages/player-load.page.ts', { html: FAVICON });
  try {
    const cdp = await page.context().newCDPSession(page);
    await page.waitForFunction(() => typeof window.benchNaive === 'function');
    await page.evaluate(() => import('wavesurfer.js').catch(() => undefined)); // not timed: module load
    const base = await heap(page, cdp);
    const crashed = new Promise((resolve) => page.once('crash', () => resolve({ crashed: true })));
    const result = await Promise.race([page.evaluate(([u, id]) => window.benchNaive(u, id), [baseUrl, 'rec_2h']).catch((e) => ({ error: e.message })), crashed]);
    naive = result.totalMs ? { ...result, heap: (await heap(page, cdp)) - base } : result;
  } finally {
    await close().catch(() => undefined);
  }
}

console.log('<recording-player>, precomputed peaks + streamed audio:');
console.log(`  connected → waveform painted: cold ${candidate.cold.totalMs.toFixed(0)} ms (lazy wavesurfer import included), warm median ${median(candidate.runs).toFixed(0)} ms`);
console.log(`  of which after the peaks arrived: cold ${candidate.cold.afterPeaksMs.toFixed(0)} ms, warm median ${median(candidate.afterPeaks).toFixed(0)} ms (goal ≤ 300 ms); peaks request ${median(candidate.peaks).toFixed(0)} ms`);
console.log(`  heap held (JS + array buffers): ${mb(candidateHeap)} (goal ≤ 30 MB)`);
console.log(`  seek to 1:00:00 → playing: ${playStart.ms.toFixed(0)} ms; position 1.5 s later ${playStart.at.toFixed(2)} s`);
console.log(`  50 conversation switches with playback: heap growth ${mb(switches.heapGrowth)}, <audio> elements afterwards: ${switches.liveMedia}`);
console.log('naive: wavesurfer.js fetches and decodes the whole file, then draws:');
if (naive.totalMs) {
  console.log(`  connected → waveform painted: ${naive.totalMs.toFixed(0)} ms; heap held: ${mb(naive.heap)}`);
  console.log(`  ratio naive / player: time ${(naive.totalMs / median(candidate.runs)).toFixed(1)}×, heap ${(naive.heap / Math.max(1, candidateHeap)).toFixed(1)}×`);
} else {
  console.log(`  did not finish: ${naive.crashed ? 'the page crashed (out of memory)' : naive.error}`);
}
api.close();
