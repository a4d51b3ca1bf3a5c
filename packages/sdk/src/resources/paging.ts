import type { Page } from '../types.js';

/**
 * Follows `nextCursor` until the last page. Pages are fetched lazily, so breaking out of
 * `for await` stops fetching.
 */
export async function* iteratePages<T>(
  fetchPage: (cursor: string | undefined) => Promise<Page<T>>,
  startCursor?: string,
): AsyncGenerator<Page<T>, void, undefined> {
  let cursor = startCursor;
  const seen = new Set<string>();
  for (;;) {
    const page = await fetchPage(cursor);
    yield page;
    if (!page.nextCursor) return;
    // A backend that hands back a cursor it already gave would loop forever.
    if (seen.has(page.nextCursor)) throw new Error(`Pagination cursor repeated: ${page.nextCursor}`);
    seen.add(page.nextCursor);
    cursor = page.nextCursor;
  }
}

export async function* iterateItems<T>(pages: AsyncIterable<Page<T>>): AsyncGenerator<T, void, undefined> {
  for await (const page of pages) yield* page.items;
}

export function pathId(id: string): string {
  if (typeof id !== 'string' || id === '') throw new TypeError('An id (non-empty string) is required');
  return encodeURIComponent(id);
}

/** A fresh idempotency key per logical write unless the caller gave one (or opted out with `false`). */
export function idempotencyKey(option: string | false | undefined): string | undefined {
  if (option === false) return undefined;
  return option ?? globalThis.crypto.randomUUID();
}
