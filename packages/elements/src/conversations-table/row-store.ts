/**
 * A sparse, index-addressed window over a keyset-paginated list that may hold a million rows.
 *
 * Keyset cursors only walk forward, so to show row 600,000 without fetching the 599,999 before it
 * the store *seeks by time*: the list is ordered by start time, so "rows older than T" (`to=T`,
 * newest first) or "rows from T on" (`from=T`, oldest first) is a page that starts at a known
 * index — `total − total(bounded)` — and the backend's own keyset cursor continues from there.
 * T is interpolated from rows already loaded (secant steps), and every probe's rows are kept, so
 * a miss still teaches the next guess. Lists that cannot seek (relevance order, or a backend that
 * does not return `total`) page forward only.
 */
export interface SourcePage<R> {
  items: R[];
  nextCursor: string | null;
  total?: number;
  /** `total` is only a lower bound (the backend stopped counting): the list pages forward like one without a count. */
  totalIsLowerBound?: boolean;
}

export interface FetchRequest {
  limit: number;
  cursor?: string;
  /** Extra start-time bound for a seek: `to` (exclusive) when newest first, `from` (inclusive) when oldest first. */
  bound?: { from?: string; to?: string };
  /** Fetch in the opposite order (used once to learn the last row's time). */
  reverse?: boolean;
}

export interface RowStoreOptions<R> {
  fetch(request: FetchRequest, signal: AbortSignal): Promise<SourcePage<R>>;
  idOf(row: R): string;
  /** Start time in ms; needed only when `seekable`. */
  timeOf(row: R): number;
  pageSize: number;
  /** Start-time order of the list (`null` = another order, e.g. relevance: forward paging only). */
  order: 'desc' | 'asc' | null;
  onChange(): void;
  /** Rows kept in memory before far-away rows are dropped (they are re-fetched when needed). */
  maxRows?: number;
}

const MAX_PROBES = 8;

export class RowStore<R> {
  /** Rows by index. */
  private rows = new Map<number, R>();
  private indexById = new Map<string, number>();
  /** `cursorAt.get(i)`: the keyset cursor of the page that starts at row i (row i − 1 is loaded). */
  private cursorAt = new Map<number, string | null>();
  private knownTotal: number | null = null;
  private ended = false;
  private wanted: [number, number] = [0, 0];
  private working = false;
  private controller = new AbortController();
  private tailTime?: number;
  private failures = 0;
  /** The last failure while paging (the first page's failure is thrown by `start`). */
  error: unknown = null;

  constructor(private readonly options: RowStoreOptions<R>) {}

  /** Loads the first page; rejects when it fails (the element shows the error state). */
  async start(): Promise<void> {
    const page = await this.options.fetch({ limit: this.options.pageSize }, this.controller.signal);
    const bounded = page.totalIsLowerBound === true && typeof page.total === 'number';
    this.knownTotal = typeof page.total === 'number' && !bounded ? page.total : null;
    this.lowerBound = bounded ? page.total! : null;
    this.put(0, page);
  }

  /** Stops every request in flight; the store is not used again. */
  dispose(): void {
    this.controller.abort();
  }

  /** The backend's lower bound on the count when it did not count them all (shown as "5,000+"). */
  lowerBound: number | null = null;

  /** Whether `total` is the backend's count (else it grows as pages arrive). */
  get totalKnown(): boolean {
    return this.knownTotal !== null;
  }

  /** Rows in the list: the backend's count, or (without one) the rows loaded so far. */
  get total(): number {
    if (this.knownTotal !== null) return this.knownTotal;
    let end = 0;
    while (this.rows.has(end)) end++;
    return end;
  }

  /** True when rows can still arrive past `total` (forward paging without a count). */
  get hasMore(): boolean {
    return this.knownTotal === null && !this.ended;
  }

  get loadedCount(): number {
    return this.rows.size;
  }

  get seekable(): boolean {
    return this.options.order !== null && this.knownTotal !== null;
  }

  get(index: number): R | undefined {
    return this.rows.get(index);
  }

  indexOf(id: string): number | undefined {
    return this.indexById.get(id);
  }

  loadedRows(): R[] {
    return [...this.rows.entries()].sort((a, b) => a[0] - b[0]).map(([, row]) => row);
  }

  /** Asks for rows `first..last` (inclusive) to be loaded; the latest call wins. */
  ensure(first: number, last: number): void {
    const margin = Math.ceil(this.options.pageSize / 2);
    this.wanted = [Math.max(0, first - margin), last + margin];
    void this.work();
  }

  /** Retries after paging failures (the Retry of a failed row). */
  retry(): void {
    this.failures = 0;
    this.error = null;
    void this.work();
  }

  /** Replaces a loaded row in place (live update); returns its index, or undefined when not loaded. */
  update(row: R): number | undefined {
    const index = this.indexById.get(this.options.idOf(row));
    if (index === undefined) return undefined;
    this.rows.set(index, row);
    return index;
  }

  /** Inserts rows before row 0 (newest-first lists only); every index shifts by their count. */
  prepend(rows: R[]): number {
    const fresh = rows.filter((row) => !this.indexById.has(this.options.idOf(row)));
    const n = fresh.length;
    if (n === 0) return 0;
    const shift = <V>(map: Map<number, V>) => new Map([...map].map(([i, v]) => [i + n, v] as [number, V]));
    this.rows = shift(this.rows);
    this.cursorAt = shift(this.cursorAt);
    fresh.forEach((row, i) => this.rows.set(i, row));
    this.reindex();
    if (this.knownTotal !== null) this.knownTotal += n;
    return n;
  }

  /**
   * Takes a loaded row out of the list (it no longer matches, e.g. it ended under an "In Progress"
   * filter); every later index moves up by one. Returns the index it had, or undefined.
   */
  remove(id: string): number | undefined {
    const index = this.indexById.get(id);
    if (index === undefined) return undefined;
    const shift = <V>(map: Map<number, V>) => new Map([...map].filter(([i]) => i !== index).map(([i, v]) => [i > index ? i - 1 : i, v] as [number, V]));
    this.rows = shift(this.rows);
    // A page cursor that started right after the removed row now starts one earlier.
    this.cursorAt = new Map([...this.cursorAt].map(([i, v]) => [i > index ? i - 1 : i, v] as [number, string | null]));
    this.reindex();
    if (this.knownTotal !== null) this.knownTotal = Math.max(0, this.knownTotal - 1);
    return index;
  }

  private reindex(): void {
    this.indexById = new Map([...this.rows].map(([i, row]) => [this.options.idOf(row), i]));
  }

  /** Stores a page that starts at `start`. */
  private put(start: number, page: SourcePage<R>): void {
    page.items.forEach((row, k) => {
      const index = start + k;
      const old = this.rows.get(index);
      if (old) this.indexById.delete(this.options.idOf(old));
      this.rows.set(index, row);
      this.indexById.set(this.options.idOf(row), index);
    });
    const end = start + page.items.length;
    if (page.nextCursor) this.cursorAt.set(end, page.nextCursor);
    else if (this.knownTotal === null) this.ended = true;
    this.evict();
    this.options.onChange();
  }

  private firstMissing(): number | null {
    const [a, b] = this.wanted;
    const last = this.knownTotal !== null ? Math.min(b, this.knownTotal - 1) : b;
    for (let i = a; i <= last; i++) if (!this.rows.has(i)) return this.knownTotal === null && this.ended ? null : i;
    return null;
  }

  private async work(): Promise<void> {
    if (this.working) return;
    this.working = true;
    try {
      for (;;) {
        if (this.controller.signal.aborted || this.failures >= 3) return;
        const missing = this.firstMissing();
        if (missing === null) return;
        try {
          await this.load(missing);
          this.failures = 0;
        } catch (error) {
          if (this.controller.signal.aborted) return;
          this.failures++;
          this.error = error;
          this.options.onChange();
        }
      }
    } finally {
      this.working = false;
    }
  }

  /** Loads a page that contains row `target`. */
  private async load(target: number): Promise<void> {
    const limit = this.options.pageSize;
    // 1. A loaded run ends right before a missing row: continue it with its keyset cursor.
    for (const [start, cursor] of this.cursorAt) {
      if (cursor && start <= target && target < start + limit && !this.rows.has(start)) {
        this.put(start, await this.options.fetch({ limit, cursor }, this.controller.signal));
        return;
      }
    }
    // 2. Far from any run: seek by start time, or walk forward from the end of the loaded prefix.
    if (this.seekable) {
      await this.seek(target);
      return;
    }
    let end = 0;
    while (this.rows.has(end)) end++;
    const cursor = this.cursorAt.get(end);
    if (!cursor) {
      if (end === 0) this.put(0, await this.options.fetch({ limit }, this.controller.signal));
      else this.ended = true;
      return;
    }
    // Large strides while the reader is far ahead (e.g. dragged the scrollbar of a relevance-ordered search).
    const stride = target - end > limit * 2 ? 200 : limit;
    this.put(end, await this.options.fetch({ limit: Math.max(limit, stride), cursor }, this.controller.signal));
  }

  private async seek(target: number): Promise<void> {
    const desc = this.options.order === 'desc';
    const limit = this.options.pageSize;
    const total = this.knownTotal!;
    // Land a little before the target so the page covers it and the rows just above it.
    const aim = Math.max(0, target - Math.floor(limit / 4));
    for (let probe = 0; probe < MAX_PROBES; probe++) {
      const [below, above] = await this.anchors(aim);
      const t = interpolate(below, above, aim);
      // Newest first: rows at or after T come first, so `to = T` starts at total − total(to=T).
      // Round towards the side that lands at or before the aim.
      const boundMs = desc ? Math.ceil(t) + (probe > 2 ? 1 : 0) : Math.floor(t) - (probe > 2 ? 1 : 0);
      const bound = desc ? { to: new Date(boundMs).toISOString() } : { from: new Date(boundMs).toISOString() };
      const page = await this.options.fetch({ limit, bound }, this.controller.signal);
      if (typeof page.total !== 'number') {
        // The backend stopped counting: give up seeking for this list.
        this.knownTotal = null;
        return;
      }
      const start = total - page.total;
      if (page.items.length > 0) this.put(start, page);
      if (start <= target && target < start + Math.max(page.items.length, 1)) return;
      if (this.rows.has(target)) return;
    }
    // Pathological data (thousands of rows sharing one timestamp): walk from the nearest run.
    throw new Error(`Could not reach row ${target}`);
  }

  /** The loaded rows nearest below and above `index` as (index, time), learning the last row's time once. */
  private async anchors(index: number): Promise<[[number, number], [number, number]]> {
    let below: [number, number] | undefined;
    let above: [number, number] | undefined;
    for (const [i, row] of this.rows) {
      if (i <= index && (!below || i > below[0])) below = [i, this.options.timeOf(row)];
      if (i >= index && (!above || i < above[0])) above = [i, this.options.timeOf(row)];
    }
    const last = this.knownTotal! - 1;
    if (!above) {
      if (this.tailTime === undefined) {
        const tail = await this.options.fetch({ limit: 1, reverse: true }, this.controller.signal);
        this.tailTime = tail.items[0] ? this.options.timeOf(tail.items[0]) : (below?.[1] ?? Date.now());
      }
      above = [last, this.tailTime];
    }
    below ??= above;
    return [below, above];
  }

  private evict(): void {
    const max = this.options.maxRows ?? 20_000;
    if (this.rows.size <= max) return;
    const [a, b] = this.wanted;
    const mid = (a + b) / 2;
    const far = [...this.rows.keys()].sort((x, y) => Math.abs(y - mid) - Math.abs(x - mid));
    for (const i of far.slice(0, this.rows.size - Math.floor(max * 0.75))) this.rows.delete(i);
    for (const start of this.cursorAt.keys()) if (!this.rows.has(start - 1)) this.cursorAt.delete(start);
    this.reindex();
  }
}

/** Linear interpolation of time at `index` between two (index, time) anchors. */
function interpolate([i0, t0]: [number, number], [i1, t1]: [number, number], index: number): number {
  if (i1 === i0) return t0;
  return t0 + ((t1 - t0) * (index - i0)) / (i1 - i0);
}
