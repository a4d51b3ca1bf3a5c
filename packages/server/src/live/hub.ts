import { EventEmitter } from 'node:events';
import type { TranscriptItem } from '../domain.js';
import { toSummary } from '../present/conversation.js';
import type { ConversationRecord } from '../store/record.js';
import type { ConversationStore } from '../store/store.js';

export type LiveEventType = 'conversation.created' | 'conversation.updated' | 'conversation.ended' | 'transcript.appended';

export interface LiveMessage {
  id: number;
  type: LiveEventType;
  /** JSON of `{ type, conversation, item? }` built with full PII; subscribers obscure it per caller. */
  data: string;
  /** Conversation number, to re-mask transcript items for callers without pii.view. */
  n: number;
}

/** How many past events are kept for `Last-Event-ID` replay. */
const KEEP = 10_000;

/**
 * Publishes conversation changes to SSE subscribers and keeps them in the database, so a client
 * reconnecting with Last-Event-ID (even across a server restart) gets what it missed.
 */
export class LiveHub extends EventEmitter<{ event: [LiveMessage] }> {
  private published = 0;
  /** Open SSE responses, ended when the server closes (they would keep it open forever). */
  readonly streams = new Set<() => void>();

  constructor(private readonly store: ConversationStore, private readonly now: () => number) {
    super();
    this.setMaxListeners(0);
  }

  publish(type: LiveEventType, rec: ConversationRecord, item?: TranscriptItem): LiveMessage {
    const nowMs = this.now();
    const payload: Record<string, unknown> = { type, conversation: toSummary(rec, { canViewPii: true }, nowMs) };
    if (item) payload.item = item;
    const data = JSON.stringify(payload);
    const id = this.store.appendLive(type, nowMs, JSON.stringify({ n: rec.n, data }));
    if (++this.published % 500 === 0) this.store.trimLive(KEEP);
    const msg: LiveMessage = { id, type, data, n: rec.n };
    this.emit('event', msg);
    return msg;
  }

  /** Events after `id` still held, oldest first. */
  since(id: number, limit = KEEP): LiveMessage[] {
    return this.store.liveAfter(id, limit).map((row) => {
      const { n, data } = JSON.parse(row.data) as { n: number; data: string };
      return { id: row.id, type: row.type as LiveEventType, data, n };
    });
  }

  closeStreams(): void {
    for (const end of [...this.streams]) end();
  }

  lastId(): number {
    return this.store.lastLiveId();
  }
}
