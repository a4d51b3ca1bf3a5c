import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { clampOffset, geometry, offsetForIndex, offsetForScroll, scrollForOffset, slotIndex, type ScrollGeometry } from './virtual-scroll.js';

/** Rows rendered above and below the viewport, so fast scrolling rarely shows unrendered space. */
const OVERSCAN = 2;
/** However tall the host, never more row elements than this (a host with no height must not render every row). */
export const MAX_ROW_ELEMENTS = 60;
/** Rows are placed relative to an anchor row; it moves in steps so most scroll frames leave row transforms alone. */
const ANCHOR_STEP = 1000;
/** Rows are put back in reading order this long after scrolling stops (screen readers read DOM order). */
const REORDER_IDLE_MS = 160;

/** What the controller needs from the table. */
export interface ScrollHost extends ReactiveControllerHost, HTMLElement {
  /** Rows in the list now (grows while a count-less list pages). */
  readonly rowTotal: number;
  /** Asks the data for rows `first..last`. */
  ensureRows(first: number, last: number): void;
  /** The reader scrolled by hand (not a scroll the controller set). */
  userScrolled(offset: number): void;
}

/**
 * Windowed, scaled scrolling over a fixed pool of row elements ("slots").
 *
 * - Scaled: the spacer never grows past a height browsers lay out (see `virtual-scroll.ts`), so ten
 *   million rows stay reachable and `scrollToIndex` is exact.
 * - Slots: slot `s` shows the row `i` of the range with `i % slots === s`, so a row that stays in view
 *   keeps its element and a row that leaves hands its element to the row entering on the other side.
 *   Slots are rendered in a fixed DOM order while scrolling (moving nodes restyles and relayouts their
 *   subtree) and each is placed with its own `transform`; they return to reading order once scrolling
 *   stops.
 */
export class ScaledScrollController implements ReactiveController {
  rowHeight = 40;
  viewportHeight = 0;
  /** Content offset: px from the first row's top to the viewport's top. */
  offset = 0;
  geometry: ScrollGeometry = geometry(0, 40, 0);
  /** Rendered rows, inclusive. */
  range: [number, number] = [0, -1];
  /** Row whose top is the window's origin. */
  anchor = 0;
  /** Slots in DOM order (sorted by row index whenever scrolling rests). */
  order: number[] = [];

  private geometryTotal = 0;
  private expectScroll: number | null = null;
  /** The scroller's scrollTop as last set or reported (reading it back would force a layout). */
  private lastScrollTop = 0;
  private idleTimer?: ReturnType<typeof setTimeout>;
  private scroller?: HTMLElement;
  private windowEl?: HTMLElement;
  private spacer?: HTMLElement;

  constructor(private readonly host: ScrollHost) {
    host.addController(this);
  }

  hostDisconnected(): void {
    clearTimeout(this.idleTimer);
  }

  /** Number of row elements: the rows in view plus overscan, bounded. */
  get slots(): number {
    const visible = Math.ceil(this.viewportHeight / this.rowHeight) + 1;
    return Math.max(1, Math.min(MAX_ROW_ELEMENTS, visible + 2 * OVERSCAN));
  }

  /** The row a slot shows, or -1 when the range is shorter than the pool. */
  indexOfSlot(slot: number): number {
    const i = slotIndex(slot, this.range[0], this.slots);
    return i <= this.range[1] ? i : -1;
  }

  /** The transform that puts row `index` at its place inside the window. */
  rowTransform(index: number): string {
    return `translateY(${(index - this.anchor) * this.rowHeight}px)`;
  }

  /** Gives the controller its elements (after each render; they change when the list is replaced). */
  attach(scroller: HTMLElement | null | undefined, windowEl: HTMLElement | null | undefined, spacer: HTMLElement | null | undefined): void {
    this.scroller = scroller ?? undefined;
    this.windowEl = windowEl ?? undefined;
    this.spacer = spacer ?? undefined;
    this.positionWindow();
  }

  /** Reads the row height and viewport (on resize, density or search changes). */
  measure(rowHeight: number): void {
    this.rowHeight = rowHeight;
    const scroller = this.scroller;
    if (scroller) {
      const header = scroller.querySelector<HTMLElement>('.head');
      this.viewportHeight = Math.max(0, scroller.clientHeight - (header?.offsetHeight ?? 0));
    }
    this.recompute();
    this.setOffset(this.offset);
  }

  /** Starts a new list at its first row. */
  reset(): void {
    this.offset = 0;
    this.range = [0, -1];
    this.anchor = 0;
    this.order = [];
    if (this.scroller) this.scroller.scrollTop = 0;
    this.lastScrollTop = 0;
    this.recompute();
  }

  /** Call when the list's length changed (pages arrived without a count, live rows). */
  totalChanged(): void {
    if (this.host.rowTotal === this.geometryTotal) return;
    this.recompute();
    this.setOffset(this.offset);
  }

  recompute(): void {
    this.geometryTotal = this.host.rowTotal;
    this.geometry = geometry(this.geometryTotal, this.rowHeight, this.viewportHeight);
  }

  /** Moves the view to a content offset, scrolling the container to match. */
  setOffset(offset: number): void {
    this.offset = clampOffset(this.geometry, offset, this.viewportHeight);
    const scroller = this.scroller;
    if (scroller) {
      const target = scrollForOffset(this.geometry, this.offset);
      // The spacer must be tall enough before the scroll position can be set.
      const height = `${this.geometry.spacerHeight}px`;
      if (this.spacer && this.spacer.style.height !== height) this.spacer.style.height = height;
      if (Math.abs(this.lastScrollTop - target) > 0.5) {
        this.expectScroll = target;
        scroller.scrollTop = target;
      }
      this.lastScrollTop = target;
    }
    this.updateRange();
  }

  /** Scrolls row `index` into view. */
  scrollToIndex(index: number, align: 'nearest' | 'start' | 'center' | 'end'): void {
    this.setOffset(offsetForIndex(index, this.rowHeight, this.offset, this.viewportHeight, align));
  }

  /** The rows a page of the keyboard moves by. */
  get pageRows(): number {
    return Math.max(1, Math.floor(this.viewportHeight / this.rowHeight) - 1);
  }

  onScroll = (): void => {
    const scroller = this.scroller;
    if (!scroller) return;
    const top = scroller.scrollTop;
    this.lastScrollTop = top;
    if (this.expectScroll === null || Math.abs(top - this.expectScroll) > 1.5) {
      this.offset = offsetForScroll(this.geometry, top, this.viewportHeight);
      this.host.userScrolled(this.offset);
    }
    // else: our own scroll — keep the exact offset (scrollTop is rounded).
    this.expectScroll = null;
    this.updateRange();
  };

  private updateRange(): void {
    const total = this.host.rowTotal;
    const first = Math.floor(this.offset / this.rowHeight);
    const visible = Math.ceil(this.viewportHeight / this.rowHeight) + 1;
    const from = Math.max(0, Math.min(first - OVERSCAN, total - this.slots));
    const to = Math.min(total - 1, from + this.slots - 1);
    if (from !== this.range[0] || to !== this.range[1]) {
      this.range = [from, to];
      if (from < this.anchor || from - this.anchor >= ANCHOR_STEP) this.anchor = from;
      if (this.order.length !== this.slots) this.order = this.sortedOrder();
      else this.scheduleReorder();
      this.host.requestUpdate();
    }
    this.host.ensureRows(first, first + visible);
    this.positionWindow();
  }

  private sortedOrder(): number[] {
    const n = this.slots;
    return Array.from({ length: n }, (_, k) => (this.range[0] + k) % n);
  }

  private scheduleReorder(): void {
    clearTimeout(this.idleTimer);
    this.idleTimer = setTimeout(() => {
      const sorted = this.sortedOrder();
      if (sorted.some((s, k) => s !== this.order[k])) {
        this.order = sorted;
        this.host.requestUpdate();
      }
    }, REORDER_IDLE_MS);
  }

  /** Places the window so that the anchor row sits at its place in the viewport. */
  positionWindow(): void {
    const win = this.windowEl;
    if (!win) return;
    const top = this.geometry.scale === 1 ? this.anchor * this.rowHeight : this.lastScrollTop + this.anchor * this.rowHeight - this.offset;
    const transform = `translateY(${top}px)`;
    if (win.style.transform !== transform) win.style.transform = transform;
  }
}
