import type { ConversationQuery } from '../store/query.js';

/**
 * Totals for list pages. Counting every match of a filter on a million rows takes too long for a
 * page request, so filtered counts stop at a cap (the total is then left out, as the contract
 * allows) and counts are reused for a few seconds.
 */
export class TotalCache {
  private readonly entries = new Map<string, { total: number | undefined; atMs: number }>();

  constructor(private readonly count: (q: ConversationQuery, cap: number) => Promise<number>, private readonly cap = 10_000, private readonly ttlMs = 10_000) {}

  async get(query: ConversationQuery, nowMs: number): Promise<number | undefined> {
    const key = JSON.stringify(query);
    const hit = this.entries.get(key);
    if (hit && nowMs - hit.atMs < this.ttlMs && hit.atMs <= nowMs) return hit.total;
    const counted = await this.count(query, this.cap + 1);
    const total = counted > this.cap && Object.keys(query).length > 0 ? undefined : counted;
    if (this.entries.size > 200) this.entries.clear();
    this.entries.set(key, { total, atMs: nowMs });
    return total;
  }
}
