/** Render worker: builds a recording's files (speech synthesis, WAV, FLAC, peaks) off the main thread. */
import { parentPort } from 'node:worker_threads';
import { getRecordingFiles } from './recording-files.js';
import type { RenderJob, RenderResult } from './render-pool.js';

parentPort!.on('message', (job: RenderJob) => {
  getRecordingFiles(job.input, job.cacheDir, job.options).then(
    (files) => parentPort!.postMessage({ id: job.id, files } satisfies RenderResult),
    (error: unknown) => parentPort!.postMessage({ id: job.id, error: error instanceof Error ? error.message : String(error) } satisfies RenderResult),
  );
});
