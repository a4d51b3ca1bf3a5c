import type { TranscriptItem } from '@conversations-kit/sdk';

interface Timed {
  start: number;
  end: number;
  index: number;
}

const cache = new WeakMap<readonly TranscriptItem[], Timed[]>();

function timeline(items: readonly TranscriptItem[]): Timed[] {
  let timed = cache.get(items);
  if (!timed) {
    timed = [];
    items.forEach((item, index) => {
      if (item.offsetSeconds == null || !Number.isFinite(item.offsetSeconds)) return;
      const duration = item.durationSeconds != null && Number.isFinite(item.durationSeconds) ? Math.max(0, item.durationSeconds) : 0;
      timed!.push({ start: item.offsetSeconds, end: item.offsetSeconds + duration, index });
    });
    timed.sort((a, b) => a.start - b.start || a.index - b.index);
    cache.set(items, timed);
  }
  return timed;
}

/** Index of the last timed item that starts at or before `seconds` (binary search), or -1. */
function lastStartingBefore(timed: Timed[], seconds: number): number {
  let lo = 0;
  let hi = timed.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (timed[mid]!.start <= seconds) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/**
 * The item being played at `seconds`: the one whose [offsetSeconds, offsetSeconds + durationSeconds)
 * contains it (the latest-starting one when turns overlap), or -1 between turns.
 */
export function itemPlayingAt(items: readonly TranscriptItem[], seconds: number): number {
  const timed = timeline(items);
  for (let i = lastStartingBefore(timed, seconds); i >= 0; i--) {
    const turn = timed[i]!;
    if (seconds < turn.end) return turn.index;
    // Earlier turns can only contain `seconds` if they are longer than this gap; look back a few.
    if (seconds - turn.start > 600) break;
  }
  return -1;
}

/** The item at `seconds` for a pointer on a timeline: the containing one, else the latest that started before. */
export function itemNearest(items: readonly TranscriptItem[], seconds: number): number {
  const playing = itemPlayingAt(items, seconds);
  if (playing >= 0) return playing;
  const timed = timeline(items);
  const i = lastStartingBefore(timed, seconds);
  return i >= 0 ? timed[i]!.index : (timed[0]?.index ?? -1);
}
