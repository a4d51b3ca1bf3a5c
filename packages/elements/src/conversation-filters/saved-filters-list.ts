import { html, nothing, type TemplateResult } from 'lit';
import type { SavedFilter } from '@conversations-kit/sdk';
import type { Messages } from '../i18n/messages.js';
import type { MenuController } from '../primitives/menu.js';
import { tooltip } from '../primitives/tooltip.js';
import { icon, icons } from '../icons/icons.js';
import { renderError } from '../base/states.js';
import { renderDialogHeader } from '../primitives/dialog.js';
import { countFilters } from '../conversations-table/query.js';

/** The name prompt (Save & Apply, Duplicate) or the delete confirmation. */
export interface NamePrompt {
  mode: 'save' | 'rename' | 'delete';
  filter?: SavedFilter;
  value: string;
  error: string | null;
  busy: boolean;
}

/** What the Filters tab shows and what its controls do. */
export interface SavedListView {
  t: Messages;
  canManage: boolean;
  saved: SavedFilter[] | null;
  error: unknown;
  appliedId: string | undefined;
  menu: MenuController;
  menuFor: SavedFilter | null;
  reload(): void;
  applySaved(filter: SavedFilter): void;
  openMenu(event: Event, filter: SavedFilter): void;
  edit(filter: SavedFilter): void;
  duplicate(filter: SavedFilter): void;
  markDefault(filter: SavedFilter): void;
  remove(filter: SavedFilter): void;
}

/**
 * The Filters tab: the caller's saved filters, each with its ⋮ menu. The menu is rendered inside
 * the tab, so inside the modal panel: outside it, the modal dialog would make it inert.
 */
export function renderSavedList(v: SavedListView): TemplateResult {
  const t = v.t;
  let body: TemplateResult;
  if (!v.canManage) body = html`<p class="hint">${t.filterNoManage}</p>`;
  else if (v.error) body = renderError(v.error, t, () => v.reload());
  else if (!v.saved) body = html`<p class="hint" role="status">${t.loading}</p>`;
  else if (v.saved.length === 0) body = html`<p class="hint">${t.filterSavedEmpty}</p>`;
  else
    body = html`<ul class="saved">
      ${v.saved.map(
        (f) => html`<li class=${v.appliedId === f.id ? 'applied' : ''}>
          <button class="apply-saved" @click=${() => v.applySaved(f)}>
            <span class="name" dir="auto">${f.name}</span>
            ${f.isDefault ? html`<span class="default-badge">${t.filterDefaultBadge}</span>` : nothing}
            <span class="summary">${t.filterApplied(countFilters(f.query))}</span>
          </button>
          <button
            class="icon-btn"
            aria-haspopup="menu"
            aria-controls="saved-menu"
            aria-expanded=${v.menu.open && v.menuFor?.id === f.id ? 'true' : 'false'}
            aria-label=${t.filterSavedActions(f.name)}
            ${tooltip(t.filterSavedActions(f.name))}
            @click=${(e: Event) => v.openMenu(e, f)}
            @keydown=${(e: KeyboardEvent) => {
              // Arrow keys open the menu on this filter (the controller then focuses an item).
              if (e.key === 'ArrowDown' || e.key === 'ArrowUp') v.openMenu(e, f);
            }}
          >
            ${icon(icons.more)}
          </button>
        </li>`,
      )}
    </ul>`;
  return html`<div class="dialog-body" role="tabpanel" id="panel-saved" aria-labelledby="tab-saved">${body}${renderSavedMenu(v)}</div>`;
}

function renderSavedMenu(v: SavedListView): TemplateResult {
  const t = v.t;
  const f = v.menuFor;
  const act = (run: () => void) => () => {
    v.menu.done();
    run();
  };
  return html`<div id="saved-menu" role="menu" popover="manual" aria-label=${f ? t.filterSavedActions(f.name) : t.filtersTitle} @keydown=${v.menu.onMenuKeydown}>
    ${f
      ? html`<button role="menuitem" tabindex="-1" @click=${act(() => v.edit(f))}>${icon(icons.edit)}${t.filterEdit}</button>
          <button role="menuitem" tabindex="-1" @click=${act(() => v.duplicate(f))}>${icon(icons.copy)}${t.filterDuplicate}</button>
          <button role="menuitem" tabindex="-1" aria-disabled=${f.isDefault ? 'true' : 'false'} @click=${() => !f.isDefault && act(() => v.markDefault(f))()}>
            ${icon(icons.star)}${t.filterMarkDefault}
          </button>
          <div role="separator"></div>
          <button role="menuitem" tabindex="-1" class="danger" @click=${act(() => v.remove(f))}>${icon(icons.trash)}${t.filterDelete}</button>`
      : nothing}
  </div>`;
}

/** The name prompt / delete confirmation dialog. */
export function renderPrompt(
  t: Messages,
  p: NamePrompt | null,
  on: { submit(event: Event): void; input(value: string): void; close(): void; closed(): void },
): TemplateResult {
  const title = !p ? '' : p.mode === 'save' ? t.filterNameTitle : p.mode === 'rename' ? t.filterRenameTitle : t.filterDeleteTitle;
  const submit = !p ? '' : p.mode === 'save' ? t.filterSaveApply : p.mode === 'rename' ? t.filterSave : t.filterDelete;
  return html`<dialog class="prompt" aria-labelledby="prompt-title" @close=${on.closed}>
    ${p
      ? html`<form method="dialog" novalidate @submit=${on.submit}>
          ${renderDialogHeader({ id: 'prompt-title', title, closeLabel: t.close, onClose: on.close })}
          <div class="dialog-body">
            ${p.mode === 'delete'
              ? html`<p dir="auto">${t.filterDeleteConfirm(p.filter?.name ?? '')}</p>`
              : html`<div class="field">
                  <label for="prompt-name">${t.filterName}</label>
                  <input
                    id="prompt-name"
                    type="text"
                    maxlength="100"
                    required
                    autofocus
                    aria-invalid=${p.error ? 'true' : 'false'}
                    aria-describedby=${p.error ? 'prompt-error' : nothing}
                    .value=${p.value}
                    @input=${(e: Event) => on.input((e.target as HTMLInputElement).value)}
                  />
                </div>`}
            ${p.error ? html`<p class="form-error" id="prompt-error" role="alert">${p.error}</p>` : nothing}
          </div>
          <div class="dialog-footer">
            <button type="button" class="btn" @click=${on.close}>${t.cancel}</button>
            <button type="submit" class="btn ${p.mode === 'delete' ? 'danger-solid' : 'primary'}" ?disabled=${p.busy}>${submit}</button>
          </div>
        </form>`
      : nothing}
  </dialog>`;
}
