import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ApiError } from './errors.js';

export interface RateLimitConfig {
  /** Requests one caller (token) may make per window. */
  requestsPerWindow: number;
  windowSeconds: number;
}

interface Window {
  startMs: number;
  count: number;
}

export interface RateLimitDecision {
  allowed: boolean;
  limit: number;
  remaining: number;
  /** Seconds until the window resets (at least 1 while it runs). */
  resetSeconds: number;
}

/** Fixed windows per caller: cheap, predictable, and what the `RateLimit-*` headers describe. */
export class RateLimiter {
  private readonly windows = new Map<string, Window>();

  constructor(
    private readonly config: RateLimitConfig,
    private readonly now: () => number,
  ) {}

  take(key: string): RateLimitDecision {
    const now = this.now();
    const windowMs = this.config.windowSeconds * 1000;
    let w = this.windows.get(key);
    if (!w || now - w.startMs >= windowMs) {
      if (this.windows.size > 10_000) this.prune(now, windowMs);
      w = { startMs: now, count: 0 };
      this.windows.set(key, w);
    }
    const allowed = w.count < this.config.requestsPerWindow;
    if (allowed) w.count++;
    return {
      allowed,
      limit: this.config.requestsPerWindow,
      remaining: Math.max(0, this.config.requestsPerWindow - w.count),
      resetSeconds: Math.max(1, Math.ceil((w.startMs + windowMs - now) / 1000)),
    };
  }

  private prune(now: number, windowMs: number): void {
    for (const [key, w] of this.windows) if (now - w.startMs >= windowMs) this.windows.delete(key);
  }
}

/**
 * Every authenticated API answer carries `RateLimit-Limit`, `RateLimit-Remaining` and `RateLimit-Reset`;
 * past the limit the caller gets `429 rate_limited` with `Retry-After` (and `details.retryAfterSeconds`).
 * Runs after authentication (route `onRequest`), so the window is the caller's, not the client address's.
 */
export function registerRateLimit(app: FastifyInstance, config: RateLimitConfig, now: () => number): void {
  const limiter = new RateLimiter(config, now);
  app.addHook('preValidation', async (req: FastifyRequest, reply: FastifyReply) => {
    const caller = req.caller as { user?: { id: string } } | null;
    if (!caller?.user) return;
    const d = limiter.take(caller.user.id);
    reply.header('ratelimit-limit', String(d.limit));
    reply.header('ratelimit-remaining', String(d.remaining));
    reply.header('ratelimit-reset', String(d.resetSeconds));
    if (!d.allowed) {
      throw new ApiError('rate_limited', `Too many requests: at most ${d.limit} per ${config.windowSeconds} s. Try again in ${d.resetSeconds} s.`, { retryAfterSeconds: d.resetSeconds }, { 'retry-after': String(d.resetSeconds) });
    }
  });
}
