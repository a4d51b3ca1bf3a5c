import { css } from 'lit';

/** Menus (`role="menu"` popovers) and modal `<dialog>`s share one look. */
export const popupStyles = css`
  [role='menu'] {
    position: fixed;
    inset: auto;
    margin: 0;
    min-width: 200px;
    max-width: min(360px, calc(100vw - 16px));
    padding: var(--ck-space-1);
    border: 1px solid var(--ck-color-border);
    border-radius: var(--ck-radius-md);
    background: var(--ck-color-surface-raised);
    color: var(--ck-color-text);
    box-shadow: var(--ck-shadow-popover);
  }
  [role='menu'] [role^='menuitem'] {
    display: flex;
    align-items: center;
    gap: var(--ck-space-2);
    width: 100%;
    min-height: 32px;
    padding: 0 var(--ck-space-2);
    border: 0;
    border-radius: var(--ck-radius-sm);
    background: transparent;
    color: inherit;
    font: inherit;
    text-align: start;
    cursor: pointer;
  }
  [role='menu'] [role^='menuitem']:hover:not([aria-disabled='true']),
  [role='menu'] [role^='menuitem']:focus-visible {
    background: var(--ck-color-surface-hover);
    outline: none;
  }
  [role='menu'] [role^='menuitem'][aria-disabled='true'] {
    opacity: 0.5;
    cursor: not-allowed;
  }
  [role='menu'] [role='separator'] {
    height: 1px;
    margin: var(--ck-space-1) 0;
    background: var(--ck-color-border);
  }
  [role='menu'] .menu-label {
    padding: var(--ck-space-1) var(--ck-space-2);
    font-size: var(--ck-font-size-sm);
    color: var(--ck-color-text-muted);
  }
  dialog {
    width: min(520px, calc(100vw - 32px));
    max-height: calc(100vh - 64px);
    padding: 0;
    border: 1px solid var(--ck-color-border);
    border-radius: var(--ck-radius-lg);
    background: var(--ck-color-surface-raised);
    color: var(--ck-color-text);
    box-shadow: var(--ck-shadow-popover);
  }
  dialog::backdrop {
    background: var(--ck-color-backdrop);
  }
  dialog .dialog-header {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: var(--ck-space-2);
    padding: var(--ck-space-3) var(--ck-space-4);
    border-bottom: 1px solid var(--ck-color-border);
  }
  dialog h2 {
    margin: 0;
    font-size: var(--ck-font-size-lg);
  }
  dialog .dialog-body {
    padding: var(--ck-space-4);
    overflow: auto;
  }
  dialog .dialog-footer {
    display: flex;
    justify-content: flex-end;
    gap: var(--ck-space-2);
    padding: var(--ck-space-3) var(--ck-space-4);
    border-top: 1px solid var(--ck-color-border);
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: var(--ck-space-1);
    margin-bottom: var(--ck-space-3);
  }
  .field label {
    font-weight: 500;
  }
  input[type='text'],
  input[type='search'],
  input[type='number'],
  select,
  textarea {
    min-height: 32px;
    padding: 4px var(--ck-space-2);
    border: 1px solid var(--ck-color-border-strong);
    border-radius: var(--ck-radius-md);
    background: var(--ck-color-surface);
    color: var(--ck-color-text);
    font: inherit;
  }
  .toast {
    position: fixed;
    inset: auto 16px 16px auto;
    margin: 0;
    padding: var(--ck-space-2) var(--ck-space-3);
    border: 0;
    border-radius: var(--ck-radius-md);
    background: var(--ck-color-text);
    color: var(--ck-color-surface);
    box-shadow: var(--ck-shadow-popover);
  }
`;
