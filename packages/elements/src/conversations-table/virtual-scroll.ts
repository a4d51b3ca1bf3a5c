/**
 * Scaled scrolling: the scroll container never grows past a height every browser can lay out, and a
 * scroll position maps linearly onto the (possibly much taller) list. Below the ceiling the scale is
 * exactly 1, so rows scroll natively on the compositor; above it (e.g. 1M rows × 40 px = 40M px) one
 * pixel of scrollbar moves `scale` pixels of rows, and the last row stays reachable.
 *
 * Chromium cuts elements off near 33.5M px and Firefox near 17.9M px; 15M leaves room in both.
 */
export const MAX_SCROLL_HEIGHT = 15_000_000;

export interface ScrollGeometry {
  /** Height the rows would need, in px. */
  contentHeight: number;
  /** Height given to the scrolling spacer, in px (≤ MAX_SCROLL_HEIGHT). */
  spacerHeight: number;
  /** Content px per scroll px (1 when the list fits). */
  scale: number;
}

export function geometry(total: number, rowHeight: number, viewportHeight: number, max = MAX_SCROLL_HEIGHT): ScrollGeometry {
  const contentHeight = Math.max(0, total * rowHeight);
  const spacerHeight = Math.min(contentHeight, max);
  const scrollable = spacerHeight - viewportHeight;
  const scale = contentHeight > spacerHeight && scrollable > 0 ? (contentHeight - viewportHeight) / scrollable : 1;
  return { contentHeight, spacerHeight, scale };
}

/** Content offset (px from the first row's top to the viewport's top) for a scroll position. */
export function offsetForScroll(g: ScrollGeometry, scrollTop: number, viewportHeight: number): number {
  return clampOffset(g, scrollTop * g.scale, viewportHeight);
}

export function scrollForOffset(g: ScrollGeometry, offset: number): number {
  return offset / g.scale;
}

export function clampOffset(g: ScrollGeometry, offset: number, viewportHeight: number): number {
  return Math.max(0, Math.min(offset, Math.max(0, g.contentHeight - viewportHeight)));
}

/** The offset that brings row `index` into view: `nearest` moves as little as possible. */
export function offsetForIndex(
  index: number,
  rowHeight: number,
  current: number,
  viewportHeight: number,
  align: 'nearest' | 'start' | 'center' | 'end' = 'nearest',
): number {
  const top = index * rowHeight;
  const bottom = top + rowHeight;
  switch (align) {
    case 'start':
      return top;
    case 'center':
      return top - (viewportHeight - rowHeight) / 2;
    case 'end':
      return bottom - viewportHeight;
    default:
      if (top < current) return top;
      if (bottom > current + viewportHeight) return bottom - viewportHeight;
      return current;
  }
}

/**
 * The row a recycled row element ("slot") shows: the unique index `i` in `[from, from + slots)` with
 * `i % slots === slot`. A row that stays in the range keeps its slot as the range moves.
 */
export function slotIndex(slot: number, from: number, slots: number): number {
  return from + ((((slot - from) % slots) + slots) % slots);
}
