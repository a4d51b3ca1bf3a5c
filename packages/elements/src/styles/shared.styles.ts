import { css } from 'lit';

/** Root defaults every element shares: inherit the host's font, use tokens, never hard-code colours. */
export const hostStyles = css`
  :host {
    font: inherit;
    font-size: var(--ck-font-size-md);
    color: var(--ck-color-text);
    box-sizing: border-box;
  }
  :host([hidden]) {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  :focus-visible {
    outline: 2px solid var(--ck-color-focus);
    outline-offset: 2px;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  .mono {
    font-family: var(--ck-font-mono);
    font-size: 0.95em;
  }
  .muted {
    color: var(--ck-color-text-muted);
  }
  .num {
    font-variant-numeric: tabular-nums;
  }
`;

/** Buttons built on native <button>: primary, secondary, quiet and icon-only. */
export const buttonStyles = css`
  .btn {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: var(--ck-space-1);
    min-height: 32px;
    padding: 0 var(--ck-space-3);
    border: 1px solid var(--ck-color-border-strong);
    border-radius: var(--ck-radius-md);
    background: var(--ck-color-surface-raised);
    color: var(--ck-color-text);
    font: inherit;
    font-weight: 500;
    cursor: pointer;
    white-space: nowrap;
    transition: background var(--ck-motion-duration) ease;
  }
  .btn:hover:not(:disabled, [aria-disabled='true']) {
    background: var(--ck-color-surface-hover);
  }
  .btn.primary {
    background: var(--ck-color-accent);
    border-color: var(--ck-color-accent);
    color: var(--ck-color-text-on-accent);
  }
  .btn.primary:hover:not(:disabled, [aria-disabled='true']) {
    background: var(--ck-color-accent-hover);
  }
  .btn.quiet {
    border-color: transparent;
    background: transparent;
  }
  .btn.danger {
    color: var(--ck-color-danger-fg);
  }
  .btn:disabled,
  .btn[aria-disabled='true'] {
    opacity: 0.5;
    cursor: not-allowed;
  }
  .icon-btn {
    display: inline-grid;
    place-items: center;
    width: 30px;
    height: 30px;
    padding: 0;
    border: 1px solid transparent;
    border-radius: var(--ck-radius-md);
    background: transparent;
    color: var(--ck-color-text-muted);
    cursor: pointer;
  }
  .icon-btn:hover:not(:disabled, [aria-disabled='true']) {
    background: var(--ck-color-surface-hover);
    color: var(--ck-color-text);
  }
  .icon-btn[aria-disabled='true'],
  .icon-btn:disabled {
    opacity: 0.45;
    cursor: not-allowed;
  }
  svg.icon {
    width: 16px;
    height: 16px;
    flex: none;
  }
`;

/** Loading / empty / error / no-permission panels and skeleton shimmer. */
export const stateStyles = css`
  .state {
    display: flex;
    flex-direction: column;
    align-items: center;
    justify-content: center;
    gap: var(--ck-space-2);
    padding: var(--ck-space-6) var(--ck-space-4);
    text-align: center;
    color: var(--ck-color-text-muted);
  }
  .state-title {
    margin: 0;
    font-size: var(--ck-font-size-lg);
    font-weight: 600;
    color: var(--ck-color-text);
  }
  .state-message {
    margin: 0;
    max-width: 48ch;
    overflow-wrap: anywhere;
  }
  .state.error .state-title {
    color: var(--ck-color-danger-fg);
  }
  /* The state's own icon only: icons inside its buttons (Retry) keep the button size. */
  .state > svg.icon {
    width: 28px;
    height: 28px;
  }
  .error-details {
    max-width: 48ch;
    font-size: var(--ck-font-size-sm);
    text-align: start;
  }
  .error-details summary {
    cursor: pointer;
    text-align: center;
  }
  .error-details summary:focus-visible {
    outline: 2px solid var(--ck-color-focus);
    outline-offset: 2px;
  }
  .error-details ul {
    margin: var(--ck-space-1) 0 0;
    padding-inline-start: var(--ck-space-4);
    font-family: var(--ck-font-mono);
    overflow-wrap: anywhere;
    user-select: text;
  }
  .skeleton {
    display: block;
    height: 12px;
    border-radius: var(--ck-radius-sm);
    background: var(--ck-color-skeleton);
    animation: ck-shimmer 1.2s ease-in-out infinite;
  }
  @keyframes ck-shimmer {
    50% {
      opacity: 0.55;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .skeleton {
      animation: none;
    }
  }
`;

/** Status pills: colour carries meaning, the text always says it too. */
export const pillStyles = css`
  .pill {
    display: inline-flex;
    align-items: center;
    gap: 6px;
    padding: 2px 8px;
    border-radius: var(--ck-radius-pill);
    font-size: var(--ck-font-size-sm);
    font-weight: 500;
    white-space: nowrap;
    background: var(--ck-color-neutral-bg);
    color: var(--ck-color-neutral-fg);
  }
  .pill.in_progress {
    background: var(--ck-color-info-bg);
    color: var(--ck-color-info-fg);
  }
  .pill.error {
    background: var(--ck-color-danger-bg);
    color: var(--ck-color-danger-fg);
  }
  .pill.completed {
    background: var(--ck-color-success-bg);
    color: var(--ck-color-success-fg);
  }
  .pill.drop_off {
    background: var(--ck-color-warning-bg);
    color: var(--ck-color-warning-fg);
  }
  .pill .dot {
    width: 6px;
    height: 6px;
    border-radius: 50%;
    background: currentColor;
  }
  .pill.in_progress .dot {
    animation: ck-pulse 1.6s ease-in-out infinite;
  }
  @keyframes ck-pulse {
    50% {
      opacity: 0.3;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .pill.in_progress .dot {
      animation: none;
    }
  }
`;
