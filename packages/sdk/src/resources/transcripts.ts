import type { ApiPromise } from '../http/api-promise.js';
import type { Transport } from '../http/transport.js';
import type { CallOptions, Download, TranscriptItem, TranscriptPage } from '../types.js';
import { asDownload, iterateItems, iteratePages, pathId } from './paging.js';

export interface TranscriptPageParams {
  limit?: number;
  cursor?: string;
}

/** A whole transcript, every page joined. */
export interface FullTranscript {
  conversationId: string;
  subject: string | null;
  items: TranscriptItem[];
}

/** `client.transcripts`: ordered items, CSV download, latency report. */
export class TranscriptsResource {
  constructor(private readonly transport: Transport) {}

  /** One page of items in `seq` order. */
  page(id: string, params: TranscriptPageParams = {}, options: CallOptions = {}): ApiPromise<TranscriptPage> {
    return this.transport.json<TranscriptPage>({
      method: 'GET',
      path: `/v1/conversations/${pathId(id)}/transcript`,
      query: { limit: params.limit, cursor: params.cursor },
      ...options,
    });
  }

  pages(id: string, params: TranscriptPageParams = {}, options: CallOptions = {}): AsyncGenerator<TranscriptPage> {
    return iteratePages((cursor) => this.page(id, { ...params, cursor }, options), params.cursor) as AsyncGenerator<TranscriptPage>;
  }

  /** Every item: `for await (const item of client.transcripts.iterate(id))`. */
  iterate(id: string, params: TranscriptPageParams = {}, options: CallOptions = {}): AsyncGenerator<TranscriptItem> {
    return iterateItems(this.pages(id, params, options));
  }

  /** The whole transcript in one array. */
  async get(id: string, options: CallOptions = {}): Promise<FullTranscript> {
    const result: FullTranscript = { conversationId: id, subject: null, items: [] };
    for await (const page of this.pages(id, {}, options)) {
      result.conversationId = page.conversationId;
      result.subject = page.subject;
      result.items.push(...page.items);
    }
    return result;
  }

  /** `GET …/transcript/download?format=csv` (needs `transcripts.download`). */
  download(id: string, options: CallOptions = {}): ApiPromise<Download> {
    return this.transport
      .download({ method: 'GET', path: `/v1/conversations/${pathId(id)}/transcript/download`, query: { format: 'csv' }, ...options })
      .map(asDownload);
  }

  /** `GET …/latency-report`: per-turn ASR/Bot/TTS/E2E as CSV (needs `transcripts.download`). */
  latencyReport(id: string, options: CallOptions = {}): ApiPromise<Download> {
    return this.transport.download({ method: 'GET', path: `/v1/conversations/${pathId(id)}/latency-report`, ...options }).map(asDownload);
  }
}
