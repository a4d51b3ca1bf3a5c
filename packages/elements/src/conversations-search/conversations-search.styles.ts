import { css } from 'lit';

export const searchStyles = css`
  :host {
    display: block;
  }
  form {
    display: flex;
    align-items: center;
    gap: var(--ck-space-2);
    flex-wrap: wrap;
  }
  .box {
    display: flex;
    align-items: center;
    flex: 1 1 var(--ck-conversations-search-width, 320px);
    max-width: 100%;
    min-width: 0;
    border: 1px solid var(--ck-color-border-strong);
    border-radius: var(--ck-radius-md);
    background: var(--ck-color-surface);
  }
  .box:focus-within {
    outline: 2px solid var(--ck-color-focus);
    outline-offset: 1px;
  }
  .box input[type='search'] {
    flex: 1;
    min-width: 0;
    border: 0;
    background: transparent;
    outline: none;
    padding-inline-start: var(--ck-space-2);
  }
  .box input::-webkit-search-cancel-button {
    display: none;
  }
  .box .icon-btn {
    flex: none;
  }
  .search-btn {
    border-inline-start: 1px solid var(--ck-color-border) !important;
    border-radius: 0 var(--ck-radius-md) var(--ck-radius-md) 0;
    width: 36px;
    height: 32px;
  }
  :host(:dir(rtl)) .search-btn {
    border-radius: var(--ck-radius-md) 0 0 var(--ck-radius-md);
  }
  .order {
    display: inline-flex;
    align-items: center;
    gap: var(--ck-space-1);
    color: var(--ck-color-text-muted);
    font-size: var(--ck-font-size-sm);
  }
  .count {
    color: var(--ck-color-text-muted);
    font-size: var(--ck-font-size-sm);
    font-weight: 500;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  .hint {
    display: flex;
    gap: var(--ck-space-1);
    align-items: flex-start;
    margin: var(--ck-space-1) 0 0;
    font-size: var(--ck-font-size-sm);
    color: var(--ck-color-text-muted);
  }
  .hint svg.icon {
    width: 14px;
    height: 14px;
    margin-top: 1px;
  }
`;

/** The search help popover. */
export const searchHelpStyles = css`
  .search-help {
    position: fixed;
    inset: auto;
    margin: 0;
    width: min(320px, calc(100vw - 16px));
    padding: var(--ck-space-3);
    border: 1px solid var(--ck-color-border);
    border-radius: var(--ck-radius-md);
    background: var(--ck-color-surface-raised);
    color: var(--ck-color-text);
    box-shadow: var(--ck-shadow-popover);
    font-size: var(--ck-font-size-sm);
  }
  .help-title {
    margin: 0 0 var(--ck-space-2);
    font-weight: 600;
  }
  .search-help dl {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: var(--ck-space-1) var(--ck-space-3);
    margin: 0;
  }
  .search-help dt,
  .search-help dd {
    margin: 0;
  }
  .search-help code {
    font-family: var(--ck-font-mono);
    white-space: nowrap;
  }
  .help-note {
    margin: var(--ck-space-2) 0 0;
    color: var(--ck-color-text-muted);
  }
`;
