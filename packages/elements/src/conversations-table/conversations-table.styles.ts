import { css } from 'lit';

export const tableStyles = css`
  /*
   * Sizing: the host takes whatever display and size the page gives it, and its content never sizes
   * it (size containment), so the rows are always windowed. With no height from the page (height:
   * auto, or 100% of a parent without a height) it is 480px tall, the intrinsic size below.
   */
  :host {
    display: block;
    position: relative;
    contain: size layout paint style;
    contain-intrinsic-size: 0 var(--ck-conversations-table-height, 480px);
    min-height: 160px;
    height: 100%;
    box-sizing: border-box;
    border: 1px solid var(--ck-conversations-table-border-color, var(--ck-color-border));
    border-radius: var(--ck-radius-lg);
    background: var(--ck-conversations-table-background, var(--ck-color-surface));
    overflow: hidden;
    container: ck-table / inline-size;
    --_row-height: var(--ck-conversations-table-row-height, var(--ck-row-height));
  }
  .frame {
    position: absolute;
    inset: 0;
    display: flex;
    flex-direction: column;
    min-height: 0;
  }
  :host([hidden]) {
    display: none;
  }
  :host([compact]) {
    --_row-height: var(--ck-conversations-table-row-height, var(--ck-row-height-compact));
  }

  /* ---- toolbar ---- */
  .toolbar {
    display: flex;
    align-items: center;
    gap: var(--ck-space-2);
    min-height: 44px;
    padding: var(--ck-space-1) var(--ck-space-3);
    border-bottom: 1px solid var(--ck-color-border);
    flex-wrap: wrap;
  }
  .summary {
    color: var(--ck-color-text-muted);
    font-weight: 500;
  }
  .spring {
    flex: 1;
  }
  .live {
    display: inline-flex;
    align-items: center;
    gap: 6px;
    font-size: var(--ck-font-size-sm);
    color: var(--ck-color-success-fg);
  }
  .live .dot {
    width: 7px;
    height: 7px;
    border-radius: 50%;
    background: currentColor;
    animation: ck-live 1.8s ease-in-out infinite;
  }
  @keyframes ck-live {
    50% {
      opacity: 0.35;
    }
  }
  .export-progress {
    display: inline-flex;
    align-items: center;
    gap: var(--ck-space-2);
    font-size: var(--ck-font-size-sm);
    color: var(--ck-color-text-muted);
  }
  .export-progress progress {
    width: 96px;
    accent-color: var(--ck-color-accent);
  }

  /* ---- grid ---- */
  .grid-wrap {
    position: relative;
    display: flex;
    flex-direction: column;
    flex: 1;
    min-height: 0;
    --_c-select: 40px;
    --_c-customer: minmax(160px, 2fr);
    --_c-actions: 76px;
    --_c-support: minmax(120px, 1.2fr);
    --_c-start: minmax(176px, 1.1fr);
    --_c-duration: 96px;
    --_c-agents: 96px;
    --_c-queues: minmax(120px, 1.2fr);
    --_c-skills: minmax(110px, 1fr);
    --_c-status: minmax(226px, 1.4fr);
    --_columns: var(--_c-select) var(--_c-customer) var(--_c-actions) var(--_c-support) var(--_c-start) var(--_c-duration) var(--_c-agents)
      var(--_c-queues) var(--_c-skills) var(--_c-status);
  }
  :host([supervisor-view]) .grid-wrap {
    --_c-actions: 150px;
  }
  .scroller {
    position: relative;
    flex: 1;
    min-height: 0;
    overflow-x: hidden;
    overflow-y: auto;
    overscroll-behavior: contain;
    /* Rows are re-rendered and re-positioned by the element; the browser must not "anchor" them. */
    overflow-anchor: none;
  }
  .scroller:focus-visible {
    outline: 2px solid var(--ck-color-focus);
    outline-offset: -2px;
  }
  .grid-wrap.reloading .window {
    opacity: 0.55;
    transition: opacity var(--ck-motion-duration) ease;
  }
  .grid-wrap.with-state .scroller {
    flex: none;
    overflow: hidden;
  }
  .grid-wrap > .state {
    flex: 1;
  }
  .head {
    position: sticky;
    top: 0;
    z-index: 2;
  }
  .spacer {
    position: relative;
    overflow: hidden;
    contain: strict;
  }
  .window {
    position: absolute;
    top: 0;
    inset-inline: 0;
    will-change: transform;
  }
  .window > .row {
    position: absolute;
    top: 0;
    inset-inline-start: 0;
  }
  .row {
    display: grid;
    grid-template-columns: var(--_columns);
    align-items: center;
    width: 100%;
    height: var(--_row-h, 40px);
    border-bottom: 1px solid var(--ck-color-border);
    cursor: pointer;
    background: var(--ck-conversations-table-background, var(--ck-color-surface));
    /* Fixed-size rows: each lays out and paints on its own. */
    contain: strict;
  }
  .row.with-snippet {
    grid-template-rows: 1fr 24px;
  }
  .row:not(.header):hover {
    background: var(--ck-color-surface-hover);
  }
  .row[aria-selected='true'] {
    background: var(--ck-color-surface-selected);
  }
  .row[aria-current='true'] {
    box-shadow: inset 3px 0 0 var(--ck-color-accent);
  }
  :host(:dir(rtl)) .row[aria-current='true'] {
    box-shadow: inset -3px 0 0 var(--ck-color-accent);
  }
  .row:focus-visible {
    outline: 2px solid var(--ck-color-focus);
    outline-offset: -2px;
  }
  .row.placeholder,
  .row.failed {
    grid-template-columns: 1fr;
    cursor: default;
  }
  .row.placeholder .cell {
    padding-inline-start: 52px;
  }
  .row.failed .cell {
    color: var(--ck-color-danger-fg);
    padding-inline-start: 52px;
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
  .cell {
    display: flex;
    align-items: center;
    gap: var(--ck-space-2);
    min-width: 0;
    height: 100%;
    padding: 0 var(--ck-space-3);
    overflow: hidden;
    white-space: nowrap;
  }
  .cell .text,
  .cell .skill {
    min-width: 0;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .col-select {
    justify-content: center;
    padding: 0;
  }
  .col-select input {
    width: 16px;
    height: 16px;
    margin: 0;
    accent-color: var(--ck-color-accent);
    cursor: pointer;
  }
  .col-actions {
    gap: 2px;
    padding-inline: var(--ck-space-2);
  }
  .sort {
    display: inline-flex;
    align-items: center;
    gap: 4px;
    padding: 2px 4px;
    margin-inline-start: -4px;
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
    background: var(--ck-color-surface-hover);
  }
  .sort svg.icon {
    width: 14px;
    height: 14px;
  }

  /* ---- customer ---- */
  .customer-icons {
    display: inline-flex;
    align-items: center;
    gap: 3px;
    flex: none;
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
  .customer {
    display: flex;
    flex-direction: column;
    min-width: 0;
    line-height: 1.25;
  }
  .customer .text {
    font-weight: 500;
  }
  .customer .sub {
    display: none;
    overflow: hidden;
    text-overflow: ellipsis;
    font-size: var(--ck-font-size-sm);
    color: var(--ck-color-text-muted);
  }

  /* ---- agents, queues, skills ---- */
  .avatars {
    display: inline-flex;
    align-items: center;
    padding-inline-start: 6px;
    border-radius: var(--ck-radius-pill);
  }
  .avatar {
    display: inline-grid;
    place-items: center;
    width: 24px;
    height: 24px;
    margin-inline-start: -6px;
    border: 2px solid var(--ck-conversations-table-background, var(--ck-color-surface));
    border-radius: 50%;
    overflow: hidden;
    background: var(--ck-color-neutral-bg);
    color: var(--ck-color-neutral-fg);
    font-size: 10px;
    font-weight: 600;
    flex: none;
  }
  .avatar.ai {
    background: var(--ck-color-info-bg);
    color: var(--ck-color-info-fg);
  }
  .avatar.more {
    background: var(--ck-color-surface-sunken);
    color: var(--ck-color-text-muted);
  }
  .avatar {
    position: relative;
  }
  .avatar img {
    position: absolute;
    inset: 0;
    width: 100%;
    height: 100%;
    object-fit: cover;
    background: inherit;
  }
  .col-status .pill {
    max-width: 100%;
    min-width: 0;
  }
  /* The status dot as a pseudo-element: one element fewer in every row. */
  .col-status .pill::before {
    content: '';
    flex: none;
    width: 6px;
    height: 6px;
    border-radius: 50%;
    background: currentColor;
  }
  /* Row skeletons hold still: an animated one repaints every placeholder on every frame of a fling. */
  .row .skeleton {
    animation: none;
  }
  .pill-text {
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .avatar svg.icon {
    width: 13px;
    height: 13px;
  }
  .skill {
    padding: 1px 6px;
    border-radius: var(--ck-radius-sm);
    background: var(--ck-color-neutral-bg);
    color: var(--ck-color-neutral-fg);
    font-size: var(--ck-font-size-sm);
  }
  .more-btn {
    flex: none;
    min-width: 28px;
    height: 22px;
    padding: 0 6px;
    border: 1px solid var(--ck-color-border-strong);
    border-radius: var(--ck-radius-pill);
    background: var(--ck-color-surface-raised);
    color: var(--ck-color-text-muted);
    font: inherit;
    font-size: var(--ck-font-size-sm);
    font-weight: 600;
    cursor: pointer;
  }
  .more-btn:hover {
    color: var(--ck-color-text);
    background: var(--ck-color-surface-hover);
  }

  /* ---- search results ---- */
  .snippet {
    grid-column: 2 / -1;
    grid-row: 2;
    align-self: start;
    height: 22px;
    font-size: var(--ck-font-size-sm);
    color: var(--ck-color-text-muted);
  }
  .fragment {
    min-width: 0;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  mark {
    background: var(--ck-conversations-table-highlight, var(--ck-color-highlight));
    color: var(--ck-color-text);
    border-radius: 2px;
    padding: 0 1px;
  }
  .tier {
    flex: none;
    padding: 0 6px;
    border: 1px solid var(--ck-color-border-strong);
    border-radius: var(--ck-radius-pill);
    font-size: 11px;
    font-weight: 600;
    line-height: 16px;
    color: var(--ck-color-text-muted);
  }
  .tier.exact,
  .tier.id {
    border-color: transparent;
    background: var(--ck-color-info-bg);
    color: var(--ck-color-info-fg);
  }

  /* ---- overlays ---- */
  .new-rows {
    position: absolute;
    top: 44px;
    inset-inline-start: 50%;
    transform: translateX(-50%);
    z-index: 3;
    border-radius: var(--ck-radius-pill);
    box-shadow: var(--ck-shadow-popover);
  }
  :host(:dir(rtl)) .new-rows {
    transform: translateX(50%);
  }
  .list-popover {
    position: fixed;
    inset: auto;
    margin: 0;
    min-width: 180px;
    max-width: min(320px, calc(100vw - 16px));
    padding: var(--ck-space-2) var(--ck-space-3);
    border: 1px solid var(--ck-color-border);
    border-radius: var(--ck-radius-md);
    background: var(--ck-color-surface-raised);
    color: var(--ck-color-text);
    box-shadow: var(--ck-shadow-popover);
  }
  .list-popover:focus-visible {
    outline: 2px solid var(--ck-color-focus);
  }
  .list-title {
    margin: 0 0 var(--ck-space-1);
    font-size: var(--ck-font-size-sm);
    font-weight: 600;
    color: var(--ck-color-text-muted);
  }
  .list-popover ol,
  .list-popover ul {
    margin: 0;
    padding-inline-start: 20px;
    overflow-wrap: anywhere;
  }
  .list-popover li[aria-current='true'] {
    font-weight: 600;
  }
  .toast.error {
    background: var(--ck-color-danger-fg);
  }
  .form-error {
    color: var(--ck-color-danger-fg);
    margin: var(--ck-space-2) 0 0;
  }
  dialog select {
    width: 100%;
  }
  [role='menu'] svg.icon {
    color: var(--ck-color-text-muted);
  }

  /* ---- narrower containers: drop low-priority columns instead of scrolling sideways ---- */
  @container ck-table (max-width: 1300px) {
    .grid-wrap {
      --_columns: var(--_c-select) var(--_c-customer) var(--_c-actions) var(--_c-support) var(--_c-start) var(--_c-duration) var(--_c-agents)
        var(--_c-queues) var(--_c-status);
    }
    .col-skills {
      display: none;
    }
  }
  @container ck-table (max-width: 1080px) {
    .grid-wrap {
      --_columns: var(--_c-select) var(--_c-customer) var(--_c-actions) var(--_c-support) var(--_c-start) var(--_c-queues) var(--_c-status);
    }
    .col-duration,
    .col-agents {
      display: none;
    }
  }
  @container ck-table (max-width: 880px) {
    .grid-wrap {
      --_columns: var(--_c-select) var(--_c-customer) var(--_c-actions) var(--_c-start) var(--_c-status);
    }
    .col-support,
    .col-queues {
      display: none;
    }
  }
  @container ck-table (max-width: 600px) {
    .grid-wrap {
      --_c-select: 34px;
      --_c-actions: 40px;
      --_columns: var(--_c-select) minmax(0, 1fr) var(--_c-actions) minmax(0, 36%);
    }
    .customer-icons svg.icon:first-child {
      display: none;
    }
    .col-status .pill {
      font-size: 11px;
      line-height: 1.15;
      padding: 2px 6px;
    }
    .col-status .pill-text {
      white-space: normal;
      display: -webkit-box;
      -webkit-line-clamp: 2;
      -webkit-box-orient: vertical;
    }
    :host([supervisor-view]) .grid-wrap {
      --_c-actions: 140px;
    }
    .col-start {
      display: none;
    }
    .customer .sub {
      display: block;
    }
    .customer-icons .lang {
      display: none;
    }
    .header .col-actions .label {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
    }
    .cell {
      padding: 0 var(--ck-space-2);
    }
    .toolbar {
      padding-inline: var(--ck-space-2);
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .live .dot {
      animation: none;
    }
  }
`;
