import { css } from 'lit';

/** Shared look of the panel's dialogs (on top of `popupStyles`). */
export const dialogStyles = css`
  :host {
    display: contents;
  }
  dialog {
    width: min(var(--ck-insights-dialog-width, 560px), calc(100vw - 32px));
  }
  dialog[open] {
    display: flex;
    flex-direction: column;
  }
  dialog form {
    display: contents;
  }
  .dialog-body {
    flex: 1;
    min-height: 0;
  }
  .field select,
  .field textarea {
    width: 100%;
  }
  .field textarea {
    resize: vertical;
  }
  .notice {
    margin: 0 0 var(--ck-space-3);
    padding: var(--ck-space-2) var(--ck-space-3);
    border-radius: var(--ck-radius-md);
    overflow-wrap: anywhere;
  }
  .notice.warning {
    background: var(--ck-color-warning-bg);
    color: var(--ck-color-warning-fg);
  }
  .notice.error {
    background: var(--ck-color-danger-bg);
    color: var(--ck-color-danger-fg);
  }
  .notice.info {
    background: var(--ck-color-info-bg);
    color: var(--ck-color-info-fg);
  }
  table {
    width: 100%;
    border-collapse: collapse;
    font-size: var(--ck-font-size-sm);
  }
  th,
  td {
    padding: var(--ck-space-1) var(--ck-space-2);
    border-bottom: 1px solid var(--ck-color-border);
    text-align: start;
    vertical-align: top;
    overflow-wrap: anywhere;
  }
  th {
    font-weight: 600;
    color: var(--ck-color-text-muted);
    white-space: nowrap;
    position: sticky;
    top: 0;
    background: var(--ck-color-surface-raised);
  }
  td.when {
    white-space: nowrap;
    font-variant-numeric: tabular-nums;
  }
  .details-list {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .details-list li + li {
    margin-top: 2px;
  }
  .details-key {
    color: var(--ck-color-text-muted);
  }
  .footer-status {
    margin-inline-end: auto;
    align-self: center;
    font-size: var(--ck-font-size-sm);
    color: var(--ck-color-success-fg);
  }
`;
