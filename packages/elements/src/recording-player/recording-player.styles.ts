import { css } from 'lit';

export const playerStyles = css`
  :host {
    display: block;
    container-type: inline-size;
    --_background: var(--ck-recording-player-background, var(--ck-color-surface));
    --_border: var(--ck-recording-player-border-color, var(--ck-color-border));
    --_wave: var(--ck-recording-player-wave-color, var(--ck-color-wave));
    --_progress: var(--ck-recording-player-progress-color, var(--ck-color-wave-progress));
    --_agent-wave: var(--ck-recording-player-agent-wave-color, var(--ck-color-wave-agent));
    --_agent-progress: var(--ck-recording-player-agent-progress-color, var(--ck-color-wave-agent-progress));
    --_cursor: var(--ck-recording-player-cursor-color, var(--ck-color-text));
    --_marker: var(--ck-recording-player-marker-color, var(--ck-color-warning-fg));
  }
  .player {
    display: flex;
    flex-direction: column;
    gap: var(--ck-space-2);
    padding: var(--ck-space-3);
    border: 1px solid var(--_border);
    border-radius: var(--ck-radius-lg);
    background: var(--_background);
  }
  .player > .state {
    padding: var(--ck-space-4) var(--ck-space-3);
  }
  .wave-area {
    position: relative;
  }
  .waveform-slider {
    position: relative;
    border-radius: var(--ck-radius-md);
    background: var(--ck-color-surface-sunken);
    cursor: pointer;
    touch-action: none;
  }
  .waveform {
    width: 100%;
  }
  .wave-skeleton {
    position: absolute;
    inset: 0;
    height: auto;
  }
  .lane-labels {
    position: absolute;
    inset: 0;
    z-index: 3;
    pointer-events: none;
  }
  .lane-label {
    position: absolute;
    left: var(--ck-space-1);
    padding: 0 var(--ck-space-1);
    border-radius: var(--ck-radius-sm);
    background: var(--ck-color-surface);
    color: var(--ck-color-text);
    font-size: var(--ck-font-size-sm);
    line-height: 1.5;
    opacity: 0.92;
  }
  .lane-label.lane-0 {
    top: 2px;
  }
  .lane-label.lane-1 {
    top: calc(50% + 2px);
  }
  .regions {
    position: absolute;
    inset: 0;
    z-index: 2;
    pointer-events: none;
    overflow: hidden;
  }
  .region {
    position: absolute;
    top: 0;
    bottom: 0;
    border-inline: 1px solid color-mix(in srgb, var(--ck-color-neutral-fg) 45%, transparent);
    background: color-mix(in srgb, var(--ck-color-neutral-fg) 12%, transparent);
  }
  .region.kind-hold {
    border-color: color-mix(in srgb, var(--ck-color-warning-fg) 55%, transparent);
    background: color-mix(in srgb, var(--ck-color-warning-fg) 16%, transparent);
  }
  .region.kind-latency {
    border-color: color-mix(in srgb, var(--ck-color-info-fg) 55%, transparent);
    background: color-mix(in srgb, var(--ck-color-info-fg) 14%, transparent);
  }
  .region-label {
    position: absolute;
    bottom: 1px;
    left: 2px;
    max-width: calc(100% - 4px);
    overflow: hidden;
    font-size: 0.6875rem;
    line-height: 1.3;
    white-space: nowrap;
    text-overflow: ellipsis;
    color: var(--ck-color-text);
  }
  .marker {
    position: absolute;
    top: -2px;
    bottom: -2px;
    width: 2px;
    margin-left: -1px;
    z-index: 4;
    background: var(--_marker);
    pointer-events: none;
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--ck-space-1);
  }
  .controls .play {
    color: var(--ck-color-accent);
  }
  .counters {
    display: inline-flex;
    gap: var(--ck-space-2);
    margin-inline-start: var(--ck-space-2);
    font-variant-numeric: tabular-nums;
    color: var(--ck-color-text-muted);
  }
  .counters .elapsed,
  .counters .total {
    color: var(--ck-color-text);
  }
  .spacer {
    flex: 1;
  }
  select.speed {
    min-height: 30px;
    padding: 2px var(--ck-space-1);
    border: 1px solid var(--ck-color-border-strong);
    border-radius: var(--ck-radius-md);
    background: var(--ck-color-surface);
    color: var(--ck-color-text);
    font: inherit;
    font-variant-numeric: tabular-nums;
  }
  input.volume {
    width: 96px;
    accent-color: var(--ck-color-accent);
  }
  .download-error {
    flex-basis: 100%;
    margin: 0;
    color: var(--ck-color-danger-fg);
  }
  .media-error,
  .state.compact {
    display: flex;
    flex-direction: row;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--ck-space-2);
    padding: var(--ck-space-2) var(--ck-space-3);
    border-radius: var(--ck-radius-md);
    background: var(--ck-color-danger-bg);
    color: var(--ck-color-danger-fg);
    text-align: start;
  }
  .media-error span {
    flex: 1;
  }
  .state .btn svg.icon {
    width: 16px;
    height: 16px;
  }
  .recording-state.info > svg.icon {
    color: var(--ck-color-info-fg);
  }
  .recording-state.warning > svg.icon {
    color: var(--ck-color-warning-fg);
  }
  .recording-state.danger > svg.icon {
    color: var(--ck-color-danger-fg);
  }
  .recording-state .state-message {
    color: var(--ck-color-text);
  }
  .state-note {
    margin: 0;
    font-size: var(--ck-font-size-sm);
  }
  .progress {
    position: relative;
    width: min(240px, 80%);
    height: 4px;
    overflow: hidden;
    border-radius: var(--ck-radius-pill);
    background: var(--ck-color-skeleton);
  }
  .progress::after {
    content: '';
    position: absolute;
    inset: 0 auto 0 0;
    width: 35%;
    border-radius: inherit;
    background: var(--ck-color-accent);
    animation: ck-indeterminate 1.4s ease-in-out infinite;
  }
  @keyframes ck-indeterminate {
    from {
      transform: translateX(-100%);
    }
    to {
      transform: translateX(300%);
    }
  }
  [aria-busy='true'] > svg.icon {
    animation: ck-spin 1s linear infinite;
  }
  @keyframes ck-spin {
    to {
      transform: rotate(360deg);
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .progress::after,
    [aria-busy='true'] > svg.icon {
      animation: none;
    }
    .progress::after {
      width: 100%;
      opacity: 0.5;
    }
  }
  label.check {
    display: flex;
    align-items: center;
    gap: var(--ck-space-2);
    min-height: 32px;
  }
  dialog .dialog-body p {
    margin-top: 0;
  }
  @container (max-width: 420px) {
    input.volume {
      width: 64px;
    }
    .counters {
      margin-inline-start: var(--ck-space-1);
    }
  }
`;
