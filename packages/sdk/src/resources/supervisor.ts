import type { Transport } from '../http/transport.js';
import type { Conversation, WriteOptions } from '../types.js';
import { idempotencyKey, pathId } from './paging.js';

/**
 * `client.supervisor` (needs `supervisor.act`): act on in-progress conversations. Other states reject
 * with `ConflictError` of code `invalid_state`. Each resolves with the updated conversation.
 */
export class SupervisorResource {
  constructor(private readonly transport: Transport) {}

  join(id: string, options: WriteOptions = {}): Promise<Conversation> {
    return this.post(id, 'join', undefined, options);
  }

  assign(id: string, agentId: string, options: WriteOptions = {}): Promise<Conversation> {
    return this.post(id, 'assign', { agentId }, options);
  }

  changeQueue(id: string, queueId: string, options: WriteOptions = {}): Promise<Conversation> {
    return this.post(id, 'change-queue', { queueId }, options);
  }

  private post(id: string, action: string, json: unknown, options: WriteOptions): Promise<Conversation> {
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
