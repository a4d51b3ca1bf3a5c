import { InvalidResponseError } from '../errors.js';
import type { Download, Page } from '../types.js';

/** The public part of a download (status and headers stay in `.withResponse()`). */
export function asDownload(d: Download): Download {
  return { blob: d.blob, filename: d.filename, contentType: d.contentType };
}

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
    if (seen.has(page.nextCursor)) {
      throw new InvalidResponseError({ status: 200, code: 'invalid_response', message: `The backend repeated a pagination cursor (${page.nextCursor})` });
    }
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
  return option ?? randomKey();
}

/** `crypto.randomUUID` exists only in secure contexts; plain-http intranet pages still get a random v4 UUID. */
function randomKey(): string {
  if (typeof globalThis.crypto?.randomUUID === 'function') return globalThis.crypto.randomUUID();
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
