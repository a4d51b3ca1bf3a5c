import { parentPort, workerData } from 'node:worker_threads';
import { generateConversation } from '../generator/conversation.js';
import { VocabularyCounter, documentFor, type SearchDocument } from '../search/document.js';
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
  /** Documents per vocabulary word in this chunk. */
  vocabulary: [string, number][];
}

const { seed, nowMs } = workerData as { seed: number; nowMs: number };

parentPort!.on('message', (job: SeedJob) => {
  const recs: ConversationRecord[] = [];
  const docs: SearchDocument[] = [];
  const counter = new VocabularyCounter();
  for (let i = 0; i < job.times.length; i++) {
    const { rec, script } = generateConversation(job.firstN + i, job.times[i], { seed, nowMs, lite: true, channel: job.channels[i] ?? undefined });
    recs.push(rec);
    docs.push(documentFor(rec, nowMs, rec.status === 'in_progress' ? undefined : script, counter));
  }
  parentPort!.postMessage({ chunk: job.chunk, recs, docs, vocabulary: counter.counts() } satisfies SeedChunk);
});
