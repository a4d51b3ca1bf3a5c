import type { ConversationQuery } from '../store/query.js';

/** A list total: exact, or at least `total` when counting stopped at the cap. */
export interface ListTotal {
  total: number;
  totalIsLowerBound: boolean;
}

/**
 * Totals for list pages. Counting every match of a filter on a million rows takes too long for a
 * page request, so filtered counts stop at a cap (the answer then says `totalIsLowerBound`) and
 * counts are reused for a few seconds.
 */
export class TotalCache {
  private readonly entries = new Map<string, ListTotal & { atMs: number }>();

  constructor(private readonly count: (q: ConversationQuery, cap: number) => Promise<number>, private readonly cap = 10_000, private readonly ttlMs = 10_000) {}

  async get(query: ConversationQuery, nowMs: number): Promise<ListTotal> {
    const key = JSON.stringify(query);
    const hit = this.entries.get(key);
    if (hit && nowMs - hit.atMs < this.ttlMs && hit.atMs <= nowMs) return { total: hit.total, totalIsLowerBound: hit.totalIsLowerBound };
    const counted = await this.count(query, this.cap + 1);
    const bounded = counted > this.cap && Object.keys(query).length > 0;
    const answer = { total: bounded ? this.cap : counted, totalIsLowerBound: bounded };
    if (this.entries.size > 200) this.entries.clear();
    this.entries.set(key, { ...answer, atMs: nowMs });
    return answer;
  }
}
