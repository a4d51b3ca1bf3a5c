import { createContext } from '@lit/context';

/** One keyboard shortcut: the key as `KeyboardEvent.key` reports it, what it does, and the action. */
export interface Shortcut {
  key: string;
  /** What it does, as the shortcuts help lists it. */
  label: string;
  run(event: KeyboardEvent): void;
}

/** True when the key press belongs to a text field (typing `/` or `j` there must type it). */
function inEditable(event: KeyboardEvent): boolean {
  const target = event.composedPath()[0];
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) return !['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file'].includes(target.type);
  return false;
}

/**
 * The page's single-key shortcuts (`/` search, `j`/`k` rows, `?` help), registered by the elements
 * that act on them and dispatched from one `keydown` listener on the document. Keys pressed in a text
 * field, inside an open modal dialog other than the page, or with Ctrl/Alt/Meta are left alone.
 */
export class ShortcutRegistry {
  private readonly shortcuts: Shortcut[] = [];
  private doc?: Document;

  /** Adds a shortcut; returns the function that removes it. */
  register(shortcut: Shortcut): () => void {
    this.shortcuts.push(shortcut);
    return () => {
      const i = this.shortcuts.indexOf(shortcut);
      if (i >= 0) this.shortcuts.splice(i, 1);
    };
  }

  /** What is registered, in order (for the help). */
  get list(): readonly Shortcut[] {
    return this.shortcuts;
  }

  /** Starts listening on `doc`. */
  listen(doc: Document): void {
    if (this.doc === doc) return;
    this.stop();
    this.doc = doc;
    doc.addEventListener('keydown', this.onKeydown);
  }

  stop(): void {
    this.doc?.removeEventListener('keydown', this.onKeydown);
    this.doc = undefined;
  }

  private onKeydown = (event: KeyboardEvent): void => {
    if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || inEditable(event)) return;
    // While a modal dialog is open, the page behind it does not react.
    if (this.doc?.querySelector('dialog:modal') || event.composedPath().some((node) => node instanceof HTMLDialogElement && node.open)) return;
    const shortcut = [...this.shortcuts].reverse().find((s) => s.key === event.key);
    if (!shortcut) return;
    event.preventDefault();
    shortcut.run(event);
  };
}

/** The shortcuts `<conversations-provider>` provides (and lists on `?`). */
export const shortcutsContext = createContext<ShortcutRegistry | undefined>(Symbol.for('conversations-kit/shortcuts'));
