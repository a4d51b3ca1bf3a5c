import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ConversationSummary } from '@conversations-kit/sdk';
import type { Entry } from './row-template.js';

/** What keyboard navigation needs from the table. */
export interface NavigationHost extends ReactiveControllerHost, HTMLElement {
  /** The row holding the grid's tab stop. */
  focusIndex: number;
  /** The open conversation (the panel's), if any. */
  readonly selectedId?: string;
  readonly rowTotal: number;
  /** Rows rendered now, inclusive. */
  readonly renderedRange: [number, number];
  /** Rows a PageUp/PageDown moves by. */
  readonly pageRows: number;
  entryAt(index: number): Entry | undefined;
  indexOfId(id: string): number | undefined;
  focusRow(index: number): Promise<void>;
  openRow(conversation: ConversationSummary, index: number): void;
  toggleRow(conversation: ConversationSummary): void;
}

/**
 * The ARIA grid's keyboard model (roving tab index): arrows, Home/End and PageUp/PageDown move
 * between rows; → and ← walk a row's controls; Enter opens; Space selects; `j`/`k` open the next
 * and previous conversation (the host's panel follows the `conversation-select` event).
 *
 * Row elements are recycled while scrolling, so focus follows the focused *row*: when it scrolls
 * out of the rendered range the grid itself holds focus (keys still work from it), and when it is
 * rendered again (or its placeholder filled) the row gets focus back.
 */
export class GridNavigationController implements ReactiveController {
  /** The reader is working inside the grid (focus should stay on the focused row). */
  wantFocus = false;

  constructor(private readonly host: NavigationHost) {
    host.addController(this);
  }

  hostUpdated(): void {
    this.keepFocus();
  }

  private get scroller(): HTMLElement | null | undefined {
    return this.host.shadowRoot?.querySelector<HTMLElement>('.scroller');
  }

  rowElement(index: number): HTMLElement | null | undefined {
    return this.host.shadowRoot?.querySelector<HTMLElement>(`.row[data-index="${index}"]`);
  }

  private keepFocus(): void {
    if (!this.wantFocus) return;
    const { host } = this;
    const active = host.shadowRoot?.activeElement as HTMLElement | null;
    const [from, to] = host.renderedRange;
    const inRange = host.focusIndex >= from && host.focusIndex <= to;
    const activeRow = active?.closest<HTMLElement>('.row[data-index]');
    if (activeRow && Number(activeRow.dataset.index) !== host.focusIndex) {
      // The focused element now shows another row.
      if (inRange) this.rowElement(host.focusIndex)?.focus({ preventScroll: true });
      else this.scroller?.focus({ preventScroll: true });
      return;
    }
    const doc = host.ownerDocument;
    const lost = !active && (doc.activeElement === host || doc.activeElement === doc.body);
    if ((lost || active === this.scroller) && inRange) this.rowElement(host.focusIndex)?.focus({ preventScroll: true });
    else if (lost) this.scroller?.focus({ preventScroll: true });
  }

  onFocusIn = (event: FocusEvent): void => {
    this.wantFocus = true;
    const row = (event.target as HTMLElement).closest<HTMLElement>('.row[data-index]');
    if (row) this.host.focusIndex = Number(row.dataset.index);
  };

  onFocusOut = (event: FocusEvent): void => {
    const next = event.relatedTarget as Node | null;
    if (next && this.scroller?.contains(next)) return;
    const target = event.target as HTMLElement;
    // Focus leaving because its row was re-rendered or moved is not the reader leaving the grid.
    queueMicrotask(() => {
      if (next || target.isConnected) this.wantFocus = false;
    });
  };

  /**
   * `j` / `k`: opens the next / previous conversation after the open one (or the focused row), so
   * the host's panel follows. Waits for the row's data when it is still loading.
   */
  async step(delta: 1 | -1): Promise<void> {
    const { host } = this;
    const total = host.rowTotal;
    if (!total) return;
    const current = host.selectedId ? host.indexOfId(host.selectedId) : undefined;
    const index = Math.max(0, Math.min(total - 1, (current ?? host.focusIndex - delta) + delta));
    await host.focusRow(index);
    for (let tries = 0; tries < 120 && !host.entryAt(index)?.c?.id; tries++) await new Promise((r) => requestAnimationFrame(r));
    const entry = host.entryAt(index);
    if (entry?.c?.id) host.openRow(entry.c, index);
  }

  onKeyDown = (event: KeyboardEvent): void => {
    const { host } = this;
    const target = event.target as HTMLElement;
    const total = host.rowTotal;
    if ((event.key === 'j' || event.key === 'k') && !event.ctrlKey && !event.metaKey && !event.altKey && !target.matches('input:not([type="checkbox"]), select, textarea')) {
      event.preventDefault();
      void this.step(event.key === 'j' ? 1 : -1);
      return;
    }
    if (target === this.scroller && total) {
      // The focused row is scrolled out of view: keys move from it, Enter brings it back.
      const keys = ['ArrowDown', 'ArrowUp', 'PageDown', 'PageUp', 'Home', 'End', 'Enter'];
      if (!keys.includes(event.key)) return;
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : event.key === 'ArrowUp' ? -1 : 0;
      const to = event.key === 'Home' ? 0 : event.key === 'End' ? total - 1 : host.focusIndex + step;
      void host.focusRow(Math.max(0, Math.min(total - 1, to)));
      return;
    }
    const row = target.closest<HTMLElement>('.row[data-index]');
    if (!row || event.altKey || event.metaKey) return;
    const onRow = target === row;
    const index = Number(row.dataset.index);
    const page = host.pageRows;
    const moves: Record<string, number> = { ArrowDown: index + 1, ArrowUp: index - 1, PageDown: index + page, PageUp: index - page, Home: 0, End: total - 1 };
    if (event.key in moves && (onRow || event.key.startsWith('Arrow') || event.key.startsWith('Page'))) {
      if ((event.key === 'ArrowDown' || event.key === 'ArrowUp') && !onRow && target.matches('select')) return;
      event.preventDefault();
      void host.focusRow(Math.max(0, Math.min(total - 1, moves[event.key])));
      return;
    }
    const controls = [...row.querySelectorAll<HTMLElement>('input, button, [tabindex]:not(.row)')].filter((el) => el.offsetParent !== null);
    if (event.key === 'ArrowRight' || event.key === 'ArrowLeft') {
      const forward = (event.key === 'ArrowRight') !== (getComputedStyle(host).direction === 'rtl');
      const at = onRow ? -1 : controls.indexOf(target);
      const next = forward ? at + 1 : at - 1;
      event.preventDefault();
      if (next < 0) row.focus({ preventScroll: true });
      else controls[Math.min(next, controls.length - 1)]?.focus({ preventScroll: true });
      return;
    }
    if (!onRow) {
      if (event.key === 'Escape') {
        event.preventDefault();
        row.focus({ preventScroll: true });
      }
      return;
    }
    const entry = host.entryAt(index);
    if (!entry?.c?.id) return;
    if (event.key === 'Enter') {
      event.preventDefault();
      host.openRow(entry.c, index);
    } else if (event.key === ' ') {
      event.preventDefault();
      host.toggleRow(entry.c);
    }
  };
}
