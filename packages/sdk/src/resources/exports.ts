import type { Transport } from '../http/transport.js';
import type { ConversationExportRequest, Download, WriteOptions } from '../types.js';
import { idempotencyKey } from './paging.js';

/** `client.exports` (needs `exports.run`): files for the selected conversations. */
export class ExportsResource {
  constructor(private readonly transport: Transport) {}

  /** Metadata CSV ("Export Conversation Data"), by `ids` or by `query`. */
  conversations(request: ConversationExportRequest, options: WriteOptions = {}): Promise<Download> {
    return this.post('/v1/exports/conversations', request, options);
  }

  /**
   * `transcripts-YYYY-MM-DD-HH24-mm-SS.zip` for at most 25 conversations (also needs `transcripts.download`);
   * a conversation without transcript gets a blank file. More than 25 rejects with `ValidationError`
   * of code `export_limit_exceeded`.
   */
  transcripts(ids: string[], options: WriteOptions = {}): Promise<Download> {
    return this.post('/v1/exports/transcripts', { ids }, options);
  }

  /** Events of the selected conversations as one CSV (also needs `events.view`). */
  events(ids: string[], options: WriteOptions = {}): Promise<Download> {
    return this.post('/v1/exports/events', { ids }, options);
  }

  private async post(path: string, json: unknown, options: WriteOptions): Promise<Download> {
    const { idempotencyKey: key, ...rest } = options;
    const { blob, filename, contentType } = await this.transport.download({
      method: 'POST',
      path,
      json,
      idempotencyKey: idempotencyKey(key),
      ...rest,
    });
    return { blob, filename, contentType };
  }
}
