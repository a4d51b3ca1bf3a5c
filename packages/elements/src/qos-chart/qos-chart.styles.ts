import { css } from 'lit';

/** MOS value with its band: colour plus the band's name (never colour alone). */
export const mosStyles = css`
  .mos {
    display: inline-flex;
    align-items: baseline;
    gap: 6px;
    font-variant-numeric: tabular-nums;
  }
  .mos .band {
    padding: 0 6px;
    border-radius: var(--ck-radius-pill);
    font-size: var(--ck-font-size-sm);
    font-weight: 500;
  }
  .mos.good .band {
    background: var(--ck-color-success-bg);
    color: var(--ck-color-success-fg);
  }
  .mos.fair .band {
    background: var(--ck-color-warning-bg);
    color: var(--ck-color-warning-fg);
  }
  .mos.poor .band {
    background: var(--ck-color-danger-bg);
    color: var(--ck-color-danger-fg);
  }
  .info-btn {
    display: inline-grid;
    place-items: center;
    width: 22px;
    height: 22px;
    padding: 0;
    margin-inline-start: 2px;
    border: 0;
    border-radius: var(--ck-radius-sm);
    background: transparent;
    color: var(--ck-color-text-muted);
    cursor: help;
    vertical-align: middle;
  }
  .info-btn:hover {
    color: var(--ck-color-text);
    background: var(--ck-color-surface-hover);
  }
  .info-btn svg.icon {
    width: 14px;
    height: 14px;
  }
`;

export const qosStyles = [
  mosStyles,
  css`
    :host {
      display: flex;
      flex-direction: column;
      gap: var(--ck-space-3);
      container-type: inline-size;
      --_bar: var(--ck-qos-chart-bar, var(--ck-color-accent));
    }
    .notice {
      display: flex;
      gap: var(--ck-space-2);
      padding: var(--ck-space-2) var(--ck-space-3);
      border-radius: var(--ck-radius-md);
      background: var(--ck-color-warning-bg);
      color: var(--ck-color-warning-fg);
    }
    .notice svg.icon {
      margin-top: 2px;
    }
    .notice p {
      margin: 0;
    }
    .notice-title {
      font-weight: 600;
    }
    .table-wrap {
      overflow-x: auto;
      border: 1px solid var(--ck-color-border);
      border-radius: var(--ck-radius-lg);
      background: var(--ck-color-surface);
    }
    table {
      width: 100%;
      border-collapse: collapse;
    }
    .connections > thead th {
      height: 36px;
      padding: 0 var(--ck-space-3);
      background: var(--ck-color-surface-sunken);
      border-bottom: 1px solid var(--ck-color-border-strong);
      font-size: var(--ck-font-size-sm);
      font-weight: 600;
      color: var(--ck-color-text-muted);
      text-align: start;
      white-space: nowrap;
    }
    .connections th.num,
    .connections td.num {
      text-align: end;
    }
    .conn > * {
      height: var(--ck-row-height);
      padding: 0 var(--ck-space-3);
      border-bottom: 1px solid var(--ck-color-border);
      text-align: start;
      white-space: nowrap;
      font-variant-numeric: tabular-nums;
    }
    .conn-name {
      font-weight: 500;
    }
    .conn.charted .conn-name {
      box-shadow: inset 3px 0 0 var(--ck-color-accent);
    }
    .toggle-col {
      width: 44px;
      padding-inline-end: 0 !important;
    }
    .detail > td {
      padding: var(--ck-space-2) var(--ck-space-3) var(--ck-space-3) 56px;
      border-bottom: 1px solid var(--ck-color-border);
      background: var(--ck-color-surface-sunken);
    }
    .stats {
      max-width: 640px;
      font-size: var(--ck-font-size-md);
    }
    .stats th,
    .stats td {
      height: 32px;
      padding: 0 var(--ck-space-2);
      border-bottom: 1px solid var(--ck-color-border);
      text-align: start;
      white-space: nowrap;
    }
    .stats thead th {
      color: var(--ck-color-text-muted);
      font-size: var(--ck-font-size-sm);
      font-weight: 600;
    }
    .stats tbody th {
      font-weight: 500;
    }
    .stats .num {
      text-align: end;
      font-variant-numeric: tabular-nums;
    }
    .chart-section {
      display: flex;
      flex-direction: column;
      gap: var(--ck-space-2);
      padding: var(--ck-space-3);
      border: 1px solid var(--ck-color-border);
      border-radius: var(--ck-radius-lg);
      background: var(--ck-color-surface);
    }
    .chart-controls {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--ck-space-2) var(--ck-space-4);
      font-size: var(--ck-font-size-sm);
    }
    .chart-controls label {
      display: inline-flex;
      align-items: center;
      gap: var(--ck-space-2);
    }
    .chart-controls select {
      min-height: 28px;
      max-width: 100%;
      font-size: var(--ck-font-size-sm);
    }
    .chart-controls .method {
      min-height: 28px;
      font-size: var(--ck-font-size-sm);
      font-weight: 400;
      cursor: help;
    }
    .bands {
      display: inline-flex;
      gap: var(--ck-space-3);
      color: var(--ck-color-text-muted);
    }
    .band-key {
      display: inline-flex;
      align-items: center;
      gap: 4px;
    }
    .band-key .dot {
      width: 10px;
      height: 10px;
      border-radius: 2px;
    }
    .band-key.good .dot {
      background: var(--ck-color-mos-good);
    }
    .band-key.fair .dot {
      background: var(--ck-color-mos-fair);
    }
    .band-key.poor .dot {
      background: var(--ck-color-mos-poor);
    }
    .chart-box {
      position: relative;
      height: var(--ck-qos-chart-height, 240px);
      border-radius: var(--ck-radius-md);
    }
    .chart-box:focus-visible {
      outline: 2px solid var(--ck-color-focus);
      outline-offset: 2px;
    }
    .chart-skeleton {
      position: absolute;
      inset: 0;
      height: auto;
    }
    .no-values {
      margin: 0;
      padding: var(--ck-space-5) var(--ck-space-3);
      text-align: center;
      color: var(--ck-color-text-muted);
    }
    .conn-name .dst {
      display: inline-block;
    }
    @container (max-width: 620px) {
      .col-optional {
        display: none;
      }
      .conn > * {
        padding: var(--ck-space-1) var(--ck-space-2);
      }
      .conn-name {
        white-space: normal;
        font-size: var(--ck-font-size-sm);
      }
      .detail > td {
        padding: var(--ck-space-2);
      }
      .stats {
        font-size: var(--ck-font-size-sm);
      }
      .stats th,
      .stats td {
        padding: 0 var(--ck-space-1);
      }
      .chart-controls label {
        flex-wrap: wrap;
      }
      .stats td {
        white-space: normal;
      }
    }
    @container (max-width: 480px) {
      .col-reports {
        display: none;
      }
      .conn .mos {
        flex-direction: column;
        align-items: flex-end;
        gap: 0;
      }
    }
  `,
];
