/**
 * Long loops on the main thread (exports, big listings) give the event loop a turn every few
 * milliseconds, so no user's request holds every other user's for more than a slice. Awaiting
 * resolved promises is not enough: microtasks run before any I/O, so only a macrotask yields.
 */
import { setImmediate as nextMacrotask } from 'node:timers/promises';

/** Default slice: well under the ~50 ms a request may hold the loop. */
export const SLICE_MS = 15;

export class TimeSlice {
  private started = performance.now();

  constructor(private readonly budgetMs = SLICE_MS) {}

  /** Yields to the event loop when this slice has used its budget. */
  async pause(): Promise<void> {
    if (performance.now() - this.started < this.budgetMs) return;
    await nextMacrotask();
    this.started = performance.now();
  }
}

/** The same items, with a turn for the event loop whenever a slice is used up. */
export async function* sliced<T>(source: AsyncIterable<T> | Iterable<T>, budgetMs = SLICE_MS): AsyncGenerator<T> {
  const slice = new TimeSlice(budgetMs);
  for await (const item of source) {
    yield item;
    await slice.pause();
  }
}
