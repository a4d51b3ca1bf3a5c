import { html, nothing, type TemplateResult } from 'lit';
import type { Messages } from '../i18n/messages.js';
import { describeError, errorDetails, isPermissionError, isRetryable } from './errors.js';
import { icon, icons } from '../icons/icons.js';

/**
 * The four non-data states every element shows the same way (styles in `stateStyles`).
 * Each is a live region so screen readers hear what happened.
 */
export function renderLoading(label: string, rows = 6): TemplateResult {
  return html`<div class="state loading" role="status" aria-live="polite" part="state loading">
    <span class="visually-hidden">${label}</span>
    ${Array.from({ length: rows }, (_, i) => html`<span class="skeleton" style="width:${90 - ((i * 17) % 40)}%"></span>`)}
  </div>`;
}

export function renderEmpty(title: string, message: string): TemplateResult {
  return html`<div class="state empty" role="status" part="state empty">
    ${icon(icons.inbox)}
    <p class="state-title">${title}</p>
    <p class="state-message">${message}</p>
  </div>`;
}

/**
 * The error state: what happened in plain words, the technical facts (request id, status, code,
 * the SDK's message) behind a "Details" disclosure, and Retry only when retrying can help (never
 * for a 404). Styles: `stateStyles`.
 */
export function renderError(error: unknown, t: Messages, onRetry?: () => void): TemplateResult {
  if (isPermissionError(error)) return renderNoPermission(t);
  return html`<div class="state error" role="alert" part="state error">
    ${icon(icons.alert)}
    <p class="state-title">${t.errorTitle}</p>
    <p class="state-message">${describeError(error, t)}</p>
    ${renderErrorDetails(error, t)}
    ${onRetry && isRetryable(error) ? html`<button class="btn" part="retry-button" @click=${onRetry}>${icon(icons.retry)}${t.retry}</button>` : nothing}
  </div>`;
}

/** The "Details" disclosure of an error (nothing when there is nothing technical to show). */
export function renderErrorDetails(error: unknown, t: Messages): TemplateResult | typeof nothing {
  const d = errorDetails(error);
  const lines = [
    d.requestId ? t.errorRequestId(d.requestId) : null,
    d.status ? t.errorStatus(d.status) : null,
    d.code ? t.errorCode(d.code) : null,
    d.request,
    d.message,
  ].filter((line): line is string => !!line);
  if (!lines.length) return nothing;
  return html`<details class="error-details" part="error-details">
    <summary>${t.errorDetails}</summary>
    <ul>
      ${lines.map((line) => html`<li>${line}</li>`)}
    </ul>
  </details>`;
}

export function renderNoPermission(t: Messages, message: string = t.errorForbidden): TemplateResult {
  return html`<div class="state no-permission" role="status" part="state no-permission">
    ${icon(icons.lock)}
    <p class="state-title">${t.noPermissionTitle}</p>
    <p class="state-message">${message}</p>
  </div>`;
}

export function renderNoClient(t: Messages): TemplateResult {
  return html`<div class="state no-client" role="status" part="state no-client">
    ${icon(icons.plug)}
    <p class="state-title">${t.noClientTitle}</p>
    <p class="state-message">${t.noClientMessage}</p>
  </div>`;
}
