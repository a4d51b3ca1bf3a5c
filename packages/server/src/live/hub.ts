import { EventEmitter } from 'node:events';
import type { TranscriptItem } from '../domain.js';
import { toSummary } from '../present/conversation.js';
import type { CustomerPii } from '../present/obscure.js';
import type { ConversationRecord } from '../store/record.js';
import type { ConversationStore } from '../store/store.js';

export type LiveEventType = 'conversation.created' | 'conversation.updated' | 'conversation.ended' | 'transcript.appended';

export interface LiveMessage {
  id: number;
  type: LiveEventType;
  /** JSON of `{ type, conversation, item? }` built with full PII; subscribers obscure it per caller. */
  data: string;
  /** Conversation number. */
  n: number;
  /** The customer's identity, to mask transcript items for callers without pii.view. */
  customer: CustomerPii;
}

/** How many past events are kept for `Last-Event-ID` replay. */
const KEEP = 10_000;
/** Events read per round when catching up with the log. */
const BATCH = 1_000;

/** What the live log stores per event. */
interface StoredLive {
  n: number;
  data: string;
  customer?: CustomerPii;
}

/**
 * Publishes conversation changes to SSE subscribers and keeps them in the database's live log, so
 * a client reconnecting with Last-Event-ID (even across a restart, or to another instance) gets
 * what it missed. On a store shared by several instances (PostgreSQL), every event reaches
 * subscribers through the store's notifications, in id order, whichever instance published it.
 */
export class LiveHub extends EventEmitter<{ event: [LiveMessage] }> {
  private published = 0;
  /** The newest event delivered to this instance's subscribers. */
  private last = 0;
  private unwatch: (() => Promise<void>) | null = null;
  private pulling: Promise<void> | null = null;
  private pullAgain = false;
  /** Open SSE responses, ended when the server closes (they would keep it open forever). */
  readonly streams = new Set<() => void>();

  constructor(private readonly store: ConversationStore, private readonly now: () => number) {
    super();
    this.setMaxListeners(0);
  }

  /** Starts from the newest stored event and, on a shared store, listens for other instances' events. */
  async start(): Promise<void> {
    this.last = await this.store.lastLiveId();
    if (this.store.watchLive) this.unwatch = await this.store.watchLive(() => this.pull());
  }

  async stop(): Promise<void> {
    await this.unwatch?.();
    this.unwatch = null;
    await this.pulling;
  }

  async publish(type: LiveEventType, rec: ConversationRecord, item?: TranscriptItem): Promise<LiveMessage> {
    const nowMs = this.now();
    const payload: Record<string, unknown> = { type, conversation: toSummary(rec, { canViewPii: true }, nowMs) };
    if (item) payload.item = item;
    const data = JSON.stringify(payload);
    const customer = { name: rec.customerName, email: rec.customerEmail, phone: rec.customerPhone };
    const id = await this.store.appendLive(type, nowMs, JSON.stringify({ n: rec.n, data, customer } satisfies StoredLive));
    if (++this.published % 500 === 0) await this.store.trimLive(KEEP);
    const msg: LiveMessage = { id, type, data, n: rec.n, customer };
    // One process: straight to subscribers. Shared store: the notification delivers it, in order.
    if (!this.store.watchLive) this.deliver(msg);
    return msg;
  }

  /** Events after `id` still held, oldest first. */
  async since(id: number, limit = KEEP): Promise<LiveMessage[]> {
    const out: LiveMessage[] = [];
    for (const row of await this.store.liveAfter(id, limit)) {
      const { n, data, customer } = JSON.parse(row.data) as StoredLive;
      // Events logged before the customer was stored with them.
      const who = customer ?? (await this.customerOf(n));
      out.push({ id: row.id, type: row.type as LiveEventType, data, n, customer: who });
    }
    return out;
  }

  closeStreams(): void {
    for (const end of [...this.streams]) end();
  }

  /** The newest event this instance's subscribers have been sent. */
  lastId(): number {
    return this.last;
  }

  private deliver(msg: LiveMessage): void {
    if (msg.id <= this.last) return;
    this.last = msg.id;
    this.emit('event', msg);
  }

  /** New events were appended (by any instance): read every one after the last delivered, in order. */
  private pull(): void {
    if (this.pulling) {
      this.pullAgain = true;
      return;
    }
    this.pulling = (async () => {
      do {
        this.pullAgain = false;
        const batch = await this.since(this.last, BATCH);
        for (const msg of batch) this.deliver(msg);
        if (batch.length === BATCH) this.pullAgain = true;
      } while (this.pullAgain);
    })()
      // A failed read loses nothing: the next notification reads again from the last delivered id.
      .catch(() => undefined)
      .finally(() => {
        this.pulling = null;
      });
  }

  private async customerOf(n: number): Promise<CustomerPii> {
    const rec = await this.store.get(n);
    return { name: rec?.customerName ?? '', email: rec?.customerEmail ?? '', phone: rec?.customerPhone ?? '' };
  }
}
