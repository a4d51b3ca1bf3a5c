// Helpers shared by the table, search and filters tests: read what a user sees, act as a user would.
import { until } from '../../test-support/backend.js';
import type { ConversationsTable } from '../conversations-table.js';

export const shadow = (el: Element) => el.shadowRoot!;

/** Rendered conversation rows (not placeholders), in index order. */
export function rowsOf(table: ConversationsTable): HTMLElement[] {
  return [...shadow(table).querySelectorAll<HTMLElement>('.row[data-id]')].sort((a, b) => Number(a.dataset.index) - Number(b.dataset.index));
}

export const loaded = (table: ConversationsTable) => until(() => rowsOf(table).length > 0, 'rows');

export function row(table: ConversationsTable, index: number): HTMLElement | null {
  return shadow(table).querySelector<HTMLElement>(`.row[data-index="${index}"]`);
}

export const cellText = (rowEl: Element, column: string) => rowEl.querySelector(`.col-${column}`)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

export const toolbarText = (table: ConversationsTable) => shadow(table).querySelector('.toolbar .summary')?.textContent?.trim() ?? '';

export const toastText = (el: Element) => shadow(el).querySelector('.toast')?.textContent?.trim() ?? '';

export function key(target: Element, k: string, init: KeyboardEventInit = {}): void {
  target.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, composed: true, cancelable: true, ...init }));
}

export const focusedIn = (el: Element) => shadow(el).activeElement as HTMLElement | null;

/** Opens a row's ⋮ menu and returns its items by label. */
export async function openRowMenu(table: ConversationsTable, index: number): Promise<Map<string, HTMLElement>> {
  row(table, index)!.querySelector<HTMLButtonElement>('[aria-controls="row-menu"]')!.click();
  const menu = shadow(table).querySelector<HTMLElement>('#row-menu')!;
  await until(() => menu.matches(':popover-open') && menu.querySelector('[role="menuitem"]'), 'row menu open');
  return new Map([...menu.querySelectorAll<HTMLElement>('[role="menuitem"]')].map((item) => [item.textContent!.trim(), item]));
}

export async function openExportMenu(table: ConversationsTable): Promise<Map<string, HTMLElement>> {
  shadow(table).querySelector<HTMLButtonElement>('[aria-controls="export-menu"]')!.click();
  const menu = shadow(table).querySelector<HTMLElement>('#export-menu')!;
  await until(() => menu.matches(':popover-open'), 'export menu open');
  return new Map([...menu.querySelectorAll<HTMLElement>('[role="menuitem"]')].map((item) => [item.textContent!.trim(), item]));
}

/** The tooltip text a focused (or hovered) control shows. */
export async function tooltipOf(el: HTMLElement): Promise<string> {
  el.focus();
  const root = el.getRootNode() as ShadowRoot;
  await until(() => root.querySelector('[role="tooltip"]:popover-open'), 'tooltip');
  return root.querySelector('[role="tooltip"]')!.textContent!.trim();
}

/** Collects `[index, value]` for rows 0..count-1, scrolling the table as needed. */
export async function collectRows<T>(table: ConversationsTable, count: number, read: (row: HTMLElement) => T): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < count; i++) {
    let el = row(table, i);
    if (!el?.dataset.id) {
      await table.scrollToIndex(i, 'start');
      await until(() => row(table, i)?.dataset.id, `row ${i}`);
      el = row(table, i);
    }
    out.push(read(el!));
  }
  return out;
}
