import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { icon, icons } from '../icons/icons.js';

/**
 * The modal dialog shell every element uses: a native `<dialog>` opened with `showModal()` (focus
 * trap, Escape, top layer, the page inert), its header (title + Close), and focus returned to
 * whatever opened it. Styles: `popupStyles` (`dialog`, `.dialog-header`, `.dialog-body`, `.dialog-footer`).
 *
 * Usage: `dialog = new DialogController(this, 'dialog.prompt')`; render
 * `<dialog class="prompt" aria-labelledby="prompt-title" @close=${dialog.onClose}>${renderDialogHeader(…)}…</dialog>`;
 * call `dialog.open(opener)` / `dialog.close()`.
 */
export class DialogController implements ReactiveController {
  private opener?: HTMLElement | null;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly selector: string,
    private readonly onClosed?: () => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.opener = undefined;
  }

  get element(): HTMLDialogElement | null {
    return this.host.shadowRoot?.querySelector<HTMLDialogElement>(this.selector) ?? null;
  }

  get isOpen(): boolean {
    return !!this.element?.open;
  }

  /** Opens after the host rendered (so the content is there); focus goes back to `opener` on close. */
  async open(opener: HTMLElement | null = this.activeElement()): Promise<void> {
    await this.host.updateComplete;
    const dialog = this.element;
    if (!dialog || dialog.open) return;
    this.opener = opener;
    dialog.showModal();
  }

  close(): void {
    if (this.element?.open) this.element.close();
  }

  /** Bind to the dialog's `@close`. */
  onClose = (): void => {
    const opener = this.opener;
    this.opener = undefined;
    this.onClosed?.();
    if (opener?.isConnected) opener.focus();
  };

  private activeElement(): HTMLElement | null {
    let active = document.activeElement as HTMLElement | null;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement as HTMLElement;
    return active;
  }
}

/** The dialog's header: its title (`id` for `aria-labelledby`) and the Close button. */
export function renderDialogHeader(o: { id: string; title: unknown; closeLabel: string; onClose: () => void }): TemplateResult {
  return html`<div class="dialog-header">
    <h2 id=${o.id}>${o.title}</h2>
    <button type="button" class="icon-btn" aria-label=${o.closeLabel} @click=${o.onClose}>${icon(icons.close)}</button>
  </div>`;
}
