import { css } from 'lit';

export const filtersStyles = css`
  :host {
    display: inline-block;
  }
  .bar {
    display: flex;
    align-items: center;
    gap: var(--ck-space-2);
    flex-wrap: wrap;
  }
  .btn.active {
    border-color: var(--ck-color-accent);
    color: var(--ck-color-accent);
  }
  .badge {
    display: inline-grid;
    place-items: center;
    min-width: 18px;
    height: 18px;
    padding: 0 5px;
    border-radius: var(--ck-radius-pill);
    background: var(--ck-color-accent);
    color: var(--ck-color-text-on-accent);
    font-size: 11px;
    font-weight: 700;
  }
  .chip {
    max-width: 240px;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
    padding: 2px 10px;
    border-radius: var(--ck-radius-pill);
    background: var(--ck-color-info-bg);
    color: var(--ck-color-info-fg);
    font-size: var(--ck-font-size-sm);
    font-weight: 500;
  }

  /* ---- the panel: a side sheet on wide screens, full screen on narrow ones ---- */
  dialog.panel {
    width: min(var(--ck-conversation-filters-panel-width, 560px), 100vw);
    max-width: 100vw;
    height: 100dvh;
    max-height: 100dvh;
    margin: 0;
    margin-inline-start: auto;
    border-radius: 0;
    border-block: 0;
    border-inline-end: 0;
    display: none;
    flex-direction: column;
  }
  dialog.panel[open] {
    display: flex;
  }
  dialog.panel .dialog-body {
    flex: 1;
    min-height: 0;
  }
  .tabs {
    display: flex;
    gap: var(--ck-space-1);
    padding: 0 var(--ck-space-4);
    border-bottom: 1px solid var(--ck-color-border);
  }
  [role='tab'] {
    padding: var(--ck-space-2) var(--ck-space-3);
    border: 0;
    border-bottom: 2px solid transparent;
    background: transparent;
    color: var(--ck-color-text-muted);
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  }
  [role='tab'][aria-selected='true'] {
    color: var(--ck-color-accent);
    border-bottom-color: var(--ck-color-accent);
  }
  fieldset {
    margin: 0 0 var(--ck-space-4);
    padding: 0;
    border: 0;
    min-width: 0;
  }
  legend {
    padding: 0;
    margin-bottom: var(--ck-space-2);
    font-weight: 600;
    font-size: var(--ck-font-size-sm);
    text-transform: uppercase;
    letter-spacing: 0.04em;
    color: var(--ck-color-text-muted);
  }
  .editing {
    margin: 0 0 var(--ck-space-3);
    padding: var(--ck-space-2) var(--ck-space-3);
    border-radius: var(--ck-radius-md);
    background: var(--ck-color-info-bg);
    color: var(--ck-color-info-fg);
    font-weight: 500;
  }
  .hint {
    margin: 0 0 var(--ck-space-2);
    font-size: var(--ck-font-size-sm);
    color: var(--ck-color-text-muted);
  }
  .hint.error,
  .form-error {
    color: var(--ck-color-danger-fg);
  }
  .form-error {
    margin: 0;
    padding: var(--ck-space-2) var(--ck-space-4);
  }
  .field input,
  .field select {
    width: 100%;
  }
  .options {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(160px, 1fr));
    gap: 2px var(--ck-space-3);
  }
  .options.inline {
    grid-template-columns: repeat(auto-fill, minmax(110px, 1fr));
  }
  .options.scroll {
    max-height: 180px;
    overflow: auto;
    padding: var(--ck-space-1);
    border: 1px solid var(--ck-color-border);
    border-radius: var(--ck-radius-md);
  }
  .agent-find {
    width: 100%;
    margin-bottom: var(--ck-space-2);
  }
  .check {
    display: flex;
    align-items: center;
    gap: var(--ck-space-2);
    min-height: 28px;
    cursor: pointer;
  }
  .check input {
    margin: 0;
    width: 16px;
    height: 16px;
    accent-color: var(--ck-color-accent);
    flex: none;
  }
  .check span {
    display: inline-flex;
    align-items: center;
    gap: 6px;
    min-width: 0;
  }
  .check svg.icon {
    width: 14px;
    height: 14px;
    color: var(--ck-color-text-muted);
  }
  .row2 {
    display: grid;
    grid-template-columns: 1fr 1fr;
    gap: var(--ck-space-3);
  }
  .clauses {
    list-style: none;
    margin: var(--ck-space-2) 0;
    padding: 0;
    display: flex;
    flex-direction: column;
    gap: var(--ck-space-2);
  }
  .clause {
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto minmax(0, 1fr) auto;
    gap: var(--ck-space-2);
    align-items: center;
  }
  .clause .and {
    grid-column: 1 / -1;
    font-size: 11px;
    font-weight: 700;
    color: var(--ck-color-text-muted);
  }
  .clause input[aria-invalid='true'] {
    border-color: var(--ck-color-danger-fg);
  }
  .and-row {
    display: flex;
    align-items: center;
    gap: var(--ck-space-3);
  }
  .and-row .hint {
    margin: 0;
  }
  .spring {
    flex: 1;
  }
  .saved {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .saved li {
    display: flex;
    align-items: center;
    gap: var(--ck-space-1);
    border-bottom: 1px solid var(--ck-color-border);
  }
  .saved li.applied {
    box-shadow: inset 3px 0 0 var(--ck-color-accent);
  }
  .apply-saved {
    flex: 1;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 2px var(--ck-space-2);
    min-width: 0;
    padding: var(--ck-space-2) var(--ck-space-3);
    border: 0;
    background: transparent;
    color: inherit;
    font: inherit;
    text-align: start;
    cursor: pointer;
  }
  .apply-saved:hover {
    background: var(--ck-color-surface-hover);
  }
  .apply-saved .name {
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .apply-saved .summary {
    flex-basis: 100%;
    font-size: var(--ck-font-size-sm);
    color: var(--ck-color-text-muted);
  }
  .default-badge {
    padding: 0 6px;
    border-radius: var(--ck-radius-pill);
    background: var(--ck-color-success-bg);
    color: var(--ck-color-success-fg);
    font-size: 11px;
    font-weight: 700;
  }
  [role='menuitem'].danger {
    color: var(--ck-color-danger-fg);
  }
  .btn.danger-solid {
    background: var(--ck-color-danger-fg);
    border-color: var(--ck-color-danger-fg);
    color: var(--ck-color-surface);
  }
  .toast.error {
    background: var(--ck-color-danger-fg);
  }
  @media (max-width: 480px) {
    .clause {
      grid-template-columns: minmax(0, 1fr) auto;
    }
    .row2 {
      grid-template-columns: 1fr;
    }
  }
`;

/** The time-range control in the filter bar. */
export const rangeStyles = css`
  .range {
    display: inline-flex;
    align-items: center;
    gap: var(--ck-space-2);
    flex-wrap: wrap;
  }
  .range-label,
  .range-custom label {
    display: inline-flex;
    align-items: center;
    gap: var(--ck-space-1);
    color: var(--ck-color-text-muted);
    font-size: var(--ck-font-size-sm);
  }
  .range-custom {
    display: inline-flex;
    align-items: center;
    gap: var(--ck-space-2);
    flex-wrap: wrap;
  }
  .range-custom .form-error {
    margin: 0;
  }
`;
