import { css } from 'lit';

export const transcriptStyles = css`
  :host {
    display: flex;
    flex-direction: column;
    min-height: 0;
    height: 100%;
    position: relative;
    background: var(--ck-insights-transcript-background, var(--ck-color-surface));
  }
  .recording {
    flex: none;
    padding: var(--ck-space-2) var(--ck-space-3);
    border-bottom: 1px solid var(--ck-color-border);
  }
  .recording.empty {
    display: none;
  }
  .recording.disabled {
    display: flex;
    align-items: flex-start;
    gap: var(--ck-space-2);
    color: var(--ck-color-text-muted);
    background: var(--ck-color-surface-sunken);
  }
  .recording.disabled svg.icon {
    width: 20px;
    height: 20px;
    margin-top: 2px;
  }
  .recording-title {
    margin: 0;
    font-weight: 600;
    color: var(--ck-color-text);
  }
  .recording-message {
    margin: 2px 0 0;
  }

  /* Search bar */
  .search {
    flex: none;
    display: flex;
    align-items: center;
    gap: var(--ck-space-1);
    padding: var(--ck-space-2) var(--ck-space-3);
    border-bottom: 1px solid var(--ck-color-border);
  }
  .search-field {
    flex: 1;
    min-width: 0;
    display: flex;
    align-items: center;
    gap: var(--ck-space-1);
    padding-inline: var(--ck-space-2) 2px;
    border: 1px solid var(--ck-color-border-strong);
    border-radius: var(--ck-radius-md);
    background: var(--ck-color-surface);
    color: var(--ck-color-text-muted);
  }
  .search-field:focus-within {
    outline: 2px solid var(--ck-color-focus);
    outline-offset: 1px;
  }
  .search-field input {
    flex: 1;
    min-width: 0;
    min-height: 30px;
    padding: 0;
    border: 0;
    background: transparent;
    color: var(--ck-color-text);
    font: inherit;
    outline: none;
  }
  .search-field input::-webkit-search-cancel-button {
    display: none;
  }
  .search-field .icon-btn {
    width: 24px;
    height: 24px;
  }
  .count:empty {
    display: none;
  }
  .count {
    min-width: 5.5em;
    text-align: center;
    font-size: var(--ck-font-size-sm);
    color: var(--ck-color-text-muted);
    white-space: nowrap;
  }
  .live {
    display: inline-flex;
    align-items: center;
    gap: 4px;
    margin-inline-start: var(--ck-space-1);
    padding: 2px 8px;
    border-radius: var(--ck-radius-pill);
    background: var(--ck-color-info-bg);
    color: var(--ck-color-info-fg);
    font-size: var(--ck-font-size-sm);
    font-weight: 500;
  }
  .live svg.icon {
    width: 14px;
    height: 14px;
  }

  /* The list */
  .state-area {
    flex: 1;
    min-height: 0;
    overflow: auto;
  }
  .scroller {
    flex: 1;
    min-height: 0;
    overflow: auto;
    /* A scrollbar that appears must not narrow the turns: re-wrapping them inside the virtualizer's
       ResizeObserver callback would loop ("ResizeObserver loop completed with undelivered notifications"). */
    scrollbar-gutter: stable;
    overscroll-behavior: contain;
  }
  .scroller:focus-visible {
    outline-offset: -2px;
  }
  .subject {
    flex: none;
    margin: 0;
    padding: var(--ck-space-2) var(--ck-space-3);
    border-bottom: 1px solid var(--ck-color-border);
    font-size: var(--ck-font-size-lg);
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .subject-label {
    display: block;
    font-size: var(--ck-font-size-sm);
    font-weight: 500;
    color: var(--ck-color-text-muted);
  }
  .turn {
    width: 100%;
    display: flex;
    padding: 3px var(--ck-space-3);
  }
  .turn[aria-posinset='1'] {
    padding-top: var(--ck-space-3);
  }
  .turn.speaker-customer {
    justify-content: flex-start;
  }
  .turn.speaker-ai_agent,
  .turn.speaker-human_agent {
    justify-content: flex-end;
  }
  .turn.speaker-system {
    justify-content: center;
  }
  .bubble {
    max-width: min(88%, 760px);
    min-width: 0;
    padding: var(--ck-space-2) var(--ck-space-3);
    border: 1px solid var(--ck-color-border);
    border-radius: var(--ck-radius-lg);
    background: var(--ck-insights-agent-turn-background, var(--ck-color-surface-raised));
  }
  .speaker-customer .bubble {
    background: var(--ck-insights-customer-turn-background, var(--ck-color-surface-sunken));
  }
  .kind-email .bubble {
    max-width: 100%;
    width: 100%;
  }
  .kind-whisper .bubble {
    border-style: dashed;
    border-color: var(--ck-color-warning-fg);
    background: var(--ck-color-warning-bg);
  }
  .kind-message.speaker-system .bubble {
    background: transparent;
    border-style: dashed;
  }
  .llm-error {
    border-color: var(--ck-color-danger-fg);
    background: var(--ck-color-danger-bg);
  }
  .llm-error .speaker,
  .llm-error .who svg.icon {
    color: var(--ck-color-danger-fg);
  }
  .turn.playing .bubble {
    border-color: var(--ck-color-accent);
    box-shadow: inset 3px 0 0 var(--ck-color-accent);
  }
  :host(:dir(rtl)) .turn.playing .bubble {
    box-shadow: inset -3px 0 0 var(--ck-color-accent);
  }
  .turn.marked .bubble {
    outline: 2px dashed var(--ck-color-accent);
    outline-offset: 1px;
  }
  .turn-head {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 2px var(--ck-space-3);
    font-size: var(--ck-font-size-sm);
    color: var(--ck-color-text-muted);
  }
  .who,
  .when {
    display: inline-flex;
    align-items: center;
    gap: var(--ck-space-1);
    min-width: 0;
  }
  .who svg.icon {
    width: 14px;
    height: 14px;
  }
  .speaker {
    font-weight: 600;
    color: var(--ck-color-text);
  }
  .name {
    overflow-wrap: anywhere;
  }
  .text,
  .email-subject,
  .whisper-hint,
  .llm-provider {
    margin: var(--ck-space-1) 0 0;
    white-space: pre-wrap;
    overflow-wrap: anywhere;
    word-break: normal;
    line-height: 1.45;
  }
  .email-subject {
    font-weight: 600;
  }
  .whisper-hint,
  .llm-provider {
    font-size: var(--ck-font-size-sm);
    color: var(--ck-color-text-muted);
  }
  .llm-event {
    margin-top: var(--ck-space-1);
    font-size: var(--ck-font-size-sm);
  }
  .llm-event summary {
    cursor: pointer;
    color: var(--ck-color-text-muted);
  }
  .llm-event pre {
    margin: var(--ck-space-1) 0 0;
    padding: var(--ck-space-2);
    border-radius: var(--ck-radius-sm);
    background: var(--ck-color-surface);
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
  .offset {
    display: inline-flex;
    align-items: center;
    gap: 2px;
    padding: 0 6px;
    min-height: 22px;
    border: 1px solid transparent;
    border-radius: var(--ck-radius-pill);
    background: transparent;
    color: inherit;
    font: inherit;
  }
  button.offset {
    cursor: pointer;
    color: var(--ck-color-accent);
  }
  button.offset[aria-disabled='true'] {
    cursor: not-allowed;
    opacity: 0.6;
  }
  button.offset:hover {
    background: var(--ck-color-surface-hover);
  }
  .offset svg.icon {
    width: 12px;
    height: 12px;
  }
  .redaction {
    border-radius: 2px;
    color: var(--ck-color-text-muted);
    cursor: help;
  }
  mark.hit {
    border-radius: 2px;
    background: var(--ck-color-highlight);
    color: inherit;
  }
  mark.hit.current {
    background: var(--ck-color-highlight-current);
    outline: 2px solid var(--ck-color-highlight-current);
  }
  .system-line {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: center;
    gap: 2px var(--ck-space-2);
    max-width: 100%;
    padding: 2px var(--ck-space-2);
    font-size: var(--ck-font-size-sm);
    color: var(--ck-color-text-muted);
    text-align: center;
  }
  .system-text {
    font-weight: 600;
    color: var(--ck-color-text);
    overflow-wrap: anywhere;
  }
  .system-hint {
    flex-basis: 100%;
  }
  .kind-no_input .system-line svg.icon,
  .kind-hold .system-line svg.icon {
    color: var(--ck-color-warning-fg);
  }
  .latency {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--ck-space-1);
    margin-top: var(--ck-space-2);
    font-size: var(--ck-font-size-sm);
  }
  .metric {
    padding: 1px 8px;
    border-radius: var(--ck-radius-pill);
    background: var(--ck-color-neutral-bg);
    color: var(--ck-color-neutral-fg);
    white-space: nowrap;
    cursor: help;
  }
  .metric-label {
    font-weight: 600;
  }
  .latency-help {
    width: 22px;
    height: 22px;
  }
  .latency-help svg.icon {
    width: 14px;
    height: 14px;
  }
  .btn.small {
    min-height: 26px;
    margin-top: var(--ck-space-1);
    margin-inline-start: calc(-1 * var(--ck-space-2));
    padding: 0 var(--ck-space-2);
    font-size: var(--ck-font-size-sm);
    color: var(--ck-color-accent);
  }
  .more {
    margin: var(--ck-space-2) var(--ck-space-3);
    font-size: var(--ck-font-size-sm);
    color: var(--ck-color-text-muted);
    text-align: center;
  }
  .jump {
    position: absolute;
    inset-inline: 0;
    bottom: var(--ck-space-3);
    margin-inline: auto;
    width: max-content;
    max-width: calc(100% - 24px);
    box-shadow: var(--ck-shadow-popover);
  }
  dl.fields {
    display: grid;
    grid-template-columns: minmax(60px, max-content) 1fr;
    gap: var(--ck-space-2) var(--ck-space-4);
    margin: 0;
  }
  dl.fields dt {
    font-weight: 600;
    color: var(--ck-color-text-muted);
  }
  dl.fields dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
`;
