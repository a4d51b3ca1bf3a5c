import type { Transport } from '../http/transport.js';
import type { CallOptions, Disposition, DispositionAuditEntry, DispositionUpdate } from '../types.js';
import { pathId } from './paging.js';

/** A disposition with the ETag to send back when editing it. */
export interface VersionedDisposition {
  disposition: Disposition;
  /** `"v<version>"`. */
  etag: string;
}

export interface UpdateDispositionOptions extends CallOptions {
  /**
   * The ETag (or version number) last read. A stale one rejects with `ConflictError` whose `current`
   * is the disposition someone else saved; nothing is overwritten. Use `0` when none exists yet.
   */
  ifMatch: string | number;
}

function etagOf(response: Response, disposition: Disposition): string {
  return response.headers.get('etag') ?? `"v${disposition.version}"`;
}

/** `client.dispositions`: read, edit after completion (optimistic concurrency), audit log. */
export class DispositionsResource {
  constructor(private readonly transport: Transport) {}

  /** The current disposition and its ETag. `NotFoundError` when none was ever assigned. */
  async get(id: string, options: CallOptions = {}): Promise<VersionedDisposition> {
    const { data, response } = await this.transport.jsonWithResponse<Disposition>({
      method: 'GET',
      path: `/v1/conversations/${pathId(id)}/disposition`,
      ...options,
    });
    return { disposition: data, etag: etagOf(response, data) };
  }

  /** `PUT …/disposition` with `If-Match` (needs `dispositions.edit`, completed conversations only). */
  async update(id: string, update: DispositionUpdate, options: UpdateDispositionOptions): Promise<VersionedDisposition> {
    const { ifMatch, ...callOptions } = options;
    const etag = typeof ifMatch === 'number' ? `"v${ifMatch}"` : ifMatch;
    // Not retried: after a lost response a repeat would report a conflict with our own write.
    const { data, response } = await this.transport.jsonWithResponse<Disposition>({
      method: 'PUT',
      path: `/v1/conversations/${pathId(id)}/disposition`,
      headers: { 'if-match': etag },
      json: update,
      ...callOptions,
    });
    return { disposition: data, etag: etagOf(response, data) };
  }

  /** Every change, oldest first ("View Logs"). */
  async audit(id: string, options: CallOptions = {}): Promise<DispositionAuditEntry[]> {
    const body = await this.transport.json<{ items: DispositionAuditEntry[] }>({
      method: 'GET',
      path: `/v1/conversations/${pathId(id)}/disposition/audit`,
      ...options,
    });
    return body.items;
  }
}
