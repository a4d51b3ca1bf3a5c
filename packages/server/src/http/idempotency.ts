import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ApiError } from './errors.js';

/** How long an answer is replayed for its key. */
export const IDEMPOTENCY_TTL_MS = 86_400_000;
/** Old keys are deleted once every this many saves. */
const EXPIRE_EVERY = 500;
let saves = 0;

/** Hash of what makes two requests "the same write": method, path (with query) and JSON body. */
export function requestHash(method: string, url: string, body: unknown): string {
  return createHash('sha256').update(`${method} ${url}\n${JSON.stringify(body ?? null)}`).digest('hex');
}

/**
 * Idempotency-Key support, as Stripe does it: the first answer to a caller's key is stored with
 * the store (so it survives restarts and is shared by every instance) together with a hash of the
 * request, and replayed for repeats for a day. The same key with a different method, path or body
 * answers 422 `idempotency_key_reused`. Only JSON answers are remembered: file exports have no
 * side effect and simply run again.
 */
export async function withIdempotency(req: FastifyRequest, reply: FastifyReply, run: () => Promise<unknown>): Promise<unknown> {
  const key = req.headers['idempotency-key'];
  if (typeof key !== 'string' || req.method === 'GET') return run();
  const { store, now } = req.server.ck;
  const scope = req.caller.user.id;
  const hash = requestHash(req.method, req.url, req.body);
  const hit = await store.idempotent(scope, key);
  if (hit && now() - hit.atMs <= IDEMPOTENCY_TTL_MS) {
    if (hit.requestHash !== hash) {
      throw new ApiError('idempotency_key_reused', 'This Idempotency-Key was already used for a different request; send a new key for a new write.', { idempotencyKey: key });
    }
    return reply.code(hit.status).header('idempotent-replayed', 'true').send(hit.body);
  }
  // An expired answer makes way for the new one.
  if (hit) await store.expireIdempotent(now() - IDEMPOTENCY_TTL_MS);
  const body = await run();
  if (body !== undefined && body !== null && typeof body === 'object' && !('pipe' in body) && !Buffer.isBuffer(body) && reply.statusCode < 300) {
    await store.saveIdempotent(scope, key, { requestHash: hash, status: reply.statusCode, body, atMs: now() });
    if (++saves % EXPIRE_EVERY === 0) await store.expireIdempotent(now() - IDEMPOTENCY_TTL_MS);
  }
  return body;
}
