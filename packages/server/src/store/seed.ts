import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Worker } from 'node:worker_threads';
import Database from 'better-sqlite3';
import type { Channel, RecordingState } from '../domain.js';
import { GENERATOR_VERSION, generateConversation } from '../generator/conversation.js';
import type { ConversationRecord } from './record.js';
import { Rng } from '../util/prng.js';
import { documentFor, type SearchDocument } from '../search/document.js';
import { SearchIndexLoader } from '../search/fts5-load.js';
import { SEARCH_INDEX_VERSION } from '../search/fts5-schema.js';
import { siblingModule } from '../util/worker.js';
import { startSeedWorkers } from './seed-worker-start.js';
import type { SeedChunk, SeedJob } from './seed-worker.js';
import { CONVERSATION_COLUMNS, SCHEMA_VERSION, createConversationIndexes, createSchema } from './sqlite/schema.js';
import { toRow } from './sqlite/rows.js';

export const DEFAULT_SEED = 20261125;
const DAY = 86_400_000;
const MINUTE = 60_000;

export interface SeedOptions {
  count: number;
  seed?: number;
  /** "Now" of the data set; defaults to the current time. */
  nowMs?: number;
  /** Days of history. */
  days?: number;
  onProgress?: (done: number, total: number) => void;
}

export interface SeedResult {
  count: number;
  seconds: number;
  path: string;
}

/** Data-set version: a cached database from another version is rebuilt. */
export const DATASET_VERSION = `${GENERATOR_VERSION}.${SCHEMA_VERSION}.${SEARCH_INDEX_VERSION}`;

/** Hour-of-day weights (UTC): quiet nights, busy business hours. */
const HOUR_WEIGHT = [2, 1, 1, 1, 1, 2, 4, 7, 10, 12, 12, 11, 10, 11, 12, 12, 11, 9, 7, 6, 5, 4, 3, 2];

/** How many of the newest conversations are placed on purpose: running now, just ended, ended today. */
function bursts(count: number): { running: number; justEnded: number; today: number } {
  const running = Math.min(count, Math.max(6, Math.round(count * 0.004)));
  const justEnded = Math.min(count - running, 4);
  const today = Math.min(count - running - justEnded, Math.max(16, Math.round(count * 0.01)));
  return { running, justEnded, today };
}

function startTimes(count: number, nowMs: number, days: number, rng: Rng): Float64Array {
  const times = new Float64Array(count);
  // A few conversations are running right now, a few calls ended minutes ago (media still being
  // made) and some finished today, so every status and recording state of the spec shows up even
  // in small data sets.
  const { running, justEnded, today } = bursts(count);
  const span = days * DAY;
  let i = 0;
  for (; i < running; i++) times[i] = Math.round(nowMs - rng.int(20, 150) * 1000);
  for (; i < running + justEnded; i++) times[i] = Math.round(nowMs - rng.int(7 * 60, 9 * 60) * 1000);
  for (; i < running + justEnded + today; i++) times[i] = Math.round(nowMs - rng.float(15 * MINUTE, 20 * 60 * MINUTE));
  while (i < count) {
    const t = nowMs - rng.next() * span;
    const hour = new Date(t).getUTCHours();
    const weekend = [0, 6].includes(new Date(t).getUTCDay());
    if (rng.next() * 12 < HOUR_WEIGHT[hour] * (weekend ? 0.6 : 1)) times[i++] = Math.round(t);
  }
  times.sort();
  return times;
}

/** Channels of the conversations running at "now": every channel has some, voice and chat most. */
const RUNNING_CHANNELS = ['voice', 'chat', 'voice', 'messaging', 'chat', 'voice', 'email'] as const;

/** The channel forced on one of the newest conversations (see `bursts`), if any. */
function runningChannel(n: number, count: number): Channel | undefined {
  const fromEnd = count - n;
  const { running, justEnded, today } = bursts(count);
  if (fromEnd < running) return RUNNING_CHANNELS[fromEnd % RUNNING_CHANNELS.length];
  // Calls that ended minutes ago or today carry the recording states of the first hours after a call.
  if (fromEnd < running + justEnded) return 'voice';
  if (fromEnd < running + justEnded + today && fromEnd % 2 === 0) return 'voice';
  return undefined;
}

/** Recording states a data set must contain, and which finished calls may carry them. */
const COVERAGE: { state: RecordingState; fits: (r: ConversationRecord, nowMs: number) => boolean }[] = [
  { state: 'initial_fetch_failed', fits: (r, now) => recent(r, now) },
  { state: 'retry_failed', fits: (r, now) => recent(r, now) },
  { state: 'partial_download_failed', fits: (r, now) => recent(r, now) },
  { state: 'partial_upload_failed', fits: (r, now) => recent(r, now) },
  { state: 'partial_failed', fits: (r, now) => recent(r, now) },
  { state: 'fetching_in_progress', fits: (r, now) => recent(r, now) },
  { state: 'failed', fits: () => true },
  { state: 'media_unavailable', fits: () => true },
  { state: '24hr_retry_failed', fits: (r, now) => r.endMs! < now - DAY - 20 * MINUTE },
  { state: 'retention_deleted', fits: (r, now) => r.endMs! < now - 45 * DAY },
];

function recent(r: ConversationRecord, nowMs: number): boolean {
  return r.endMs! + 10 * MINUTE <= nowMs && r.endMs! > nowMs - 20 * 60 * MINUTE;
}

function cover(rec: ConversationRecord, nowMs: number, missing: Set<RecordingState>): void {
  if (rec.channel !== 'voice' || rec.endMs === null || rec.recState !== 'available' || missing.size === 0) return;
  for (const c of COVERAGE) {
    if (!missing.has(c.state) || !c.fits(rec, nowMs)) continue;
    missing.delete(c.state);
    const fetchAt = rec.endMs + 10 * MINUTE;
    rec.recState = c.state;
    rec.recSinceMs = fetchAt;
    rec.recAttempts = 1;
    switch (c.state) {
      case 'fetching_in_progress':
        rec.recSinceMs = nowMs - 20_000;
        rec.recAttempts = 2;
        rec.recFailedAtMs = fetchAt;
        break;
      case 'retry_failed':
        rec.recAttempts = 2;
        rec.recFailedAtMs = fetchAt;
        rec.recSinceMs = Math.min(nowMs, fetchAt + 30 * MINUTE);
        break;
      case '24hr_retry_failed':
        rec.recAttempts = 3;
        rec.recFailedAtMs = fetchAt;
        rec.recSinceMs = fetchAt + DAY;
        break;
      case 'retention_deleted':
        rec.recSinceMs = rec.endMs + 45 * DAY;
        break;
      case 'failed':
      case 'media_unavailable':
        break;
      default:
        rec.recFailedAtMs = fetchAt;
    }
    return;
  }
}

/**
 * Writes a fresh database of `count` generated conversations. One transaction, prepared
 * statements, indexes built after the load; transcripts are not stored, only indexed.
 * Large data sets are generated on worker threads while the main thread inserts.
 */
export async function seedDatabase(dbPath: string, options: SeedOptions): Promise<SeedResult> {
  const began = performance.now();
  const count = options.count;
  const seed = options.seed ?? DEFAULT_SEED;
  const nowMs = options.nowMs ?? Date.now();
  const days = options.days ?? 60;
  fs.mkdirSync(path.dirname(path.resolve(dbPath)), { recursive: true });
  // Unique per process: parallel test runs may seed the same cache file at once; the rename is atomic.
  const tmp = `${dbPath}.${process.pid}.seeding`;
  for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(tmp + suffix, { force: true });

  const db = new Database(tmp);
  db.pragma('journal_mode = OFF');
  db.pragma('synchronous = OFF');
  db.pragma('cache_size = -262144');
  db.pragma('temp_store = MEMORY');
  createSchema(db);
  const search = new SearchIndexLoader(db);

  const insert = db.prepare(`INSERT INTO conversations (${CONVERSATION_COLUMNS.join(', ')}) VALUES (${CONVERSATION_COLUMNS.map(() => '?').join(', ')})`);
  const times = startTimes(count, nowMs, days, new Rng(seed));
  const missing = new Set(COVERAGE.map((c) => c.state));
  let done = 0;
  const store = (rec: ConversationRecord, doc: SearchDocument) => {
    cover(rec, nowMs, missing);
    insert.run(toRow(rec));
    search.add(rec.n, doc);
    if (options.onProgress && ++done % 50_000 === 0) options.onProgress(done, count);
  };

  db.exec('BEGIN');
  try {
    const forced = process.env.CK_SEED_WORKERS;
    // The worker module is not part of a bundled build; without it, generation stays on this thread.
    const workerAvailable = fs.existsSync(fileURLToPath(siblingModule(import.meta.url, 'seed-worker')));
    const wanted = forced !== undefined ? Number(forced) : count >= PARALLEL_FROM ? Math.min(2, os.availableParallelism()) : 0;
    const workers = workerAvailable ? wanted : 0;
    if (workers > 0) {
      await generateInWorkers(workers, seed, nowMs, times, store, (counts) => search.merge(counts));
    } else {
      for (let i = 0; i < count; i++) {
        const { rec, script } = generateConversation(i + 1, times[i], { seed, nowMs, lite: true, channel: runningChannel(i + 1, count) });
        // A running conversation indexes only what has been said so far, which needs real timestamps.
        store(rec, documentFor(rec, nowMs, rec.status === 'in_progress' ? undefined : script, search.counter));
      }
    }
    search.finish();
    db.exec('COMMIT');
  } catch (error) {
    db.exec('ROLLBACK');
    db.close();
    fs.rmSync(tmp, { force: true });
    throw error;
  }
  createConversationIndexes(db);
  // Sampled statistics: a full ANALYZE reads every table and index (seconds at a million rows).
  db.pragma('analysis_limit = 1000');
  db.exec('ANALYZE');
  const setMeta = db.prepare('INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)');
  setMeta.run('dataset_version', DATASET_VERSION);
  setMeta.run('count', String(count));
  setMeta.run('seed', String(seed));
  setMeta.run('now_ms', String(nowMs));
  setMeta.run('seeded_at', new Date().toISOString());
  setMeta.run('seed_seconds', ((performance.now() - began) / 1000).toFixed(1));
  db.pragma('journal_mode = WAL');
  db.close();
  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(dbPath + suffix, { force: true });
  fs.renameSync(tmp, dbPath);
  return { count, seconds: (performance.now() - began) / 1000, path: dbPath };
}

/** From this size on, conversations are generated on worker threads. */
const PARALLEL_FROM = 200_000;
const CHUNK = 2000;

/** Workers generate chunks; the main thread stores them strictly in order (coverage depends on it). */
async function generateInWorkers(
  workerCount: number, seed: number, nowMs: number, times: Float64Array,
  store: (rec: ConversationRecord, doc: SearchDocument) => void, counted: (counts: [string, number][]) => void,
): Promise<void> {
  const chunks = Math.ceil(times.length / CHUNK);
  const workers = await startSeedWorkers(import.meta.url, workerCount, { seed, nowMs });
  const ready = new Map<number, SeedChunk>();
  const inFlight = new Map<Worker, number>(workers.map((w) => [w, 0]));
  let nextToSend = 0;
  let nextToStore = 0;
  // Each worker keeps two chunks in hand; generation never runs more than a few chunks ahead of storing.
  const topUp = () => {
    for (const w of workers) {
      while (inFlight.get(w)! < 2 && nextToSend < chunks && nextToSend - nextToStore < workerCount * 3) {
        const k = nextToSend++;
        const firstN = k * CHUNK + 1;
        const slice = times.slice(k * CHUNK, Math.min(times.length, (k + 1) * CHUNK));
        const channels = Array.from(slice, (_t, i) => runningChannel(firstN + i, times.length) ?? null);
        w.postMessage({ chunk: k, firstN, times: slice, channels } satisfies SeedJob);
        inFlight.set(w, inFlight.get(w)! + 1);
      }
    }
  };
  try {
    await new Promise<void>((resolve, reject) => {
      for (const w of workers) {
        w.on('error', reject);
        w.on('message', (result: SeedChunk) => {
          inFlight.set(w, inFlight.get(w)! - 1);
          ready.set(result.chunk, result);
          try {
            while (ready.has(nextToStore)) {
              const c = ready.get(nextToStore)!;
              ready.delete(nextToStore++);
              topUp();
              for (let i = 0; i < c.recs.length; i++) store(c.recs[i], c.docs[i]);
              counted(c.vocabulary);
            }
          } catch (error) {
            reject(error);
          }
          topUp();
          if (nextToStore === chunks) resolve();
        });
      }
      topUp();
    });
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

/** Seeds only when the file is missing (the server's first start). */
export async function ensureSeeded(dbPath: string, count = 5000, seed = DEFAULT_SEED): Promise<SeedResult | null> {
  if (fs.existsSync(dbPath)) return null;
  return seedDatabase(dbPath, { count, seed });
}
