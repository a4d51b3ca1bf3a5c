import type { CheckContext } from '../context.js';

export interface Check {
  /** Stable id, `area.what` (used by `--only`). */
  id: string;
  title: string;
  run(ctx: CheckContext): Promise<void>;
}

/** Walks every page of a list operation, returning the pages. */
export async function walkPages<T>(
  fetchPage: (cursor: string | undefined) => Promise<{ items: T[]; nextCursor: string | null }>,
  maxPages: number,
): Promise<{ items: T[]; pages: number; complete: boolean }> {
  const items: T[] = [];
  let cursor: string | undefined;
  for (let pages = 1; pages <= maxPages; pages++) {
    const page = await fetchPage(cursor);
    items.push(...page.items);
    if (!page.nextCursor) return { items, pages, complete: true };
    cursor = page.nextCursor;
  }
  return { items, pages: maxPages, complete: false };
}

export function contentDispositionFilename(header: string | null): string | null {
  if (!header) return null;
  const m = /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(header);
  return m?.[1] ? decodeURIComponent(m[1]) : null;
}
