import type { AppContext } from '../context.js';
import type { TranscriptItem } from '../domain.js';
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
 *
 * Several instances may share one database; the simulator runs on whichever holds the store's
 * `live-simulator` lock (a PostgreSQL advisory lock), and another takes over if that one stops.
 */
const MAX_STARTS_PER_TICK = 10;
/** How often an instance without the lock asks for it again. */
const LOCK_RETRY_MS = 5_000;
export const SIMULATOR_LOCK = 'live-simulator';

export class LiveSimulator {
  private timer: NodeJS.Timeout | null = null;
  private lockTimer: NodeJS.Timeout | null = null;
  private release: (() => Promise<void>) | null = null;
  private stopped = false;
  /** The tick running now: ticks never overlap, and stop() waits for it. */
  private running: Promise<void> | null = null;
  /** In-progress conversations and how many transcript items subscribers have seen. */
  private readonly tracked = new Map<number, number>();
  private rng = new Rng(DEFAULT_SEED);
  private seed = DEFAULT_SEED;
  private due = 0;
  private lastTickMs: number;

  constructor(private readonly ctx: AppContext) {
    this.lastTickMs = ctx.now();
  }

  /** True while this instance runs the simulation. */
  get active(): boolean {
    return this.release !== null;
  }

  async start(): Promise<void> {
    this.stopped = false;
    if (await this.acquire()) return;
    const retry = () => {
      this.lockTimer = setTimeout(() => {
        void this.acquire().then((got) => {
          if (!got && !this.stopped) retry();
        });
      }, LOCK_RETRY_MS);
      this.lockTimer.unref();
    };
    retry();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    if (this.lockTimer) clearTimeout(this.lockTimer);
    this.timer = null;
    this.lockTimer = null;
    await this.running;
    const release = this.release;
    this.release = null;
    await release?.();
  }

  private async acquire(): Promise<boolean> {
    const release = await this.ctx.store.tryExclusive(SIMULATOR_LOCK).catch(() => null);
    if (!release) return false;
    if (this.stopped) {
      await release();
      return false;
    }
    this.release = release;
    const { store } = this.ctx;
    this.seed = Number((await store.meta('seed')) ?? DEFAULT_SEED);
    this.rng = new Rng(this.seed ^ this.ctx.now());
    const now = this.ctx.now();
    this.lastTickMs = now;
    for (const rec of await store.inProgress()) this.tracked.set(rec.n, rec.hasTranscript ? visibleItems(rec, scriptOf(rec), now).length : 0);
    this.timer = setInterval(() => void this.tick(), this.ctx.config.live.tickMs);
    this.timer.unref();
    return true;
  }

  /** One step of simulated time; public so tests can drive it with an injected clock. */
  tick(): Promise<void> {
    if (!this.running) {
      this.running = this.step()
        .catch(() => undefined) // the next tick tries again; nothing half-written is published
        .finally(() => {
          this.running = null;
        });
    }
    return this.running;
  }

  private async step(): Promise<void> {
    const now = this.ctx.now();
    const elapsedMs = now - this.lastTickMs;
    this.lastTickMs = now;
    // A clock that jumps by hours (a test setting it, a laptop waking up) starts nothing extra.
    if (elapsedMs > 0 && elapsedMs < 3_600_000) this.due += (elapsedMs / 60_000) * this.ctx.config.live.conversationsPerMinute;
    for (let started = 0; this.due >= 1 && started < MAX_STARTS_PER_TICK && !this.stopped; started++) {
      this.due -= 1;
      await this.startConversation(now);
    }
    this.due = Math.min(this.due, MAX_STARTS_PER_TICK);
    for (const [n, shown] of [...this.tracked]) {
      if (this.stopped) return;
      await this.advance(n, shown, now);
    }
  }

  private async startConversation(now: number): Promise<void> {
    const { store } = this.ctx;
    const rec = await store.transaction(async () => {
      const n = (await store.maxN()) + 1;
      const { rec: created } = generateConversation(n, now, { seed: this.seed ^ 0x5eed, nowMs: now, channel: this.rng.chance(0.6) ? 'voice' : 'chat' });
      await store.insert(created);
      await this.ctx.search.index(created, documentFor(created, now));
      return created;
    });
    this.tracked.set(rec.n, 0);
    await this.ctx.live.publish('conversation.created', rec);
    await this.advance(rec.n, 0, now);
  }

  /** Reveals the turns that are due, and ends the conversation when its script has. */
  private async advance(n: number, shown: number, now: number): Promise<void> {
    const { store } = this.ctx;
    const transcript = await store.get(n);
    if (!transcript || transcript.status !== 'in_progress') {
      this.tracked.delete(n);
      return;
    }
    const items: TranscriptItem[] = transcript.hasTranscript ? visibleItems(transcript, scriptOf(transcript), now).slice(shown) : [];
    const changed = transcript.smartStatus !== 'Agent handling' && items.some((i) => i.kind === 'transfer' && i.stage === 'to_agent');
    const ended = now >= transcript.plannedEndMs;
    let rec = transcript;
    if (changed || ended) {
      // Read again and write in one transaction: a supervisor's edit made meanwhile is never overwritten.
      const saved = await store.transaction(async () => {
        const r = await store.get(n);
        if (!r || r.status !== 'in_progress') return null;
        if (changed) r.smartStatus = 'Agent handling';
        if (ended) this.end(r, now);
        await store.update(r);
        if (ended) await this.ctx.search.index(r, documentFor(r, now));
        return r;
      });
      if (!saved) {
        this.tracked.delete(n);
        return;
      }
      rec = saved;
    }
    for (const item of items) await this.ctx.live.publish('transcript.appended', transcript, item);
    this.tracked.set(n, shown + items.length);
    if (ended) {
      this.tracked.delete(n);
      await this.ctx.live.publish('conversation.ended', rec);
    } else if (changed) {
      await this.ctx.live.publish('conversation.updated', rec);
    }
  }

  private end(rec: ConversationRecord, now: number): void {
    // The conversation ends when its script does, even if the server was down at that moment.
    applyOutcome(rec, Math.max(now, rec.plannedEndMs));
    if (rec.channel === 'voice' && rec.recEnabled && rec.recState === 'media_in_progress') rec.recSinceMs = rec.endMs;
    if (rec.flags & F.TRANSFER && rec.smartStatus === 'Handled by AI') rec.smartStatus = 'Resolved';
  }
}
