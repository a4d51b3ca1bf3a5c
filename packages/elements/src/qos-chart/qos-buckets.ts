/**
 * Reports grouped into as many bars as the chart has room for. A bar narrower than a few pixels
 * cannot be seen, so a long call (a 2-hour call has ~1,440 reports per connection, a day-long
 * test 7,200) is drawn as consecutive buckets of reports with their min / avg / max; a short call
 * keeps one bar per report.
 */

/** Horizontal room one bar needs to stay visible: the bar plus the gap beside it, in CSS pixels. */
export const MIN_BAR_SLOT_PX = 6;

export interface QosBucket {
  /** Index of the first and one past the last report in the bucket. */
  from: number;
  to: number;
  min: number | null;
  avg: number | null;
  max: number | null;
}

/** How many bars fit in a plot `plotWidth` CSS pixels wide. */
export function barsThatFit(plotWidth: number): number {
  return Math.max(1, Math.floor(plotWidth / MIN_BAR_SLOT_PX));
}

/** `values` (one per report, null when not reported) in at most `maxBars` consecutive buckets of near-equal size. */
export function bucketize(values: readonly (number | null)[], maxBars: number): QosBucket[] {
  const n = values.length;
  const count = Math.min(n, Math.max(1, Math.floor(maxBars)));
  const out: QosBucket[] = new Array(count);
  for (let k = 0; k < count; k++) {
    const from = Math.floor((k * n) / count);
    const to = Math.floor(((k + 1) * n) / count);
    let min = Infinity;
    let max = -Infinity;
    let sum = 0;
    let seen = 0;
    for (let i = from; i < to; i++) {
      const v = values[i];
      if (v === null) continue;
      if (v < min) min = v;
      if (v > max) max = v;
      sum += v;
      seen++;
    }
    out[k] = seen ? { from, to, min, avg: sum / seen, max } : { from, to, min: null, avg: null, max: null };
  }
  return out;
}

/** The bucket holding report `index`. */
export function bucketOf(buckets: readonly QosBucket[], index: number): number {
  let lo = 0;
  let hi = buckets.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (buckets[mid].from <= index) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
