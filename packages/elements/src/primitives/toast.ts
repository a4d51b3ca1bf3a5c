import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { announce } from '../util/announce.js';

/**
 * A short confirmation ("Filter created", "Export completed") shown in the host's `.toast` popover
 * and spoken through the page's polite live region. The toast itself is aria-hidden so screen
 * readers hear each message once. Render it with `renderToast(controller)` (styles: `popupStyles`).
 */
export class ToastController implements ReactiveController {
  message = '';
  tone: 'info' | 'error' = 'info';
  private timer?: ReturnType<typeof setTimeout>;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement, private readonly ms = 5000) {
    host.addController(this);
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
  }

  show(message: string, tone: 'info' | 'error' = 'info'): void {
    this.message = message;
    this.tone = tone;
    announce(message);
    this.host.requestUpdate();
    clearTimeout(this.timer);
    void this.host.updateComplete.then(() => {
      const el = this.element();
      if (el && !el.matches(':popover-open')) el.showPopover?.();
    });
    this.timer = setTimeout(() => this.hide(), this.ms);
  }

  hide(): void {
    const el = this.element();
    if (el?.matches(':popover-open')) el.hidePopover?.();
    this.message = '';
    this.host.requestUpdate();
  }

  private element(): HTMLElement | null | undefined {
    return this.host.shadowRoot?.querySelector<HTMLElement>('.toast');
  }
}

/** The toast's element: one per host, in the top layer (`popover`), so modal dialogs never cover it. */
export function renderToast(toast: ToastController): TemplateResult {
  return html`<div class="toast ${toast.tone}" popover="manual" aria-hidden="true">${toast.message}</div>`;
}
