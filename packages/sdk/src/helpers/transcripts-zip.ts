import { zipSync, strToU8 } from 'fflate';
import type { TranscriptItem } from '../types.js';
import { safeFilenamePart, transcriptsZipFilename, type TimestampOptions } from './filenames.js';
import { transcriptToCsv } from './transcript-text.js';

/** The spec's default limit for one transcript export; a backend advertises its own in `features.maxTranscriptExport`. */
export const MAX_TRANSCRIPT_EXPORT = 25;

export interface TranscriptZipEntry {
  conversationId: string;
  /** `null` when the conversation has no transcript or it could not be fetched: the zip gets a blank file. */
  items: readonly TranscriptItem[] | null;
}

export interface TranscriptsZip {
  /** `transcripts-YYYY-MM-DD-HH24-mm-SS.zip`. */
  filename: string;
  bytes: Uint8Array;
}

export class TranscriptExportLimitError extends RangeError {
  override name = 'TranscriptExportLimitError';
  constructor(readonly count: number, readonly limit = MAX_TRANSCRIPT_EXPORT) {
    super(`At most ${limit} conversations can be exported at once (got ${count})`);
  }
}

/**
 * Builds the transcript export zip in the browser or Node: one `<conversationId>.csv` per
 * conversation, a blank file where there is no transcript, at most 25 conversations.
 */
export function buildTranscriptsZip(
  entries: readonly TranscriptZipEntry[],
  options: { date?: Date; limit?: number } & TimestampOptions = {},
): TranscriptsZip {
  const limit = options.limit ?? MAX_TRANSCRIPT_EXPORT;
  if (entries.length > limit) throw new TranscriptExportLimitError(entries.length, limit);
  const files: Record<string, Uint8Array> = {};
  for (const entry of entries) {
    let name = `${safeFilenamePart(entry.conversationId)}.csv`;
    for (let n = 2; name in files; n++) name = `${safeFilenamePart(entry.conversationId)}-${n}.csv`;
    files[name] = entry.items && entry.items.length > 0 ? strToU8(transcriptToCsv(entry.items)) : new Uint8Array(0);
  }
  return { filename: transcriptsZipFilename(options.date, options), bytes: zipSync(files, { level: 6 }) };
}

/** The slice of the client `collectTranscriptsZip` needs (keeps this helper tree-shakeable). */
export interface TranscriptSource {
  transcripts: { get(id: string, options?: { signal?: AbortSignal }): Promise<{ items: TranscriptItem[] }> };
}

/**
 * Fetches the transcripts of up to `limit` (default 25) conversations (4 at a time) and zips them; a transcript
 * that is missing or fails to load becomes a blank file, as the spec asks. Aborting rejects.
 */
export async function collectTranscriptsZip(
  client: TranscriptSource,
  conversationIds: readonly string[],
  options: { date?: Date; signal?: AbortSignal; concurrency?: number; limit?: number } & TimestampOptions = {},
): Promise<TranscriptsZip> {
  // Pass the backend's `features.maxTranscriptExport` as `limit`; 25 (the spec's) otherwise.
  const limit = options.limit ?? MAX_TRANSCRIPT_EXPORT;
  if (conversationIds.length > limit) throw new TranscriptExportLimitError(conversationIds.length, limit);
  const entries: TranscriptZipEntry[] = conversationIds.map((conversationId) => ({ conversationId, items: null }));
  let next = 0;
  const worker = async () => {
    while (next < entries.length) {
      const entry = entries[next++]!;
      try {
        entry.items = (await client.transcripts.get(entry.conversationId, { signal: options.signal })).items;
      } catch (error) {
        if (options.signal?.aborted) throw error;
        entry.items = null;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(options.concurrency ?? 4, entries.length) }, worker));
  return buildTranscriptsZip(entries, options);
}
