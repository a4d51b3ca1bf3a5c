import type { ApiPromise } from '../http/api-promise.js';
import type { Transport } from '../http/transport.js';
import type { AgentRef, CallOptions, Catalogue, DispositionCode, QueueRef } from '../types.js';

/** `client.catalogues`: the option lists filters, assign, change-queue and disposition editing need. */
export class CataloguesResource {
  constructor(private readonly transport: Transport) {}

  queues(options: CallOptions = {}): ApiPromise<QueueRef[]> {
    return this.transport.json<{ items: QueueRef[] }>({ method: 'GET', path: '/v1/queues', ...options }).map((b) => b.items);
  }

  agents(options: CallOptions = {}): ApiPromise<AgentRef[]> {
    return this.transport.json<{ items: AgentRef[] }>({ method: 'GET', path: '/v1/agents', ...options }).map((b) => b.items);
  }

  /**
   * The enumerations whose values differ per backend (`GET /v1/catalogue`): offer these SmartStatus
   * values in pickers instead of a built-in list.
   */
  enumerations(options: CallOptions = {}): ApiPromise<Catalogue> {
    return this.transport.json<Catalogue>({ method: 'GET', path: '/v1/catalogue', ...options });
  }

  dispositionCodes(options: CallOptions = {}): ApiPromise<DispositionCode[]> {
    return this.transport.json<{ items: DispositionCode[] }>({ method: 'GET', path: '/v1/dispositions', ...options }).map((b) => b.items);
  }
}
