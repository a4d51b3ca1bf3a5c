import type { Transport } from '../http/transport.js';
import type { CallOptions, ConversationEvent, Download } from '../types.js';
import { pathId } from './paging.js';

/**
 * `client.events` (needs `events.view`): preview and download a conversation's events.
 * Conversations older than the retention window (30 days) reject with `GoneError` of code `events_expired`.
 */
export class EventsResource {
  constructor(private readonly transport: Transport) {}

  async list(id: string, options: CallOptions = {}): Promise<ConversationEvent[]> {
    const body = await this.transport.json<{ items: ConversationEvent[] }>({
      method: 'GET',
      path: `/v1/conversations/${pathId(id)}/events`,
      ...options,
    });
    return body.items;
  }

  async download(id: string, options: CallOptions = {}): Promise<Download> {
    const { blob, filename, contentType } = await this.transport.download({
      method: 'GET',
      path: `/v1/conversations/${pathId(id)}/events/download`,
      ...options,
    });
    return { blob, filename, contentType };
  }
}
