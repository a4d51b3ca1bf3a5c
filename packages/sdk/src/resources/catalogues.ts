import type { Transport } from '../http/transport.js';
import type { AgentRef, CallOptions, DispositionCode, QueueRef } from '../types.js';

/** `client.catalogues`: the option lists filters, assign, change-queue and disposition editing need. */
export class CataloguesResource {
  constructor(private readonly transport: Transport) {}

  async queues(options: CallOptions = {}): Promise<QueueRef[]> {
    return (await this.transport.json<{ items: QueueRef[] }>({ method: 'GET', path: '/v1/queues', ...options })).items;
  }

  async agents(options: CallOptions = {}): Promise<AgentRef[]> {
    return (await this.transport.json<{ items: AgentRef[] }>({ method: 'GET', path: '/v1/agents', ...options })).items;
  }

  async dispositionCodes(options: CallOptions = {}): Promise<DispositionCode[]> {
    return (await this.transport.json<{ items: DispositionCode[] }>({ method: 'GET', path: '/v1/dispositions', ...options })).items;
  }
}
