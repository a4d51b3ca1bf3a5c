import { nothing } from 'lit';
import { AsyncDirective, directive, type PartInfo, PartType } from 'lit/async-directive.js';
import type { ElementPart } from 'lit';
import { computePosition, flip, offset, shift } from '@floating-ui/dom';

/**
 * `<button ${tooltip(text)}>` — shows `text` in a tooltip on hover and on keyboard focus, and makes it
 * the element's accessible description while shown (set in the focus handler, before assistive
 * technology reads the newly focused element). One tooltip node per shadow root, in the top layer
 * (`popover`), so scroll containers never clip it. Escape hides it (WCAG 1.4.13).
 */
const tooltips = new WeakMap<Document | ShadowRoot, HTMLElement>();
let nextId = 0;

function tooltipFor(root: Document | ShadowRoot): HTMLElement {
  let tip = tooltips.get(root);
  if (!tip) {
    tip = document.createElement('div');
    tip.id = `ck-tooltip-${++nextId}`;
    tip.setAttribute('role', 'tooltip');
    tip.setAttribute('popover', 'manual');
    tip.setAttribute('part', 'tooltip');
    Object.assign(tip.style, {
      margin: '0', position: 'fixed', inset: 'auto', maxWidth: '280px', padding: '6px 8px', border: '0',
      borderRadius: 'var(--ck-radius-md)', background: 'var(--ck-color-text)', color: 'var(--ck-color-surface)',
      fontSize: 'var(--ck-font-size-sm)', lineHeight: '1.35', boxShadow: 'var(--ck-shadow-popover)', pointerEvents: 'none',
      overflowWrap: 'anywhere', whiteSpace: 'normal', textAlign: 'start', fontWeight: '400', textTransform: 'none', letterSpacing: 'normal',
    });
    (root instanceof Document ? root.body : root).append(tip);
    tooltips.set(root, tip);
  }
  return tip;
}

class TooltipDirective extends AsyncDirective {
  private element?: HTMLElement;
  private text = '';
  private describe?: HTMLElement;

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('tooltip() must be used on an element');
  }

  render(_text: string) {
    return nothing;
  }

  override update(part: ElementPart, [text]: [string]) {
    this.text = text;
    if (this.element !== part.element) {
      this.detach();
      this.element = part.element as HTMLElement;
      this.attach();
    }
    if (this.describe && this.describe.dataset.owner === this.ownerKey()) this.describe.textContent = text;
    return nothing;
  }

  private ownerKey = () => (this.element ? (this.element.dataset.ckTipKey ??= String(++nextId)) : '');

  private show = () => {
    const el = this.element;
    if (!el || !this.text) return;
    const tip = (this.describe = tooltipFor(el.getRootNode() as Document | ShadowRoot));
    tip.textContent = this.text;
    tip.dataset.owner = this.ownerKey();
    el.setAttribute('aria-describedby', tip.id);
    if (!tip.matches(':popover-open')) tip.showPopover?.();
    void computePosition(el, tip, { placement: 'top', strategy: 'fixed', middleware: [offset(6), flip(), shift({ padding: 6 })] }).then(({ x, y }) => {
      Object.assign(tip.style, { left: `${x}px`, top: `${y}px` });
    });
  };

  private hide = () => {
    const tip = this.describe;
    this.element?.removeAttribute('aria-describedby');
    if (tip && tip.dataset.owner === this.ownerKey() && tip.matches(':popover-open')) tip.hidePopover?.();
  };

  private onKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape') this.hide();
  };

  private attach() {
    const el = this.element;
    if (!el) return;
    el.addEventListener('mouseenter', this.show);
    el.addEventListener('focus', this.show);
    el.addEventListener('mouseleave', this.hide);
    el.addEventListener('blur', this.hide);
    el.addEventListener('keydown', this.onKey);
  }

  private detach() {
    const el = this.element;
    if (!el) return;
    el.removeEventListener('mouseenter', this.show);
    el.removeEventListener('focus', this.show);
    el.removeEventListener('mouseleave', this.hide);
    el.removeEventListener('blur', this.hide);
    el.removeEventListener('keydown', this.onKey);
  }

  protected override disconnected() {
    this.hide();
  }

  protected override reconnected() {
    this.attach();
  }
}

export const tooltip = directive(TooltipDirective);
