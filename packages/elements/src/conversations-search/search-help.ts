import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { computePosition, flip, offset, shift } from '@floating-ui/dom';
import type { Messages } from '../i18n/messages.js';

/**
 * The search box's help on the query syntax (phrase, exclusion, OR): a light-dismiss popover
 * (`popover="auto"`) opened by the help button's `popovertarget`, so Escape and a click outside close it.
 */
export class SearchHelpController implements ReactiveController {
  open = false;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    this.host.shadowRoot?.addEventListener('toggle', this.onToggle, true);
  }

  hostDisconnected(): void {
    this.host.shadowRoot?.removeEventListener('toggle', this.onToggle, true);
  }

  toggle = (): void => {
    const popover = this.popover();
    if (!popover) return;
    if (this.open) popover.hidePopover();
    else popover.showPopover();
  };

  private popover(): HTMLElement | null {
    return this.host.shadowRoot?.querySelector<HTMLElement>('#search-help') ?? null;
  }

  private onToggle = (event: Event): void => {
    const popover = event.target as HTMLElement;
    if (popover.id !== 'search-help') return;
    this.open = (event as ToggleEvent).newState === 'open';
    this.host.requestUpdate();
    const button = this.host.shadowRoot?.querySelector<HTMLElement>('.help-btn');
    if (this.open && button) {
      void computePosition(button, popover, { placement: 'bottom-end', strategy: 'fixed', middleware: [offset(4), flip(), shift({ padding: 8 })] }).then(
        ({ x, y }) => Object.assign(popover.style, { left: `${x}px`, top: `${y}px` }),
      );
    }
  };
}

export function renderSearchHelp(t: Messages): TemplateResult {
  const rows: [string, string][] = [
    [t.searchHelpPhraseExample, t.searchHelpPhrase],
    [t.searchHelpExcludeExample, t.searchHelpExclude],
    [t.searchHelpOrExample, t.searchHelpOr],
  ];
  return html`<div id="search-help" class="search-help" part="help" popover="auto" role="region" aria-labelledby="search-help-title">
    <p class="help-title" id="search-help-title">${t.searchHelpTitle}</p>
    <dl>
      ${rows.map(([example, meaning]) => html`<dt><code>${example}</code></dt><dd>${meaning}</dd>`)}
    </dl>
    <p class="help-note">${t.searchHelpId}</p>
  </div>`;
}
