import type { ApiPromise, ResponseMeta } from '../http/api-promise.js';
import type { Transport } from '../http/transport.js';
import type { CallOptions, Disposition, DispositionAuditEntry, DispositionUpdate } from '../types.js';
import { pathId } from './paging.js';

/** A disposition (null: none assigned yet) with the ETag to send back when editing it. */
export interface VersionedDisposition<D extends Disposition | null = Disposition | null> {
  disposition: D;
  /** `"v<version>"`; `"v0"` when none is assigned yet. */
  etag: string;
}

export interface UpdateDispositionOptions extends CallOptions {
  /**
   * The ETag (or version number) last read. A stale one rejects with `EditConflictError` whose `current`
   * is the disposition someone else saved; nothing is overwritten. Use `0` (or `"v0"`) when none exists yet.
   */
  ifMatch: string | number;
}

function versioned<D extends Disposition | null>(disposition: D, response: ResponseMeta): VersionedDisposition<D> {
  return { disposition, etag: response.etag ?? `"v${disposition?.version ?? 0}"` };
}

/** `client.dispositions`: read, edit after completion (optimistic concurrency), audit log. */
export class DispositionsResource {
  constructor(private readonly transport: Transport) {}

  /** The current disposition and its ETag; `{ disposition: null, etag: '"v0"' }` when none was assigned yet. */
  get(id: string, options: CallOptions = {}): ApiPromise<VersionedDisposition> {
    return this.transport
      .json<Disposition | null>({ method: 'GET', path: `/v1/conversations/${pathId(id)}/disposition`, ...options })
      .map(versioned);
  }

  /**
   * `PUT …/disposition` with `If-Match` (needs `dispositions.edit`, completed conversations only).
   * Rejects with `EditConflictError` (someone else saved first) or `InvalidStateError` (not completed).
   */
  update(id: string, update: DispositionUpdate, options: UpdateDispositionOptions): ApiPromise<VersionedDisposition<Disposition>> {
    const { ifMatch, ...callOptions } = options;
    const etag = typeof ifMatch === 'number' ? `"v${ifMatch}"` : ifMatch;
    // Not retried: after a lost response a repeat would report a conflict with our own write.
    return this.transport
      .json<Disposition>({ method: 'PUT', path: `/v1/conversations/${pathId(id)}/disposition`, headers: { 'if-match': etag }, json: update, ...callOptions })
      .map(versioned);
  }

  /** Every change, oldest first ("View Logs"). */
  audit(id: string, options: CallOptions = {}): ApiPromise<DispositionAuditEntry[]> {
    return this.transport
      .json<{ items: DispositionAuditEntry[] }>({ method: 'GET', path: `/v1/conversations/${pathId(id)}/disposition/audit`, ...options })
      .map((body) => body.items);
  }
}
