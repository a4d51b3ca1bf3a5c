import type { ApiPromise } from '../http/api-promise.js';
import { conversationQueryParams } from '../http/query.js';
import type { Transport } from '../http/transport.js';
import type { CallOptions, Conversation, ConversationSummary, ListConversationsParams, Page } from '../types.js';
import { iterateItems, iteratePages, pathId } from './paging.js';

/** `client.conversations`: list (keyset-paged), iterate, get. */
export class ConversationsResource {
  constructor(private readonly transport: Transport) {}

  /** One page: `GET /v1/conversations` → `{ items, nextCursor, total? }`. */
  list(params: ListConversationsParams = {}, options: CallOptions = {}): ApiPromise<Page<ConversationSummary>> {
    const { limit, cursor, sort, ...query } = params;
    return this.transport.json<Page<ConversationSummary>>({
      method: 'GET',
      path: '/v1/conversations',
      query: { ...conversationQueryParams(query), limit, cursor, sort },
      ...options,
    });
  }

  /** Every page, lazily. */
  pages(params: ListConversationsParams = {}, options: CallOptions = {}): AsyncGenerator<Page<ConversationSummary>> {
    return iteratePages((cursor) => this.list({ ...params, cursor }, options), params.cursor);
  }

  /** Every matching conversation: `for await (const c of client.conversations.iterate(query))`. */
  iterate(params: ListConversationsParams = {}, options: CallOptions = {}): AsyncGenerator<ConversationSummary> {
    return iterateItems(this.pages(params, options));
  }

  /** `GET /v1/conversations/{id}`: every field of the header and the Details/User/Identifiers tabs. */
  get(id: string, options: CallOptions = {}): ApiPromise<Conversation> {
    return this.transport.json<Conversation>({ method: 'GET', path: `/v1/conversations/${pathId(id)}`, ...options });
  }
}
