import type { ApiPromise } from '../http/api-promise.js';
import type { Transport } from '../http/transport.js';
import type { ConversationExportRequest, Download, WriteOptions } from '../types.js';
import { asDownload, idempotencyKey } from './paging.js';

type Ids = { ids: string[] } | string[];
const idsOf = (params: Ids) => ({ ids: Array.isArray(params) ? params : params.ids });

/** `client.exports` (needs `exports.run`): files for the selected conversations. */
export class ExportsResource {
  constructor(private readonly transport: Transport) {}

  /** Metadata CSV ("Export Conversation Data"), by `ids` or by `query`. */
  conversations(request: ConversationExportRequest, options: WriteOptions = {}): ApiPromise<Download> {
    return this.post('/v1/exports/conversations', request, options);
  }

  /**
   * `transcripts-YYYY-MM-DD-HH24-mm-SS.zip` for at most `features.maxTranscriptExport` conversations (also
   * needs `transcripts.download`); a conversation without transcript gets a blank file. More rejects with
   * `ValidationError` of code `export_limit_exceeded`. `transcripts(ids)` (an array) is deprecated: pass `{ ids }`.
   */
  transcripts(params: Ids, options: WriteOptions = {}): ApiPromise<Download> {
    return this.post('/v1/exports/transcripts', idsOf(params), options);
  }

  /** Events of the selected conversations as one CSV (also needs `events.view`). `events(ids)` is deprecated: pass `{ ids }`. */
  events(params: Ids, options: WriteOptions = {}): ApiPromise<Download> {
    return this.post('/v1/exports/events', idsOf(params), options);
  }

  private post(path: string, json: unknown, options: WriteOptions): ApiPromise<Download> {
    const { idempotencyKey: key, ...rest } = options;
    return this.transport.download({ method: 'POST', path, json, idempotencyKey: idempotencyKey(key), ...rest }).map(asDownload);
  }
}
