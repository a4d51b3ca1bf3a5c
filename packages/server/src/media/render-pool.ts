/**
 * Renders recordings in a small pool of worker threads, so synthesis and FLAC encoding (seconds
 * per call) never hold the API's event loop. Requests for the same recording share one render;
 * finished files are served straight from the disk cache. Background work (prewarming) runs on
 * at most one worker and only when no request waits; the queue is bounded and answers 503 when full.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import { ApiError } from '../http/errors.js';
import { siblingModule, startWorker } from '../util/worker.js';
import { filesOf, recordingFilePaths, type RecordingFilesOptions } from './recording-files.js';
import type { RecordingFiles, VoiceCallInput } from './types.js';

export interface RenderJob {
  id: number;
  input: VoiceCallInput;
  cacheDir: string;
  options: RecordingFilesOptions;
}

export type RenderResult = { id: number; files: RecordingFiles } | { id: number; error: string };

export type RenderPriority = 'request' | 'background';

interface Pending {
  job: RenderJob;
  priority: RenderPriority;
  resolve: (files: RecordingFiles) => void;
  reject: (error: Error) => void;
}

export interface RenderPoolOptions {
  /** Worker threads; default: one less than the cores, at least 1, at most 2. */
  size?: number;
  /** Renders that may wait for a worker before new ones answer 503. */
  maxQueued?: number;
}

export class RenderPool {
  private readonly size: number;
  private readonly maxQueued: number;
  private readonly idle: Worker[] = [];
  private readonly busy = new Map<Worker, Pending>();
  private readonly queue: Pending[] = [];
  private readonly sharing = new Map<string, Promise<RecordingFiles>>();
  private started = 0;
  private nextId = 1;
  private closed = false;

  constructor(options: RenderPoolOptions = {}) {
    this.size = options.size ?? Math.min(2, Math.max(1, availableParallelism() - 1));
    this.maxQueued = options.maxQueued ?? 32;
  }

  /** The recording's files, from the cache or rendered by a worker. */
  render(input: VoiceCallInput, cacheDir: string, options: RecordingFilesOptions = {}, priority: RenderPriority = 'request'): Promise<RecordingFiles> {
    const files = recordingFilePaths(input, cacheDir, options);
    if (filesOf(files, options.parts).every((f) => existsSync(f))) return Promise.resolve(files);
    const key = `${files.dir}:${options.parts ?? 'all'}`;
    const shared = this.sharing.get(key);
    if (shared) {
      // A request for a recording that is being prewarmed jumps the queue.
      if (priority === 'request') this.promote(key);
      return shared;
    }
    if (this.closed) return Promise.reject(new ApiError('unavailable', 'The server is shutting down'));
    if (this.queue.length >= this.maxQueued) {
      return Promise.reject(new ApiError('unavailable', 'Many recordings are being prepared right now. Please try again in a minute.', { retryAfterSeconds: 30 }, { 'retry-after': '30' }));
    }
    const job: RenderJob = { id: this.nextId++, input, cacheDir, options };
    const promise = new Promise<RecordingFiles>((resolve, reject) => {
      this.queue.push({ job, priority, resolve, reject });
    }).finally(() => this.sharing.delete(key));
    this.sharing.set(key, promise);
    this.dispatch();
    return promise;
  }

  /** Starts the workers ahead of the first render (they take a moment to load): call when a render is likely soon. */
  warm(): void {
    while (!this.closed && this.started < this.size) {
      const worker = this.spawn();
      if (worker) this.idle.push(worker);
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const p of this.queue.splice(0)) p.reject(new ApiError('unavailable', 'The server is shutting down'));
    const all = [...this.idle, ...this.busy.keys()];
    this.idle.length = 0;
    await Promise.all(all.map((w) => w.terminate()));
  }

  private promote(key: string): void {
    const waiting = this.queue.find((p) => `${recordingFilePaths(p.job.input, p.job.cacheDir, p.job.options).dir}:${p.job.options.parts ?? 'all'}` === key);
    if (waiting) waiting.priority = 'request';
  }

  private dispatch(): void {
    while (this.queue.length) {
      const index = this.nextIndex();
      if (index < 0) return;
      const worker = this.idle.pop() ?? this.spawn();
      if (!worker) return;
      const [pending] = this.queue.splice(index, 1);
      this.busy.set(worker, pending);
      worker.postMessage(pending.job);
    }
  }

  /** Requests first; background work only while no other background render runs. */
  private nextIndex(): number {
    const request = this.queue.findIndex((p) => p.priority === 'request');
    if (request >= 0) return request;
    const backgroundRunning = [...this.busy.values()].some((p) => p.priority === 'background');
    return backgroundRunning ? -1 : 0;
  }

  private spawn(): Worker | null {
    if (this.started >= this.size) return null;
    this.started++;
    const worker = startWorker(siblingModule(import.meta.url, 'render-worker'), null);
    worker.unref();
    worker.on('message', (result: RenderResult) => {
      const pending = this.busy.get(worker);
      this.busy.delete(worker);
      if (!this.closed) this.idle.push(worker);
      if (pending) {
        if ('files' in result) pending.resolve(result.files);
        else pending.reject(new Error(`Rendering the recording failed: ${result.error}`));
      }
      this.dispatch();
    });
    worker.on('error', (error) => {
      const pending = this.busy.get(worker);
      this.busy.delete(worker);
      this.started--;
      pending?.reject(error);
      this.dispatch();
    });
    return worker;
  }
}
