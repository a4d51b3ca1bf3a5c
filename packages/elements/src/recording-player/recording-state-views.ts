import { html, nothing, type TemplateResult } from 'lit';
import type { RecordingStatus } from '@conversations-kit/sdk';
import { AudioLines, Clock, FileAudio, Loader, MicOff } from 'lucide';
import type { Messages } from '../i18n/messages.js';
import { renderError, renderLoading } from '../base/states.js';
import { describeError } from '../base/errors.js';
import { tooltip } from '../primitives/tooltip.js';
import { icon, icons } from '../icons/icons.js';
import type { StatusView } from './recording-status-controller.js';
import type { MediaFailure } from './recording-media-controller.js';
import { FAILED_STATES, GENERATING_STATES, isRecordingDisabled, RETRYABLE_STATES, stateMessage } from './recording-states.js';

type Tone = 'info' | 'warning' | 'danger' | 'neutral';
type Glyph = Parameters<typeof icon>[0];

/** A recording state's panel: icon, optional title, the message (text, never HTML) and extras. */
function stateMessagePanel(state: string, glyph: Glyph, message: string, tone: Tone, title?: string, extra: unknown = nothing): TemplateResult {
  return html`<div class="state recording-state ${tone}" role="status" part="state" data-state=${state}>
    ${icon(glyph)} ${title ? html`<p class="state-title">${title}</p>` : nothing}
    <p class="state-message">${message}</p>
    ${extra}
  </div>`;
}

/** Loading, a failed state request (Retry), or no recording for this conversation (404). */
export function renderStatusPending(view: Exclude<StatusView, { kind: 'status' }>, t: Messages, reload: () => void): TemplateResult {
  if (view.kind === 'error') {
    if ((view.error as { status?: number } | null)?.status === 404) return stateMessagePanel('none', FileAudio, t.recordingNotFound, 'info');
    return renderError(view.error, t, reload);
  }
  return renderLoading(t.recordingLoading, 2);
}

/**
 * Every state of a recording that cannot play: the backend's (or the spec's) message, a progress bar
 * and "updates on its own" while it is generated, Retry where the spec offers it (inactive, with the
 * reason, while the backend does not allow it yet).
 */
export function renderRecordingState(status: RecordingStatus, t: Messages, retry: { busy: boolean; run: () => void }): TemplateResult {
  const message = stateMessage(status, t);
  const { state } = status;
  if (isRecordingDisabled(status)) return stateMessagePanel(state, MicOff, message, 'neutral', t.recordingDisabledTitle);
  if (state === 'retention_deleted') return stateMessagePanel(state, FileAudio, message, 'neutral');
  if (GENERATING_STATES.has(state)) {
    return stateMessagePanel(state, state === 'call_in_progress' ? Clock : AudioLines, message, 'info', undefined, html`
      <div class="progress" role="progressbar" aria-label=${message}></div>
      <p class="state-note">${t.recordingAutoRecheck}</p>`);
  }
  if (RETRYABLE_STATES.has(state)) {
    const available = status.retryAvailable !== false;
    const button = html`<button
      class="btn retry"
      part="retry-button"
      aria-disabled=${available && !retry.busy ? 'false' : 'true'}
      aria-busy=${retry.busy ? 'true' : 'false'}
      ${tooltip(available ? '' : t.recordingRetryUnavailable)}
      @click=${() => available && retry.run()}
    >
      ${icon(retry.busy ? Loader : icons.retry)}${retry.busy ? t.recordingRetrying : t.retry}
    </button>`;
    return stateMessagePanel(state, icons.alertCircle, message, 'warning', undefined, button);
  }
  return stateMessagePanel(state, icons.alert, message, FAILED_STATES.has(state) ? 'danger' : 'neutral');
}

/** The peaks could not be loaded: the player still plays; the waveform offers Retry. */
export function renderWaveformError(error: unknown, t: Messages, retry: () => void): TemplateResult {
  return html`<div class="state error compact" role="alert" part="state">
    <p class="state-message">${t.recordingWaveformFailed} ${describeError(error, t)}</p>
    <button class="btn" part="retry-button" @click=${retry}>${icon(icons.retry)}${t.retry}</button>
  </div>`;
}

/** The audio failed to load or stopped arriving: said in plain words, with Retry (from the same position). */
export function renderMediaFailure(failure: MediaFailure, t: Messages, retry: () => void): TemplateResult {
  return html`<div class="media-error" role="alert" part="state">
    ${icon(icons.alert)}
    <span>${failure === 'stalled' ? t.recordingAudioStalled : t.recordingAudioFailed}</span>
    <button class="btn" part="retry-button" @click=${retry}>${icon(icons.retry)}${t.retry}</button>
  </div>`;
}
