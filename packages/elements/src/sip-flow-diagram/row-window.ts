import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Windowing for a list of fixed-height rows inside a scroll container: only the rows in view (plus an
 * overscan on each side) are rendered, absolutely positioned in a spacer as tall as the whole list.
 * Ladder rows all have one height, so no measuring is needed — which also keeps ResizeObserver out of
 * the scroll path (a measuring virtualizer re-sizing its host inside the observer callback trips
 * Chromium's "ResizeObserver loop" error). 5,000 rows × 44 px stay far below browsers' height limits.
 */
export class RowWindowController implements ReactiveController {
  /** First and last (inclusive) rendered row. */
  first = 0;
  last = -1;
  private scroller?: HTMLElement;
  private observer?: ResizeObserver;
  private viewport = 0;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: { rowHeight: () => number; count: () => number; overscan?: number },
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.attach(undefined);
  }

  /** Call after each render with the scroll container (or undefined when it is gone). */
  attach(scroller: HTMLElement | undefined): void {
    if (scroller === this.scroller) return;
    this.scroller?.removeEventListener('scroll', this.onScroll);
    this.observer?.disconnect();
    this.scroller = scroller;
    if (!scroller) return;
    scroller.addEventListener('scroll', this.onScroll, { passive: true });
    this.observer = new ResizeObserver(() => {
      // Runs after layout; only the rendered range changes, never the observed element's size.
      if (scroller.clientHeight !== this.viewport) this.recompute();
    });
    this.observer.observe(scroller);
    this.recompute();
  }

  /** Recomputes the range (after the item count changed, or on scroll/resize). */
  recompute(): void {
    const scroller = this.scroller;
    const count = this.options.count();
    const row = this.options.rowHeight();
    const overscan = this.options.overscan ?? 8;
    this.viewport = scroller?.clientHeight ?? 0;
    const top = scroller?.scrollTop ?? 0;
    // Before layout (clientHeight 0) render a screenful so the first paint is not empty.
    const visible = Math.ceil((this.viewport || 800) / row);
    const first = Math.max(0, Math.min(count - 1, Math.floor(top / row) - overscan));
    const last = Math.max(-1, Math.min(count - 1, Math.floor(top / row) + visible + overscan));
    if (first !== this.first || last !== this.last) {
      this.first = first;
      this.last = last;
      this.host.requestUpdate();
    }
  }

  /** Scrolls the least amount that brings row `index` fully into view. */
  scrollToIndex(index: number): void {
    const scroller = this.scroller;
    if (!scroller) return;
    const row = this.options.rowHeight();
    const top = index * row;
    if (top < scroller.scrollTop) scroller.scrollTop = top;
    else if (top + row > scroller.scrollTop + scroller.clientHeight) scroller.scrollTop = top + row - scroller.clientHeight;
    this.recompute();
  }

  /** Whether row `index` is entirely inside the viewport. */
  isInView(index: number): boolean {
    const scroller = this.scroller;
    if (!scroller) return false;
    const row = this.options.rowHeight();
    return index * row >= scroller.scrollTop && (index + 1) * row <= scroller.scrollTop + scroller.clientHeight;
  }

  private onScroll = (): void => this.recompute();
}
