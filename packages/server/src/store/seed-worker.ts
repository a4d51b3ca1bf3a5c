import { parentPort, workerData } from 'node:worker_threads';
import { generateConversation } from '../generator/conversation.js';
import { documentFor, type SearchDocument } from '../search/document.js';
import type { Channel } from '../domain.js';
import type { ConversationRecord } from './record.js';

/** Seeding worker: generates chunks of conversations (records + search documents) for the main thread to insert. */
export interface SeedJob {
  chunk: number;
  firstN: number;
  times: Float64Array;
  /** Forced channel per conversation (the ones running at "now"), else null. */
  channels: (Channel | null)[];
}

export interface SeedChunk {
  chunk: number;
  recs: ConversationRecord[];
  docs: SearchDocument[];
}

const { seed, nowMs } = workerData as { seed: number; nowMs: number };

parentPort!.on('message', (job: SeedJob) => {
  const recs: ConversationRecord[] = [];
  const docs: SearchDocument[] = [];
  for (let i = 0; i < job.times.length; i++) {
    const { rec, script } = generateConversation(job.firstN + i, job.times[i], { seed, nowMs, lite: true, channel: job.channels[i] ?? undefined });
    recs.push(rec);
    docs.push(rec.status === 'in_progress' ? documentFor(rec, nowMs) : documentFor(rec, nowMs, script));
  }
  parentPort!.postMessage({ chunk: job.chunk, recs, docs } satisfies SeedChunk);
});
