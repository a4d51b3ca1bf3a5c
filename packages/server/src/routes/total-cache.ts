import type { ConversationQuery } from '../store/query.js';

/** Counting every match of a filter on a million rows costs tens of milliseconds; counts are reused for a few seconds. */
export class TotalCache {
  private readonly entries = new Map<string, { total: number; atMs: number }>();

  constructor(private readonly count: (q: ConversationQuery) => number, private readonly ttlMs = 5000) {}

  get(query: ConversationQuery, nowMs: number): number {
    const key = JSON.stringify(query);
    const hit = this.entries.get(key);
    if (hit && nowMs - hit.atMs < this.ttlMs && hit.atMs <= nowMs) return hit.total;
    const total = this.count(query);
    if (this.entries.size > 200) this.entries.clear();
    this.entries.set(key, { total, atMs: nowMs });
    return total;
  }
}
