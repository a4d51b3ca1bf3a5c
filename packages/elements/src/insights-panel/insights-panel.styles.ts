import { css } from 'lit';

export const panelStyles = css`
  :host {
    display: flex;
    flex-direction: column;
    min-width: 0;
    min-height: 0;
    height: 100%;
    overflow: hidden;
    border: 1px solid var(--ck-insights-panel-border-color, var(--ck-color-border));
    border-radius: var(--ck-radius-lg);
    background: var(--ck-insights-panel-background, var(--ck-color-surface));
  }
  .frame {
    position: relative;
    flex: 1;
    min-height: 0;
    display: flex;
    flex-direction: column;
  }

  /* Header */
  .header {
    flex: none;
    padding: var(--ck-space-2) var(--ck-space-3) var(--ck-space-2) var(--ck-space-4);
    border-bottom: 1px solid var(--ck-color-border);
  }
  .title-row {
    display: flex;
    align-items: flex-start;
    justify-content: space-between;
    gap: var(--ck-space-2);
  }
  .title-group,
  .customer-row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--ck-space-1) var(--ck-space-2);
    min-width: 0;
  }
  .title-group {
    min-height: 30px;
  }
  .header-actions {
    flex: none;
    display: flex;
    align-items: center;
    gap: var(--ck-space-1);
  }
  .title {
    margin: 0;
    font-size: var(--ck-font-size-lg);
    font-weight: 600;
  }
  .header-icons {
    display: inline-flex;
    align-items: center;
    gap: 2px;
    color: var(--ck-color-text-muted);
  }
  .hicon {
    display: inline-grid;
    place-items: center;
    min-width: 24px;
    height: 24px;
    border-radius: var(--ck-radius-sm);
  }
  .hicon.lang {
    padding: 0 4px;
    font-size: var(--ck-font-size-sm);
    font-weight: 600;
    letter-spacing: 0.02em;
  }
  .hicon.sentiment.positive {
    color: var(--ck-color-success-fg);
  }
  .hicon.sentiment.negative {
    color: var(--ck-color-danger-fg);
  }
  .hicon.sentiment.mixed {
    color: var(--ck-color-warning-fg);
  }
  .customer-row {
    margin-top: 2px;
  }
  .customer {
    font-weight: 600;
    font-size: var(--ck-font-size-lg);
    overflow-wrap: anywhere;
    min-width: 0;
  }
  .customer.mono {
    font-size: var(--ck-font-size-md);
  }
  .customer-skeleton {
    width: 180px;
    height: 16px;
  }
  .started {
    font-size: var(--ck-font-size-sm);
  }
  .hidden-pii {
    display: inline-flex;
    align-items: center;
    gap: 4px;
    padding: 0 6px;
    border-radius: var(--ck-radius-pill);
    background: var(--ck-color-neutral-bg);
    color: var(--ck-color-neutral-fg);
    font-size: var(--ck-font-size-sm);
    font-weight: 500;
    cursor: help;
  }
  .hidden-pii svg.icon {
    width: 12px;
    height: 12px;
  }
  .btn.diagnostics {
    min-height: 30px;
  }

  /* Tabs */
  .tabs {
    flex: none;
    display: flex;
    gap: var(--ck-space-1);
    padding: 0 var(--ck-space-3);
    border-bottom: 1px solid var(--ck-color-border);
    overflow-x: auto;
    scrollbar-width: none;
  }
  [role='tab'] {
    position: relative;
    min-height: 38px;
    padding: 0 var(--ck-space-3);
    border: 0;
    background: transparent;
    color: var(--ck-color-text-muted);
    font: inherit;
    font-weight: 600;
    white-space: nowrap;
    cursor: pointer;
  }
  [role='tab']:hover {
    color: var(--ck-color-text);
  }
  [role='tab'][aria-selected='true'] {
    color: var(--ck-color-accent);
  }
  [role='tab'][aria-selected='true']::after {
    content: '';
    position: absolute;
    inset: auto var(--ck-space-2) 0;
    height: 2px;
    border-radius: 2px;
    background: currentColor;
  }
  [role='tab']:focus-visible {
    outline-offset: -2px;
  }

  /* Panels */
  .panels {
    position: relative;
    flex: 1;
    min-height: 0;
  }
  .tabpanel {
    position: absolute;
    inset: 0;
    overflow: auto;
    padding: var(--ck-space-3) var(--ck-space-4);
  }
  .tabpanel:focus-visible {
    outline-offset: -2px;
  }
  .tabpanel.transcript {
    display: flex;
    flex-direction: column;
    overflow: hidden;
    padding: 0;
  }
  /* The transcript stays laid out while another tab shows: the reader's place and a playing recording survive. */
  .tabpanel.transcript[hidden] {
    display: flex;
    visibility: hidden;
  }
  insights-transcript {
    flex: 1;
    min-height: 0;
  }

  /* Field lists (Details, User, Identifiers) */
  dl.fields {
    margin: 0;
  }
  .field-row {
    display: grid;
    grid-template-columns: minmax(120px, 34%) 1fr;
    align-items: baseline;
    gap: var(--ck-space-3);
    padding: var(--ck-space-2) 0;
    border-bottom: 1px solid var(--ck-color-border);
  }
  .field-row:last-child {
    border-bottom: 0;
  }
  .field-row dt {
    color: var(--ck-color-text-muted);
    font-weight: 500;
    overflow-wrap: anywhere;
  }
  .field-row dd {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--ck-space-1) var(--ck-space-2);
    margin: 0;
    min-width: 0;
  }
  .field-row dd .value {
    min-width: 0;
    overflow-wrap: anywhere;
  }
  .field-row dd.mono .value {
    font-family: var(--ck-font-mono);
    font-size: 0.95em;
  }
  .missing {
    color: var(--ck-color-text-muted);
  }
  .field-actions {
    display: inline-flex;
    flex-wrap: wrap;
    gap: var(--ck-space-1);
  }
  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: var(--ck-space-1);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .chip {
    padding: 1px 8px;
    border-radius: var(--ck-radius-pill);
    background: var(--ck-color-neutral-bg);
    color: var(--ck-color-neutral-fg);
    overflow-wrap: anywhere;
  }
  .chip.tag {
    background: var(--ck-color-info-bg);
    color: var(--ck-color-info-fg);
  }
  .status {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--ck-space-2);
  }
  .disposition {
    display: flex;
    flex-direction: column;
  }
  .disposition-label {
    font-weight: 600;
  }
  .disposition-notes,
  .note-meta {
    color: var(--ck-color-text-muted);
    font-size: var(--ck-font-size-sm);
  }
  .csat {
    display: flex;
    flex-direction: column;
    gap: 2px;
  }
  .csat-score {
    display: inline-flex;
    align-items: center;
    gap: 4px;
    font-weight: 600;
  }
  .csat-score svg.icon {
    color: var(--ck-color-warning-fg);
  }
  .csat-feedback {
    color: var(--ck-color-text-muted);
  }
  .notes {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .notes li + li {
    margin-top: var(--ck-space-2);
  }
  .note-text,
  .note-meta {
    margin: 0;
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
  .btn.small {
    min-height: 26px;
    padding: 0 var(--ck-space-2);
    font-size: var(--ck-font-size-sm);
  }
  .tab-toolbar {
    display: flex;
    justify-content: flex-end;
    margin-bottom: var(--ck-space-2);
  }
  .copy-all.done {
    border-color: var(--ck-color-success-fg);
    color: var(--ck-color-success-fg);
  }
  .icon-btn.copy {
    width: 26px;
    height: 26px;
  }

  /* Toast and diagnostics sheet */
  .toast {
    position: absolute;
    inset: auto var(--ck-space-3) var(--ck-space-3);
    width: auto;
    z-index: 2;
    overflow-wrap: anywhere;
  }
  .toast.error {
    background: var(--ck-color-danger-fg);
    color: var(--ck-color-surface);
  }
  dialog.diagnostics {
    width: min(1280px, calc(100vw - 32px));
    height: calc(100vh - 48px);
  }
  dialog.diagnostics[open] {
    display: flex;
    flex-direction: column;
  }
  dialog.diagnostics .dialog-body {
    flex: 1;
    min-height: 0;
  }
  @media (max-width: 480px) {
    .header {
      padding-inline: var(--ck-space-3) var(--ck-space-2);
    }
    .tabpanel {
      padding: var(--ck-space-2) var(--ck-space-3);
    }
    .field-row {
      grid-template-columns: 1fr;
      gap: 2px;
    }
    .btn.diagnostics .label {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
    }
    dialog.diagnostics {
      width: 100vw;
      height: 100vh;
      max-height: 100vh;
      border-radius: 0;
    }
  }
`;
