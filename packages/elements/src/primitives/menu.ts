import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { autoUpdate, computePosition, flip, offset, shift } from '@floating-ui/dom';

/**
 * WAI-ARIA menu button behaviour for a `<button aria-haspopup="menu">` and a
 * `<div role="menu" popover="manual">` of `role="menuitem"` buttons, both rendered by the host element:
 * opening focuses the first item, arrows/Home/End move, Escape or Tab closes and focus returns to the
 * button, a click outside closes. Positioned with floating-ui in the top layer.
 *
 * Usage: `menu = new MenuController(this)`; bind `@click=${menu.toggle}` and `@keydown=${menu.onButtonKeydown}`
 * on the button, `@keydown=${menu.onMenuKeydown}` on the menu; call `menu.attach(button, menuEl)` after render.
 */
export class MenuController implements ReactiveController {
  open = false;
  private button?: HTMLElement;
  private menu?: HTMLElement;
  private cleanup?: () => void;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.close(false);
  }

  /** Sets which button and menu this controller drives (call from `updated`, or pass them to `show`). */
  attach(button: HTMLElement | null | undefined, menu: HTMLElement | null | undefined): void {
    if (button) this.button = button;
    if (menu) this.menu = menu;
  }

  toggle = (event?: Event): void => {
    const button = (event?.currentTarget as HTMLElement | undefined) ?? this.button;
    if (this.open && (!button || button === this.button)) this.close();
    else this.show(button ?? undefined);
  };

  show(button = this.button, menu = this.menu ?? this.findMenu(button), focus: 'first' | 'last' = 'first'): void {
    if (!button || !menu) return;
    if (this.open) this.close(false);
    this.button = button;
    this.menu = menu;
    this.open = true;
    button.setAttribute('aria-expanded', 'true');
    menu.showPopover?.();
    this.cleanup = autoUpdate(button, menu, () => {
      void computePosition(button, menu, { placement: 'bottom-end', strategy: 'fixed', middleware: [offset(4), flip(), shift({ padding: 8 })] }).then(({ x, y }) => {
        Object.assign(menu.style, { left: `${x}px`, top: `${y}px` });
      });
    });
    document.addEventListener('pointerdown', this.onOutside, true);
    this.items()[focus === 'first' ? 0 : this.items().length - 1]?.focus();
    this.host.requestUpdate();
  }

  close(returnFocus = true): void {
    if (!this.open) return;
    this.open = false;
    this.cleanup?.();
    this.cleanup = undefined;
    document.removeEventListener('pointerdown', this.onOutside, true);
    if (this.menu?.matches(':popover-open')) this.menu.hidePopover?.();
    this.button?.setAttribute('aria-expanded', 'false');
    if (returnFocus) this.button?.focus();
    this.host.requestUpdate();
  }

  onButtonKeydown = (event: KeyboardEvent): void => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      this.show(event.currentTarget as HTMLElement, undefined, event.key === 'ArrowDown' ? 'first' : 'last');
    }
  };

  onMenuKeydown = (event: KeyboardEvent): void => {
    const items = this.items();
    const index = items.indexOf(this.activeItem() as HTMLElement);
    const go = (i: number) => items[(i + items.length) % items.length]?.focus();
    switch (event.key) {
      case 'ArrowDown': event.preventDefault(); go(index + 1); break;
      case 'ArrowUp': event.preventDefault(); go(index - 1); break;
      case 'Home': event.preventDefault(); go(0); break;
      case 'End': event.preventDefault(); go(items.length - 1); break;
      case 'Escape': event.preventDefault(); event.stopPropagation(); this.close(); break;
      case 'Tab': this.close(false); break;
    }
  };

  /** Call from a menu item's click handler after acting, so the menu closes and focus goes back. */
  done = (): void => this.close();

  private items(): HTMLElement[] {
    return [...(this.menu?.querySelectorAll<HTMLElement>('[role^="menuitem"]') ?? [])].filter((item) => !item.hidden);
  }

  private activeItem(): Element | null {
    return (this.host.shadowRoot ?? document).activeElement;
  }

  private findMenu(button?: HTMLElement): HTMLElement | undefined {
    const id = button?.getAttribute('aria-controls');
    return id ? ((button!.getRootNode() as ShadowRoot | Document).getElementById(id) ?? undefined) : undefined;
  }

  private onOutside = (event: PointerEvent): void => {
    const path = event.composedPath();
    if ((this.menu && path.includes(this.menu)) || (this.button && path.includes(this.button))) return;
    this.close(false);
  };
}
