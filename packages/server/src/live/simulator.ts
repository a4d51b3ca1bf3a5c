import type { AppContext } from '../context.js';
import { applyOutcome, generateConversation } from '../generator/conversation.js';
import { F, type ConversationRecord } from '../store/record.js';
import { documentFor, visibleItems } from '../search/document.js';
import { scriptOf } from '../present/transcript.js';
import { DEFAULT_SEED } from '../store/seed.js';
import { Rng } from '../util/prng.js';

/**
 * Makes the data set live: starts voice and chat conversations at a configurable rate, reveals
 * their transcript turns as time passes, ends them when their script ends, and publishes every
 * step on the live hub (conversation.created / transcript.appended / conversation.updated / conversation.ended).
 */
const MAX_STARTS_PER_TICK = 10;

export class LiveSimulator {
  private timer: NodeJS.Timeout | null = null;
  /** In-progress conversations and how many transcript items subscribers have seen. */
  private readonly tracked = new Map<number, number>();
  private readonly rng: Rng;
  private due = 0;
  private lastTickMs: number;

  constructor(private readonly ctx: AppContext) {
    const seed = Number(ctx.store.meta('seed') ?? DEFAULT_SEED);
    this.rng = new Rng(seed ^ ctx.now());
    this.lastTickMs = ctx.now();
  }

  start(): void {
    const now = this.ctx.now();
    for (const rec of this.ctx.store.inProgress()) this.tracked.set(rec.n, rec.hasTranscript ? visibleItems(rec, scriptOf(rec), now).length : 0);
    this.timer = setInterval(() => this.tick(), this.ctx.config.live.tickMs);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  /** One step of simulated time; public so tests can drive it with an injected clock. */
  tick(): void {
    const now = this.ctx.now();
    const elapsedMs = now - this.lastTickMs;
    this.lastTickMs = now;
    // A clock that jumps by hours (a test setting it, a laptop waking up) starts nothing extra.
    if (elapsedMs > 0 && elapsedMs < 3_600_000) this.due += (elapsedMs / 60_000) * this.ctx.config.live.conversationsPerMinute;
    for (let started = 0; this.due >= 1 && started < MAX_STARTS_PER_TICK; started++) {
      this.due -= 1;
      this.startConversation(now);
    }
    this.due = Math.min(this.due, MAX_STARTS_PER_TICK);
    for (const [n, shown] of this.tracked) this.advance(n, shown, now);
  }

  private startConversation(now: number): void {
    const { store } = this.ctx;
    const n = store.maxN() + 1;
    const seed = Number(store.meta('seed') ?? DEFAULT_SEED);
    const { rec } = generateConversation(n, now, { seed: seed ^ 0x5eed, nowMs: now, channel: this.rng.chance(0.6) ? 'voice' : 'chat' });
    store.transaction(() => {
      store.insert(rec);
      // Sync for SQLite: written inside this transaction (await once transactions are async).
      void this.ctx.search.index(rec, documentFor(rec, now));
    });
    this.tracked.set(n, 0);
    this.ctx.live.publish('conversation.created', rec);
    this.advance(n, 0, now);
  }

  private advance(n: number, shown: number, now: number): void {
    const rec = this.ctx.store.get(n);
    if (!rec || rec.status !== 'in_progress') {
      this.tracked.delete(n);
      return;
    }
    const items = rec.hasTranscript ? visibleItems(rec, scriptOf(rec), now) : [];
    let changed = false;
    for (const item of items.slice(shown)) {
      this.ctx.live.publish('transcript.appended', rec, item);
      if (item.kind === 'transfer' && item.stage === 'to_agent' && rec.smartStatus !== 'Agent handling') {
        rec.smartStatus = 'Agent handling';
        changed = true;
      }
    }
    this.tracked.set(n, items.length);
    if (now >= rec.plannedEndMs) {
      this.end(rec, now);
      return;
    }
    if (changed) {
      this.ctx.store.update(rec);
      this.ctx.live.publish('conversation.updated', rec);
    }
  }

  private end(rec: ConversationRecord, now: number): void {
    // The conversation ends when its script does, even if the server was down at that moment.
    applyOutcome(rec, Math.max(now, rec.plannedEndMs));
    if (rec.channel === 'voice' && rec.recEnabled && rec.recState === 'media_in_progress') rec.recSinceMs = rec.endMs;
    if (rec.flags & F.TRANSFER && rec.smartStatus === 'Handled by AI') rec.smartStatus = 'Resolved';
    this.ctx.store.transaction(() => {
      this.ctx.store.update(rec);
      // Sync for SQLite: written inside this transaction (await once transactions are async).
      void this.ctx.search.index(rec, documentFor(rec, now));
    });
    this.tracked.delete(rec.n);
    this.ctx.live.publish('conversation.ended', rec);
  }
}
