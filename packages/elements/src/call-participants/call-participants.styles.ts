import { css } from 'lit';
import { mosStyles } from '../qos-chart/qos-chart.styles.js';

export const participantsStyles = [
  mosStyles,
  css`
    :host {
      display: block;
      container-type: inline-size;
    }
    .table-wrap {
      border: 1px solid var(--ck-call-participants-border-color, var(--ck-color-border));
      border-radius: var(--ck-radius-lg);
      background: var(--ck-call-participants-background, var(--ck-color-surface));
      overflow-x: auto;
    }
    table {
      width: 100%;
      border-collapse: collapse;
    }
    thead th {
      padding: var(--ck-space-2) var(--ck-space-3);
      background: var(--ck-color-surface-sunken);
      border-bottom: 1px solid var(--ck-color-border-strong);
      font-size: var(--ck-font-size-sm);
      font-weight: 600;
      color: var(--ck-color-text-muted);
      text-align: start;
      vertical-align: bottom;
    }
    .th {
      display: inline-flex;
      flex-wrap: wrap;
      align-items: center;
      column-gap: 2px;
    }
    .th-sub {
      flex-basis: 100%;
      order: 3;
      font-weight: 400;
    }
    tbody th,
    tbody td {
      padding: var(--ck-space-2) var(--ck-space-3);
      border-bottom: 1px solid var(--ck-color-border);
      text-align: start;
      vertical-align: top;
      font-weight: 400;
    }
    tbody tr:last-child > * {
      border-bottom: 0;
    }
    tbody th {
      font-weight: 600;
      white-space: nowrap;
    }
    td.num {
      font-variant-numeric: tabular-nums;
    }
    td.time {
      min-width: 110px;
    }
    td.desc {
      min-width: 180px;
      max-width: 320px;
      color: var(--ck-color-text-muted);
    }
    tr.on-call > * {
      background: var(--ck-color-surface-selected);
    }
    tr.on-call > th {
      box-shadow: inset 3px 0 0 var(--ck-color-highlight-current);
    }
    .on-call-mark {
      display: inline-flex;
      vertical-align: middle;
      margin-inline-start: var(--ck-space-1);
      color: var(--ck-color-text-muted);
    }
    .name {
      margin-inline-end: var(--ck-space-2);
    }
    .pill.external {
      background: var(--ck-color-info-bg);
      color: var(--ck-color-info-fg);
    }
    .mma {
      display: inline-flex;
      flex-direction: column;
      gap: 1px;
      font-variant-numeric: tabular-nums;
    }
    .mma-item {
      display: flex;
      justify-content: space-between;
      gap: var(--ck-space-2);
      min-width: 84px;
    }
    .mma-key {
      color: var(--ck-color-text-muted);
      font-size: var(--ck-font-size-sm);
    }
    .mma-item.good {
      color: var(--ck-color-mos-good);
    }
    .mma-item.fair {
      color: var(--ck-color-mos-fair);
    }
    .mma-item.poor {
      color: var(--ck-color-mos-poor);
    }
    .cell-label {
      display: none;
    }

    /* Narrow hosts (the insights side sheet, phones): one card per participant instead of ten columns. */
    @container (max-width: 980px) {
      thead {
        display: none;
      }
      table,
      tbody {
        display: block;
      }
      tbody tr {
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(150px, 1fr));
        gap: var(--ck-space-2) var(--ck-space-4);
        padding: var(--ck-space-3);
        border-bottom: 1px solid var(--ck-color-border);
      }
      tbody tr:last-child {
        border-bottom: 0;
      }
      tbody th,
      tbody td {
        display: flex;
        flex-direction: column;
        align-items: flex-start;
        gap: 2px;
        padding: 0;
        border: 0;
        white-space: normal;
      }
      tbody th {
        grid-column: 1 / -1;
        flex-direction: row;
        flex-wrap: wrap;
        align-items: center;
        font-size: var(--ck-font-size-lg);
      }
      td.desc {
        grid-column: 1 / -1;
        max-width: none;
      }
      .cell-label {
        display: inline-flex;
        align-items: center;
        gap: 2px;
        font-size: var(--ck-font-size-sm);
        font-weight: 600;
        color: var(--ck-color-text-muted);
      }
      .mma {
        flex-direction: row;
        flex-wrap: wrap;
        gap: var(--ck-space-2);
      }
      .mma-item {
        min-width: 0;
        gap: 4px;
      }
      tr.on-call {
        background: var(--ck-color-surface-selected);
      }
      tr.on-call > * {
        background: transparent;
        box-shadow: none;
      }
    }
  `,
];
