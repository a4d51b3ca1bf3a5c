import { css } from 'lit';

/** Shared by the ladder and the details panel: one colour per message kind, from theme tokens. */
export const toneStyles = css`
  .tone-request {
    --_c: var(--_request);
  }
  .tone-provisional {
    --_c: var(--_provisional);
  }
  .tone-success {
    --_c: var(--_success);
  }
  .tone-failure {
    --_c: var(--_failure);
  }
  .tone-rtcp {
    --_c: var(--_rtcp);
  }
  .swatch {
    display: inline-block;
    width: 14px;
    height: 0;
    border-top: 3px solid var(--_c);
    flex: none;
  }
  .tone-rtcp .swatch {
    border-top-style: dashed;
  }
`;

export const flowStyles = [
  toneStyles,
  css`
    :host {
      display: flex;
      flex-direction: column;
      height: 100%;
      min-height: 360px;
      container-type: inline-size;
      border: 1px solid var(--ck-sip-flow-diagram-border-color, var(--ck-color-border));
      border-radius: var(--ck-radius-lg);
      background: var(--ck-sip-flow-diagram-background, var(--ck-color-surface));
      overflow: hidden;
      --_row: var(--ck-sip-flow-diagram-row-height, 44px);
      --_gutter: 148px;
      --_lane-min: var(--ck-sip-flow-diagram-lane-min-width, 150px);
      --_request: var(--ck-sip-flow-diagram-request, var(--ck-color-sip-request));
      --_provisional: var(--ck-sip-flow-diagram-provisional, var(--ck-color-sip-provisional));
      --_success: var(--ck-sip-flow-diagram-success, var(--ck-color-sip-success));
      --_failure: var(--ck-sip-flow-diagram-failure, var(--ck-color-sip-failure));
      --_rtcp: var(--ck-sip-flow-diagram-rtcp, var(--ck-color-sip-rtcp));
      --_line: var(--ck-color-border);
    }
    :host > .state {
      flex: 1;
    }

    /* ---------- toolbar ---------- */
    .toolbar {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--ck-space-2) var(--ck-space-4);
      padding: var(--ck-space-2) var(--ck-space-3);
      border-bottom: 1px solid var(--ck-color-border);
      font-size: var(--ck-font-size-sm);
    }
    .toolbar label {
      display: inline-flex;
      align-items: center;
      gap: var(--ck-space-2);
      color: var(--ck-color-text);
    }
    .toolbar select {
      min-height: 28px;
      max-width: 240px;
      font-size: var(--ck-font-size-sm);
    }
    .toolbar input[type='checkbox'] {
      width: 16px;
      height: 16px;
      margin: 0;
      accent-color: var(--ck-color-accent);
    }
    .count {
      color: var(--ck-color-text-muted);
      font-variant-numeric: tabular-nums;
    }
    .count.filtered {
      color: var(--ck-color-text);
      font-weight: 600;
    }
    .legend {
      display: inline-flex;
      flex-wrap: wrap;
      gap: var(--ck-space-1) var(--ck-space-3);
      margin-inline-start: auto;
      color: var(--ck-color-text-muted);
    }
    .legend-item {
      display: inline-flex;
      align-items: center;
      gap: 6px;
    }

    /* ---------- ladder ---------- */
    .main {
      display: flex;
      flex: 1;
      min-height: 0;
    }
    .ladder-pane {
      display: flex;
      flex-direction: column;
      flex: 1;
      min-width: 0;
      --_min-width: calc(var(--_gutter) + var(--_cols) * var(--_lane-min));
      --_lane: calc((100% - var(--_gutter)) / var(--_cols));
    }
    .head-wrap {
      flex: none;
      overflow: hidden;
      scrollbar-gutter: stable;
      background: var(--ck-color-surface-sunken);
      border-bottom: 1px solid var(--ck-color-border-strong);
    }
    .head-track {
      display: grid;
      grid-template-columns: var(--_gutter) repeat(var(--_cols), minmax(var(--_lane-min), 1fr));
      min-width: var(--_min-width);
      will-change: transform;
    }
    .gutter-head,
    .lane-head {
      display: flex;
      flex-direction: column;
      justify-content: center;
      min-height: 48px;
      padding: var(--ck-space-1) var(--ck-space-2);
      min-width: 0;
    }
    .gutter-head {
      position: relative;
      z-index: 1;
      transform: translateX(var(--_sx, 0px));
      background: var(--ck-color-surface-sunken);
      padding-inline-start: var(--ck-space-3);
      font-size: var(--ck-font-size-sm);
      font-weight: 600;
      color: var(--ck-color-text-muted);
    }
    .lane-head {
      align-items: center;
      text-align: center;
    }
    .lane-label {
      max-width: 100%;
      overflow: hidden;
      text-overflow: ellipsis;
      white-space: nowrap;
      font-weight: 600;
    }
    .lane-ip {
      color: var(--ck-color-text-muted);
      font-size: var(--ck-font-size-sm);
    }
    .scroller {
      flex: 1;
      min-height: 0;
      overflow: auto;
      scrollbar-gutter: stable;
      overscroll-behavior: contain;
    }
    .scroller > .state {
      position: sticky;
      left: 0;
    }
    .body {
      position: relative;
      min-width: var(--_min-width);
      outline: none;
      contain: strict;
      /* The time gutter and the lifelines are one background of the whole list: no node per lifeline per row. */
      background-color: var(--ck-color-surface);
      background-image:
        linear-gradient(var(--ck-color-surface-sunken), var(--ck-color-surface-sunken)),
        linear-gradient(
          to right,
          transparent calc(50% - 0.5px),
          var(--_line) calc(50% - 0.5px),
          var(--_line) calc(50% + 0.5px),
          transparent calc(50% + 0.5px)
        );
      background-size:
        var(--_gutter) 100%,
        calc((100% - var(--_gutter)) / var(--_cols)) 100%;
      background-position:
        0 0,
        var(--_gutter) 0;
      background-repeat: no-repeat, repeat-x;
    }
    .msg {
      position: absolute;
      left: 0;
      right: 0;
      display: block;
      height: var(--_row);
      cursor: pointer;
      font-size: var(--ck-font-size-sm);
    }
    .msg:hover .time {
      background: var(--ck-color-surface-hover);
    }
    .msg[aria-selected='true']::after,
    .msg.pinned::after {
      content: '';
      position: absolute;
      inset: 0;
      z-index: 1;
      border: 2px solid var(--ck-color-accent);
      pointer-events: none;
    }
    .msg.pinned::after {
      border-style: dashed;
      border-color: var(--ck-color-border-strong);
    }
    .msg[aria-selected='true'] .time {
      background: var(--ck-color-surface-selected);
    }
    .msg.cursor .time {
      background: var(--ck-color-highlight);
    }
    .msg.cursor::before {
      content: '';
      position: absolute;
      inset: 0 auto 0 0;
      z-index: 2;
      transform: translateX(var(--_sx, 0px));
      width: 4px;
      background: var(--ck-color-highlight-current);
    }
    .msg:focus-visible {
      outline: 2px solid var(--ck-color-focus);
      outline-offset: -2px;
    }
    /* Two lines in one node (clock, then +offset and Δ): fewer nodes per row keeps scrolling cheap. */
    /* Sticky when the ladder scrolls sideways: shifted back by the scroll offset, over the arrows. */
    .time {
      position: absolute;
      inset: 0 auto 0 0;
      z-index: 1;
      transform: translateX(var(--_sx, 0px));
      background: var(--ck-color-surface-sunken);
      border-inline-end: 1px solid var(--ck-color-border);
      width: var(--_gutter);
      display: flex;
      align-items: center;
      padding: 0 var(--ck-space-2) 0 var(--ck-space-3);
      font-family: var(--ck-font-mono);
      font-size: 10.5px;
      line-height: 1.45;
      font-variant-numeric: tabular-nums;
      white-space: pre;
      overflow: hidden;
      color: var(--ck-color-text-muted);
    }
    .time::first-line {
      font-size: 11.5px;
      color: var(--ck-color-text);
    }
    .arrow {
      position: absolute;
      top: 0;
      bottom: 0;
      left: calc(var(--_gutter) + (var(--_a) + 0.5) * var(--_lane));
      width: calc(var(--_n) * var(--_lane));
    }
    .arrow::before {
      content: '';
      position: absolute;
      left: 0;
      right: 0;
      top: calc(50% - 1px);
      border-top: 2px solid var(--_c);
    }
    .tone-rtcp .arrow::before {
      border-top-style: dashed;
    }
    .arrow::after {
      content: '';
      position: absolute;
      top: calc(50% - 5px);
      width: 9px;
      height: 10px;
      background: var(--_c);
    }
    .arrow.ltr::after {
      right: -1px;
      clip-path: polygon(0 0, 100% 50%, 0 100%);
    }
    .arrow.rtl::after {
      left: -1px;
      clip-path: polygon(100% 0, 0 50%, 100% 100%);
    }
    .arrow.self {
      width: 36px;
    }
    .arrow.self::before {
      top: 28%;
      bottom: 28%;
      border: 2px solid var(--_c);
      border-left: 0;
    }
    .arrow.self::after {
      top: calc(72% - 5px);
      left: -1px;
      clip-path: polygon(100% 0, 0 50%, 100% 100%);
    }
    .label,
    .ports {
      position: absolute;
      left: -60px;
      right: -60px;
      text-align: center;
      white-space: nowrap;
      overflow: hidden;
      text-overflow: ellipsis;
      pointer-events: none;
    }
    .arrow.self .label,
    .arrow.self .ports {
      left: 44px;
      right: auto;
      text-align: start;
    }
    .label {
      bottom: calc(50% + 2px);
      font-weight: 600;
      color: var(--_c);
      line-height: 1.3;
    }
    .ports {
      top: calc(50% + 3px);
      font-family: var(--ck-font-mono);
      font-size: 10.5px;
      line-height: 1.3;
      color: var(--ck-color-text-muted);
    }
    .tag {
      display: inline-block;
      margin-inline-start: 6px;
      padding: 0 4px;
      border: 1px solid currentColor;
      border-radius: var(--ck-radius-sm);
      font-size: 10px;
      font-weight: 500;
      line-height: 14px;
      vertical-align: 1px;
      color: var(--ck-color-text-muted);
      background: var(--ck-color-surface);
    }
    .tag.retrans {
      color: var(--ck-color-warning-fg);
      background: var(--ck-color-warning-bg);
    }

    /* ---------- details ---------- */
    .details {
      flex: none;
      width: min(440px, 45%);
      overflow: auto;
      padding: var(--ck-space-3);
      border-inline-start: 1px solid var(--ck-color-border);
      background: var(--ck-color-surface);
    }
    .details-head {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--ck-space-2);
      margin-bottom: var(--ck-space-2);
    }
    .details-title {
      flex: 1 1 auto;
      min-width: 0;
      font-size: var(--ck-font-size-lg);
      font-weight: 600;
      overflow-wrap: anywhere;
    }
    .details-actions {
      display: inline-flex;
      align-items: center;
      gap: 2px;
    }
    .details-actions .btn {
      min-height: 30px;
      padding: 0 var(--ck-space-2);
      font-size: var(--ck-font-size-sm);
    }
    .hint {
      margin: 0 0 var(--ck-space-2);
      padding: var(--ck-space-2);
      border-radius: var(--ck-radius-md);
      background: var(--ck-color-info-bg);
      color: var(--ck-color-info-fg);
      font-size: var(--ck-font-size-sm);
    }
    .badges {
      display: flex;
      flex-wrap: wrap;
      gap: var(--ck-space-2);
      margin-bottom: var(--ck-space-2);
    }
    .kind-pill {
      display: inline-flex;
      align-items: center;
      gap: 6px;
      padding: 2px 8px;
      border-radius: var(--ck-radius-pill);
      background: var(--ck-color-neutral-bg);
      color: var(--ck-color-neutral-fg);
      font-size: var(--ck-font-size-sm);
      font-weight: 500;
    }
    .kind-pill.retrans {
      background: var(--ck-color-warning-bg);
      color: var(--ck-color-warning-fg);
    }
    .kind-pill svg.icon {
      width: 12px;
      height: 12px;
    }
    .meta {
      display: grid;
      grid-template-columns: auto 1fr;
      gap: 2px var(--ck-space-3);
      margin: 0 0 var(--ck-space-3);
      font-size: var(--ck-font-size-sm);
    }
    .meta dt {
      color: var(--ck-color-text-muted);
    }
    .meta dd {
      margin: 0;
      min-width: 0;
      overflow-wrap: anywhere;
    }
    .sdp {
      width: 100%;
      margin-bottom: var(--ck-space-3);
      border-collapse: collapse;
      font-size: var(--ck-font-size-sm);
    }
    .sdp caption {
      text-align: start;
      font-weight: 600;
      padding-bottom: var(--ck-space-1);
    }
    .sdp th,
    .sdp td {
      padding: 3px 6px;
      border-bottom: 1px solid var(--ck-color-border);
      text-align: start;
    }
    .sdp th {
      color: var(--ck-color-text-muted);
      font-weight: 500;
    }
    .raw-head {
      display: flex;
      align-items: center;
      justify-content: space-between;
      gap: var(--ck-space-2);
      margin-bottom: var(--ck-space-1);
    }
    .raw-title {
      font-weight: 600;
      font-size: var(--ck-font-size-sm);
    }
    .raw-head .btn {
      min-height: 26px;
      font-size: var(--ck-font-size-sm);
    }
    .raw {
      margin: 0;
      padding: var(--ck-space-2);
      border-radius: var(--ck-radius-md);
      background: var(--ck-color-surface-sunken);
      font-size: 11.5px;
      line-height: 1.5;
      white-space: pre-wrap;
      overflow-wrap: anywhere;
    }
    .raw .line {
      display: block;
      min-height: 1.5em;
    }
    .raw .start {
      font-weight: 600;
    }
    .raw .h-name {
      color: var(--ck-color-accent);
    }
    .raw mark {
      background: var(--ck-color-highlight);
      color: var(--ck-color-text);
    }
    .raw mark .h-name {
      color: inherit;
    }
    .compare-grid {
      display: grid;
      grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
      gap: var(--ck-space-3);
    }
    .compare-title {
      margin: 0 0 var(--ck-space-1);
      font-weight: 600;
    }
    .main.comparing .details {
      width: min(760px, 60%);
    }

    @container (max-width: 760px) {
      .main.with-details {
        flex-direction: column;
      }
      .main.with-details .ladder-pane {
        flex: 1 1 50%;
        min-height: 200px;
      }
      .details,
      .main.comparing .details {
        width: auto;
        flex: 1 1 50%;
        border-inline-start: 0;
        border-top: 1px solid var(--ck-color-border-strong);
      }
      .legend {
        margin-inline-start: 0;
      }
    }
    @container (max-width: 560px) {
      .compare-grid {
        grid-template-columns: minmax(0, 1fr);
      }
      .ladder-pane {
        --_gutter: 126px;
      }
      .time {
        padding-inline: var(--ck-space-2) 2px;
        font-size: 9.5px;
      }
      .time::first-line {
        font-size: 10.5px;
      }
    }
  `,
];
