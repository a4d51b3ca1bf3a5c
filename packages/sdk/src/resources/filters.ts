import type { ApiPromise } from '../http/api-promise.js';
import type { Transport } from '../http/transport.js';
import type { CallOptions, SavedFilter, SavedFilterInput, SavedFilterPatch, WriteOptions } from '../types.js';
import { idempotencyKey, pathId } from './paging.js';

/** `client.filters` (needs `filters.manage`): the caller's saved filters. */
export class FiltersResource {
  constructor(private readonly transport: Transport) {}

  /** Default first, then by name. */
  list(options: CallOptions = {}): ApiPromise<SavedFilter[]> {
    return this.transport.json<{ items: SavedFilter[] }>({ method: 'GET', path: '/v1/filters', ...options }).map((b) => b.items);
  }

  get(filterId: string, options: CallOptions = {}): ApiPromise<SavedFilter> {
    return this.transport.json<SavedFilter>({ method: 'GET', path: `/v1/filters/${pathId(filterId)}`, ...options });
  }

  /** "Save & Apply". */
  create(input: SavedFilterInput, options: WriteOptions = {}): ApiPromise<SavedFilter> {
    const { idempotencyKey: key, ...rest } = options;
    return this.transport.json<SavedFilter>({
      method: 'POST',
      path: '/v1/filters',
      json: input,
      idempotencyKey: idempotencyKey(key),
      ...rest,
    });
  }

  /** Rename or change the query. */
  update(filterId: string, patch: SavedFilterPatch, options: CallOptions = {}): ApiPromise<SavedFilter> {
    return this.transport.json<SavedFilter>({ method: 'PATCH', path: `/v1/filters/${pathId(filterId)}`, json: patch, ...options });
  }

  /** A copy under a new name (never the default). `duplicate(id, name)` (a string) is deprecated: pass `{ name }`. */
  duplicate(filterId: string, params: { name: string } | string, options: WriteOptions = {}): ApiPromise<SavedFilter> {
    const name = typeof params === 'string' ? params : params.name;
    const { idempotencyKey: key, ...rest } = options;
    return this.transport.json<SavedFilter>({
      method: 'POST',
      path: `/v1/filters/${pathId(filterId)}/duplicate`,
      json: { name },
      idempotencyKey: idempotencyKey(key),
      ...rest,
    });
  }

  /** "Mark as Default"; the previous default is unmarked. */
  markDefault(filterId: string, options: CallOptions = {}): ApiPromise<SavedFilter> {
    return this.transport.json<SavedFilter>({ method: 'POST', path: `/v1/filters/${pathId(filterId)}/default`, ...options });
  }

  delete(filterId: string, options: CallOptions = {}): ApiPromise<void> {
    return this.transport.none({ method: 'DELETE', path: `/v1/filters/${pathId(filterId)}`, ...options });
  }
}
