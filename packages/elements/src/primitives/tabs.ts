import { html, type TemplateResult } from 'lit';

/** One tab of a tablist: its id (the tab is `#tab-<id>`, its panel `#panel-<id>`) and its label. */
export interface TabSpec<T extends string> {
  id: T;
  label: unknown;
}

export interface TabsOptions<T extends string> {
  tabs: readonly TabSpec<T>[];
  selected: T;
  /** The tablist's accessible name. */
  label: string;
  /** Called when a tab is chosen (click, arrows, Home/End). */
  onSelect: (id: T) => void;
  /** The element rendering the tabs (for focus after a keyboard move, and its direction). */
  host: HTMLElement & { updateComplete: Promise<unknown> };
  /** Moves focus to the selected tab when a dialog opens (`autofocus`). */
  autofocus?: boolean;
  /** Exposed as `part` of the tablist and of each tab (default `tabs` / `tab`). */
  part?: string;
}

/**
 * The WAI-ARIA tabs pattern once for every element: a `role="tablist"` of `role="tab"` buttons with
 * roving `tabindex`, arrows (mirrored in right-to-left), Home and End select and focus a tab
 * (automatic activation). The element renders the panels (`role="tabpanel" id="panel-<id>"
 * aria-labelledby="tab-<id>"`); styles stay the element's (`.tabs` / `[role="tab"]`).
 */
export function renderTabs<T extends string>(o: TabsOptions<T>): TemplateResult {
  const ids = o.tabs.map((tab) => tab.id);
  const onKeydown = (event: KeyboardEvent) => {
    const rtl = getComputedStyle(o.host).direction === 'rtl';
    const index = ids.indexOf(o.selected);
    const step = { ArrowRight: rtl ? -1 : 1, ArrowLeft: rtl ? 1 : -1 }[event.key];
    let next: T | undefined;
    if (step !== undefined) next = ids[(index + step + ids.length) % ids.length];
    else if (event.key === 'Home') next = ids[0];
    else if (event.key === 'End') next = ids[ids.length - 1];
    if (next === undefined) return;
    event.preventDefault();
    o.onSelect(next);
    const target = next;
    void o.host.updateComplete.then(() => o.host.shadowRoot?.querySelector<HTMLElement>(`#tab-${target}`)?.focus());
  };
  const part = o.part ?? 'tabs';
  return html`<div class="tabs" role="tablist" part=${part} aria-label=${o.label} @keydown=${onKeydown}>
    ${o.tabs.map((tab) => {
      const selected = tab.id === o.selected;
      return html`<button
        type="button"
        role="tab"
        part=${part === 'tabs' ? 'tab' : `${part}-tab`}
        id="tab-${tab.id}"
        aria-controls="panel-${tab.id}"
        aria-selected=${selected ? 'true' : 'false'}
        tabindex=${selected ? 0 : -1}
        ?autofocus=${o.autofocus && selected}
        @click=${() => o.onSelect(tab.id)}
      >
        ${tab.label}
      </button>`;
    })}
  </div>`;
}
