import type { TranscriptItem } from '@conversations-kit/sdk';

/**
 * Adds items (a page, or live appends) to a transcript: drops ones already present (a live item may
 * arrive before the page that also holds it) and keeps `seq` order. Returns the same array when
 * nothing is new, so renders that depend on identity stay cheap.
 */
export function mergeItems(existing: readonly TranscriptItem[], incoming: readonly TranscriptItem[]): readonly TranscriptItem[] {
  if (incoming.length === 0) return existing;
  const known = new Set(existing.map((item) => item.id));
  const fresh = incoming.filter((item) => item && !known.has(item.id) && (known.add(item.id), true));
  if (fresh.length === 0) return existing;
  const last = existing.length ? existing[existing.length - 1]!.seq : -Infinity;
  const ordered = fresh.every((item, i) => item.seq > (i === 0 ? last : fresh[i - 1]!.seq));
  return ordered ? [...existing, ...fresh] : [...existing, ...fresh].sort((a, b) => a.seq - b.seq);
}
