/**
 * Idempotency-Key support: the first answer to a (user, operation, key) is remembered for a day
 * and replayed for repeats, so clients may retry writes safely.
 */
export class IdempotencyCache {
  private readonly entries = new Map<string, { status: number; body: unknown; atMs: number }>();

  constructor(private readonly ttlMs = 86_400_000, private readonly max = 10_000) {}

  get(key: string, nowMs: number): { status: number; body: unknown } | undefined {
    const hit = this.entries.get(key);
    if (!hit) return undefined;
    if (nowMs - hit.atMs > this.ttlMs) {
      this.entries.delete(key);
      return undefined;
    }
    return hit;
  }

  set(key: string, status: number, body: unknown, nowMs: number): void {
    if (this.entries.size >= this.max) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(key, { status, body, atMs: nowMs });
  }
}
