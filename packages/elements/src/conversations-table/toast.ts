import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { announce } from '../util/announce.js';

/**
 * A short confirmation ("Filter created", "Export completed") shown in the host's `.toast` popover
 * and spoken through the page's polite live region. The toast itself is aria-hidden so screen
 * readers hear each message once.
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
