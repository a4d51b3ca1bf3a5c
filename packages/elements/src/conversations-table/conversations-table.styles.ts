import { css } from 'lit';

export const tableStyles = css`
  :host {
    display: flex;
    flex-direction: column;
    min-height: 240px;
    height: 100%;
    border: 1px solid var(--ck-conversations-table-border-color, var(--ck-color-border));
    border-radius: var(--ck-radius-lg);
    background: var(--ck-conversations-table-background, var(--ck-color-surface));
    overflow: hidden;
    --_row-height: var(--ck-conversations-table-row-height, var(--ck-row-height));
    --_columns: minmax(180px, 2.2fr) minmax(90px, 0.8fr) minmax(150px, 1.3fr) minmax(80px, 0.7fr) minmax(130px, 1.2fr);
  }
  :host([compact]) {
    --_row-height: var(--ck-row-height-compact);
  }
  [role='grid'] {
    display: flex;
    flex-direction: column;
    flex: 1;
    min-height: 0;
  }
  .row {
    display: grid;
    grid-template-columns: var(--_columns);
    align-items: center;
    width: 100%;
    height: var(--_row-height);
    border-bottom: 1px solid var(--ck-color-border);
    cursor: pointer;
  }
  .row:hover {
    background: var(--ck-color-surface-hover);
  }
  .row[aria-selected='true'] {
    background: var(--ck-color-surface-selected);
  }
  .row:focus-visible {
    outline: 2px solid var(--ck-color-focus);
    outline-offset: -2px;
  }
  .header {
    height: 36px;
    background: var(--ck-color-surface-sunken);
    cursor: default;
    font-size: var(--ck-font-size-sm);
    font-weight: 600;
    letter-spacing: 0.04em;
    text-transform: uppercase;
    color: var(--ck-color-text-muted);
    border-bottom: 1px solid var(--ck-color-border-strong);
  }
  .header:hover {
    background: var(--ck-color-surface-sunken);
  }
  .cell {
    display: flex;
    align-items: center;
    gap: var(--ck-space-2);
    min-width: 0;
    padding: 0 var(--ck-space-3);
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
  }
  .cell .text {
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .sort {
    display: inline-flex;
    align-items: center;
    gap: 4px;
    padding: 2px 4px;
    margin-left: -4px;
    border: 0;
    border-radius: var(--ck-radius-sm);
    background: transparent;
    color: inherit;
    font: inherit;
    letter-spacing: inherit;
    text-transform: inherit;
    cursor: pointer;
  }
  .sort:hover {
    color: var(--ck-color-text);
  }
  .customer-icons {
    display: inline-flex;
    gap: 2px;
    color: var(--ck-color-text-muted);
  }
  .customer-icons svg.icon {
    width: 14px;
    height: 14px;
  }
  .lang {
    font-size: 10px;
    font-weight: 600;
    padding: 0 3px;
    border: 1px solid var(--ck-color-border-strong);
    border-radius: 3px;
    line-height: 14px;
  }
  .body {
    flex: 1;
    min-height: 0;
    overflow: auto;
    position: relative;
    contain: strict;
  }
  .footer {
    display: flex;
    justify-content: space-between;
    padding: var(--ck-space-1) var(--ck-space-3);
    border-top: 1px solid var(--ck-color-border);
    font-size: var(--ck-font-size-sm);
    color: var(--ck-color-text-muted);
    background: var(--ck-color-surface-sunken);
  }
  .state.loading {
    align-items: stretch;
    gap: var(--ck-space-4);
    padding: var(--ck-space-4);
  }
  @media (max-width: 640px) {
    :host {
      --_columns: minmax(140px, 2fr) minmax(110px, 1.2fr) minmax(90px, 1fr);
    }
    .col-duration,
    .col-channel {
      display: none;
    }
  }
`;
