import { css } from 'lit';

export const diagnosticsStyles = css`
  :host {
    display: flex;
    flex-direction: column;
    gap: var(--ck-space-2);
    height: 100%;
    min-height: 420px;
  }
  :host > .state {
    flex: 1;
  }
  .bar {
    display: flex;
    align-items: flex-end;
    justify-content: space-between;
    gap: var(--ck-space-2);
    border-bottom: 1px solid var(--ck-color-border);
  }
  .tabs {
    display: flex;
    gap: var(--ck-space-1);
    min-width: 0;
    overflow-x: auto;
  }
  .tab {
    position: relative;
    min-height: 36px;
    padding: 0 var(--ck-space-3);
    border: 0;
    background: transparent;
    color: var(--ck-color-text-muted);
    font: inherit;
    font-weight: 600;
    cursor: pointer;
    white-space: nowrap;
  }
  .tab:hover {
    color: var(--ck-color-text);
  }
  .tab[aria-selected='true'] {
    color: var(--ck-color-text);
  }
  .tab[aria-selected='true']::after {
    content: '';
    position: absolute;
    inset: auto var(--ck-space-2) -1px;
    height: 2px;
    border-radius: 2px;
    background: var(--ck-color-accent);
  }
  .tab:focus-visible {
    outline-offset: -2px;
  }
  .export {
    padding-bottom: var(--ck-space-1);
  }
  .export .btn {
    min-height: 30px;
  }
  .export-status {
    display: flex;
    align-items: center;
    gap: var(--ck-space-2);
    padding: var(--ck-space-1) var(--ck-space-2) var(--ck-space-1) var(--ck-space-3);
    border-radius: var(--ck-radius-md);
    background: var(--ck-color-info-bg);
    color: var(--ck-color-info-fg);
    font-size: var(--ck-font-size-sm);
  }
  .export-status.done {
    background: var(--ck-color-success-bg);
    color: var(--ck-color-success-fg);
  }
  .export-status.failed {
    background: var(--ck-color-danger-bg);
    color: var(--ck-color-danger-fg);
  }
  .export-status span {
    flex: 1;
    min-width: 0;
    overflow-wrap: anywhere;
  }
  .export-status progress {
    width: 96px;
    accent-color: var(--ck-color-accent);
  }
  .export-status .btn {
    min-height: 26px;
    color: inherit;
  }
  .export-status .icon-btn {
    color: inherit;
  }
  .panel {
    display: flex;
    flex-direction: column;
    flex: 1;
    min-height: 0;
  }
  .panel[hidden] {
    display: none;
  }
  .panel-qos,
  .panel-agents {
    overflow: auto;
  }
  sip-flow-diagram {
    flex: 1;
    min-height: 360px;
  }
`;
