import type { ApiPromise } from '../http/api-promise.js';
import type { Transport } from '../http/transport.js';
import type { CallOptions, ConversationEvent, Download } from '../types.js';
import { asDownload, pathId } from './paging.js';

/**
 * `client.events` (needs `events.view`): preview and download a conversation's events.
 * Conversations older than the retention window (30 days) reject with `GoneError` of code `events_expired`.
 */
export class EventsResource {
  constructor(private readonly transport: Transport) {}

  list(id: string, options: CallOptions = {}): ApiPromise<ConversationEvent[]> {
    return this.transport
      .json<{ items: ConversationEvent[] }>({ method: 'GET', path: `/v1/conversations/${pathId(id)}/events`, ...options })
      .map((body) => body.items);
  }

  download(id: string, options: CallOptions = {}): ApiPromise<Download> {
    return this.transport.download({ method: 'GET', path: `/v1/conversations/${pathId(id)}/events/download`, ...options }).map(asDownload);
  }
}
