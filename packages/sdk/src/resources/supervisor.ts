import type { ApiPromise } from '../http/api-promise.js';
import type { Transport } from '../http/transport.js';
import type { Conversation, WriteOptions } from '../types.js';
import { idempotencyKey, pathId } from './paging.js';

/**
 * `client.supervisor` (needs `supervisor.act`): act on in-progress conversations. Other states reject
 * with `InvalidStateError`. Each resolves with the updated conversation.
 * The positional forms `assign(id, agentId)` and `changeQueue(id, queueId)` are deprecated: pass `{ agentId }` / `{ queueId }`.
 */
export class SupervisorResource {
  constructor(private readonly transport: Transport) {}

  join(id: string, options: WriteOptions = {}): ApiPromise<Conversation> {
    return this.post(id, 'join', undefined, options);
  }

  assign(id: string, params: { agentId: string } | string, options: WriteOptions = {}): ApiPromise<Conversation> {
    return this.post(id, 'assign', { agentId: typeof params === 'string' ? params : params.agentId }, options);
  }

  changeQueue(id: string, params: { queueId: string } | string, options: WriteOptions = {}): ApiPromise<Conversation> {
    return this.post(id, 'change-queue', { queueId: typeof params === 'string' ? params : params.queueId }, options);
  }

  private post(id: string, action: string, json: unknown, options: WriteOptions): ApiPromise<Conversation> {
    const { idempotencyKey: key, ...rest } = options;
    return this.transport.json<Conversation>({
      method: 'POST',
      path: `/v1/conversations/${pathId(id)}/supervisor/${action}`,
      json,
      idempotencyKey: idempotencyKey(key),
      ...rest,
    });
  }
}
