import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Reads design tokens (CSS custom properties) as the element sees them, for what CSS cannot paint
 * itself (canvas charts, waveforms, SVG exports): `readPalette(this, { bar: '--ck-color-accent' })`.
 * Each entry may list fallbacks: the first token with a value wins, then the literal after `|`.
 */
export function readPalette<K extends string>(element: Element, tokens: Record<K, string>): Record<K, string> {
  const style = getComputedStyle(element);
  const out = {} as Record<K, string>;
  for (const [key, spec] of Object.entries(tokens) as [K, string][]) {
    const [names, fallback = ''] = spec.split('|');
    out[key] = (names ?? '').split(',').map((name) => style.getPropertyValue(name.trim()).trim()).find(Boolean) ?? fallback.trim();
  }
  return out;
}

/**
 * Calls `onChange` when the page's theme may have changed: the OS colour scheme, or `data-ck-theme` /
 * `class` / `style` on the root element (how hosts switch themes). One per element that paints
 * tokens itself; listeners are removed when the element disconnects.
 */
export class ThemeController implements ReactiveController {
  private observer?: MutationObserver;
  private media?: MediaQueryList;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly onChange: () => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    const root = this.host.ownerDocument.documentElement;
    this.observer = new MutationObserver(() => this.onChange());
    this.observer.observe(root, { attributes: true, attributeFilter: ['data-ck-theme', 'class', 'style'] });
    this.media = matchMedia('(prefers-color-scheme: dark)');
    this.media.addEventListener('change', this.changed);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.media?.removeEventListener('change', this.changed);
  }

  private changed = (): void => this.onChange();
}
