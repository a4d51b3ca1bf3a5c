import type { ApiPromise } from '../http/api-promise.js';
import { conversationQueryParams } from '../http/query.js';
import type { Transport } from '../http/transport.js';
import type { CallOptions, SearchHit, SearchPage, SearchParams } from '../types.js';
import { iterateItems, iteratePages } from './paging.js';

/**
 * `client.search`: full-text search over transcripts, agent notes and disposition notes, ranked
 * exact phrase > all words > some words. Without a full-text engine (`features.fullTextSearch`
 * false) only IDs match and other queries reject with an `ApiError` of code `search_unavailable`.
 */
export class SearchResource {
  constructor(private readonly transport: Transport) {}

  /** One page: `{ items: SearchHit[], total, nextCursor }`. */
  query(params: SearchParams, options: CallOptions = {}): ApiPromise<SearchPage> {
    const { q, limit, cursor, sort, ...filters } = params;
    return this.transport.json<SearchPage>({
      method: 'GET',
      path: '/v1/search',
      query: { ...conversationQueryParams(filters), q, limit, cursor, sort },
      ...options,
    });
  }

  pages(params: SearchParams, options: CallOptions = {}): AsyncGenerator<SearchPage> {
    return iteratePages((cursor) => this.query({ ...params, cursor }, options), params.cursor) as AsyncGenerator<SearchPage>;
  }

  /** Every hit, in rank order. */
  iterate(params: SearchParams, options: CallOptions = {}): AsyncGenerator<SearchHit> {
    return iterateItems(this.pages(params, options));
  }
}
