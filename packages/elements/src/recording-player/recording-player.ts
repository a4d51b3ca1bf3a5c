import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { classMap } from 'lit/directives/class-map.js';
import { styleMap } from 'lit/directives/style-map.js';
import type { RecordingChannel, RecordingStatus } from '@conversations-kit/sdk';
import { KitElement } from '../base/kit-element.js';
import { renderNoClient } from '../base/states.js';
import { buttonStyles, hostStyles, stateStyles } from '../styles/shared.styles.js';
import { popupStyles } from '../primitives/popup.styles.js';
import { tooltip } from '../primitives/tooltip.js';
import { icon, icons } from '../icons/icons.js';
import { announce } from '../util/announce.js';
import { describeError } from '../base/errors.js';
import { playerStyles } from './recording-player.styles.js';
import { TimeUpdateEvent } from './events.js';
import { RecordingStatusController } from './recording-status-controller.js';
import { RecordingMediaController } from './recording-media-controller.js';
import { WaveformController } from './waveform-controller.js';
import { RecordingDownloadsController } from './recording-downloads-controller.js';
import { renderMediaFailure, renderRecordingState, renderStatusPending, renderWaveformError } from './recording-state-views.js';
import { isRecordingDisabled, stateMessage } from './recording-states.js';
import { audioLeases } from './signed-media-url.js';
import { channelName } from './channel-names.js';

/** A period drawn over the waveform: hold periods, latency markers (ASR/Bot/TTS), anything labelled. */
export interface RecordingRegion {
  start: number;
  end: number;
  kind: 'hold' | 'latency' | string;
  label: string;
}

/** The speed drop-down's steps, lowest to highest (spec: "Increase playback speed"). */
export const PLAYBACK_RATES = [0.5, 0.75, 1, 1.25, 1.5, 1.75, 2] as const;
const SKIP_SECONDS = 10;
const ARROW_SECONDS = 5;

const notPlayable = () => new DOMException('The recording is not available to play', 'NotSupportedError');

/**
 * @summary Plays a conversation's call recording: a waveform drawn from precomputed peaks, audio
 * played by a native `<audio>` element from a short-lived signed URL (PCM, μ-law and A-law WAV, FLAC),
 * speed/volume/mute/skip controls, FLAC downloads, and every recording state of the spec with the
 * backend's message (the spec's exact text when it sends none; Retry where the spec offers it,
 * automatic re-check while the recording is being generated).
 *
 * Keyboard: Space plays/pauses (anywhere in the player outside a text field or button), the
 * waveform is a slider (←/→ 5 s, Page Up/Down 10 s, Home/End), every control is a labelled native
 * control.
 *
 * @event time-update - {TimeUpdateEvent} About four times a second while playing, and on play, pause, seek and end.
 * @event recording-state-change - {RecordingStateChangeEvent} The recording's state became known or changed.
 * @event waveform-ready - {Event} The current recording's waveform has been painted (does not bubble).
 *
 * @csspart base - The player's frame.
 * @csspart waveform - The waveform (a slider).
 * @csspart controls - The row of controls.
 * @csspart state - The panel showing a recording state's message, loading or an error.
 * @csspart retry-button - Retry buttons.
 * @csspart region - Each marked period over the waveform (also `region-<kind>`, e.g. `region-hold`).
 * @csspart marker - The shared time cursor drawn by `markTime()`.
 *
 * @cssprop --ck-recording-player-background - Player background (default `--ck-color-surface`).
 * @cssprop --ck-recording-player-border-color - Frame border (default `--ck-color-border`).
 * @cssprop --ck-recording-player-wave-color - Waveform, customer channel (default `--ck-color-wave`).
 * @cssprop --ck-recording-player-progress-color - Played part, customer channel (default `--ck-color-wave-progress`).
 * @cssprop --ck-recording-player-agent-wave-color - Waveform, agent channel (default `--ck-color-wave-agent`).
 * @cssprop --ck-recording-player-agent-progress-color - Played part, agent channel (default `--ck-color-wave-agent-progress`).
 * @cssprop --ck-recording-player-cursor-color - Playback cursor (default `--ck-color-text`).
 * @cssprop --ck-recording-player-marker-color - `markTime()` cursor (default `--ck-color-warning-fg`).
 */
export class RecordingPlayer extends KitElement {
  static override styles = [hostStyles, buttonStyles, stateStyles, popupStyles, playerStyles];

  /** Waiting this long for audio while playing counts as a stalled stream (shown with Retry). */
  static stallTimeoutMs = 12_000;

  /** The conversation whose recording plays. */
  @property({ attribute: 'conversation-id', reflect: true }) conversationId?: string;

  /** Show the customer and agent channels as two labelled waveforms instead of one. */
  @property({ type: Boolean, reflect: true, attribute: 'split-channels' }) splitChannels = false;

  /** Periods drawn over the waveform (hold, latency markers…). */
  @property({ attribute: false }) regions: RecordingRegion[] = [];

  @state() private markedTime: number | null = null;

  @query('.waveform') private waveformEl?: HTMLElement;

  private readonly status = new RecordingStatusController(this, {
    onStatus: (status) => this.onStatus(status),
    onError: (error) => this.rejectWaiters(error),
  });

  private readonly media = new RecordingMediaController(this, {
    stallTimeoutMs: () => (this.constructor as typeof RecordingPlayer).stallTimeoutMs,
    onTime: (time, playing) => this.dispatchEvent(new TimeUpdateEvent(time, playing)),
  });

  private readonly waveform = new WaveformController(this, {
    status: () => this.status.status,
    media: () => (this.mediaId === this.conversationId ? this.media.element : undefined),
    container: () => this.waveformEl,
    seek: (seconds) => this.seek(seconds),
    onReady: () => {
      this.media.preload();
      this.dispatchEvent(new Event('waveform-ready'));
    },
  });

  private readonly downloads = new RecordingDownloadsController(this, () => this.status.status?.channels ?? []);

  /** The conversation whose audio `media` holds (a new `conversation-id` takes effect at the next update). */
  private mediaId?: string;
  /** A seek() made before the audio of that conversation was opened. */
  private pendingSeek?: { id: string | undefined; seconds: number };
  private playWaiters: { id: string; resolve: () => void; reject: (error: unknown) => void }[] = [];
  private torn = false;

  // ---------------------------------------------------------------- public API

  /** Position in seconds. */
  get currentTime(): number {
    return this.mediaId === this.conversationId && this.mediaId ? this.media.position : (this.pendingSeek?.seconds ?? 0);
  }

  /** Length of the recording in seconds (0 until known). */
  get duration(): number {
    return this.media.duration || this.status.status?.durationSeconds || 0;
  }

  /** Whether playback is paused (true before it ever started). */
  get paused(): boolean {
    return !this.media.playing;
  }

  /** Moves the playhead to `seconds` (clamped to the recording). Works before the audio has loaded. */
  seek(seconds: number): void {
    if (!Number.isFinite(seconds)) return;
    if (this.mediaId && this.mediaId === this.conversationId) this.media.seek(seconds);
    else {
      this.pendingSeek = { id: this.conversationId, seconds: Math.max(0, seconds) };
      this.requestUpdate();
    }
  }

  /** Starts playback. Waits for the recording's state; rejects (NotSupportedError) when it cannot play. */
  async play(): Promise<void> {
    if (!this.mediaId || this.mediaId !== this.conversationId) await this.whenPlayable();
    await this.media.play();
  }

  /** Pauses playback. */
  pause(): void {
    this.media.pause();
  }

  /** Draws (or with `null` removes) a shared time cursor, e.g. the time selected in the diagnostics view. */
  markTime(seconds: number | null): void {
    this.markedTime = seconds == null || !Number.isFinite(seconds) ? null : Math.max(0, seconds);
  }

  // ---------------------------------------------------------------- lifecycle

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('pagehide', this.onPageHide);
    if (this.torn) {
      this.torn = false;
      this.load();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback(); // the controllers stop the audio and cancel their requests
    window.removeEventListener('pagehide', this.onPageHide);
    this.teardown();
    this.torn = true;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('client') || changed.has('conversationId')) {
      const previousId = changed.get('conversationId') as string | undefined;
      if (changed.has('conversationId') && previousId !== undefined && this.pendingSeek?.id === previousId) this.pendingSeek = undefined;
      this.teardown();
      if (this.isConnected) this.load();
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (changed.has('splitChannels')) this.waveform.restyle();
  }

  private load(): void {
    if (!this.client || !this.conversationId) return;
    // Most recordings are playable: wavesurfer.js downloads alongside the state and peaks requests.
    this.waveform.prefetch();
    void this.status.load();
  }

  /** Stops audio and frees everything tied to the current conversation. */
  private teardown(): void {
    this.status.reset();
    this.waveform.reset();
    this.media.close();
    this.mediaId = undefined;
    this.downloads.reset();
    // play() calls made for the new conversation keep waiting; older ones are cancelled.
    this.rejectWaiters(new DOMException('The recording changed', 'AbortError'), (id) => id !== this.conversationId || !this.isConnected);
  }

  private onStatus(status: RecordingStatus): void {
    const id = this.conversationId!;
    if (status.state !== 'available' || status.enabled === false) {
      this.rejectWaiters(notPlayable());
      return;
    }
    if (this.mediaId === id || !this.client) return;
    const startAt = this.pendingSeek?.id === id ? this.pendingSeek.seconds : 0;
    this.pendingSeek = undefined;
    this.media.open(audioLeases(this.client, id), status.durationSeconds, startAt);
    this.mediaId = id;
    const waiters = this.playWaiters;
    this.playWaiters = waiters.filter((w) => w.id !== id);
    for (const waiter of waiters) if (waiter.id === id) waiter.resolve();
  }

  /** Resolves once the current conversation's recording is known to be playable. */
  private whenPlayable(): Promise<void> {
    const id = this.conversationId;
    const known = this.status.viewId === id;
    const status = known ? this.status.status : undefined;
    if (!this.client || !id || (status && status.state !== 'available') || (known && this.status.view.kind === 'error')) {
      return Promise.reject(notPlayable());
    }
    return new Promise((resolve, reject) => this.playWaiters.push({ id, resolve, reject }));
  }

  private rejectWaiters(error: unknown, which: (id: string) => boolean = () => true): void {
    const waiters = this.playWaiters;
    this.playWaiters = waiters.filter((w) => !which(w.id));
    for (const waiter of waiters) if (which(waiter.id)) waiter.reject(error);
  }

  private async retryRecording(): Promise<void> {
    try {
      const status = await this.status.retry();
      if (status) announce(stateMessage(status, this.t));
    } catch (error) {
      announce(describeError(error, this.t));
    }
  }

  /** Leaving the page (including into the back/forward cache) stops the audio. */
  private onPageHide = (): void => this.pause();

  // ---------------------------------------------------------------- controls

  private togglePlay = (): void => {
    if (this.media.playing) this.pause();
    else void this.play().catch(() => undefined); // failures are shown in the player
  };

  private onKeydown = (event: KeyboardEvent): void => {
    const target = event.composedPath()[0] as HTMLElement | undefined;
    const onSlider = target?.classList?.contains('waveform-slider');
    if (event.key === ' ' || event.key === 'Spacebar') {
      if (target?.closest?.('button, input, select, textarea, [role="menu"], dialog') && !onSlider) return;
      event.preventDefault();
      this.togglePlay();
      return;
    }
    if (!onSlider || !this.mediaId) return;
    const steps: Record<string, number> = {
      ArrowLeft: -ARROW_SECONDS, ArrowDown: -ARROW_SECONDS, ArrowRight: ARROW_SECONDS, ArrowUp: ARROW_SECONDS,
      PageDown: -SKIP_SECONDS, PageUp: SKIP_SECONDS,
    };
    if (event.key in steps) this.media.skip(steps[event.key]!);
    else if (event.key === 'Home') this.seek(0);
    else if (event.key === 'End') this.seek(this.duration);
    else return;
    event.preventDefault();
  };

  // ---------------------------------------------------------------- render

  protected override render(): TemplateResult {
    return html`<section class="player" part="base" aria-label=${this.t.recordingPlayerLabel} @keydown=${this.onKeydown}>
      ${this.renderBody()}
    </section>`;
  }

  private renderBody(): TemplateResult {
    if (!this.client) return renderNoClient(this.t);
    const view = this.status.view;
    if (view.kind !== 'status') return renderStatusPending(view, this.t, () => void this.status.load());
    const status = view.status;
    if (status.state === 'available' && !isRecordingDisabled(status)) return this.renderPlayer(status);
    return renderRecordingState(status, this.t, { busy: this.status.retrying, run: () => void this.retryRecording() });
  }

  private renderPlayer(status: RecordingStatus): TemplateResult {
    const duration = this.duration;
    const time = this.currentTime;
    const f = this.format;
    const peaksError = this.waveform.peaks.error;
    const channels = [...status.channels].sort((a, b) => a.index - b.index);
    return html`
      <div class="wave-area ${classMap({ split: this.splitChannels })}">
        ${peaksError
          ? renderWaveformError(peaksError, this.t, () => void this.waveform.peaks.run())
          : html`<div
              class="waveform-slider"
              part="waveform"
              role="slider"
              tabindex="0"
              aria-label=${this.t.recordingSeek}
              aria-valuemin="0"
              aria-valuemax=${Math.round(duration)}
              aria-valuenow=${Math.round(time)}
              aria-valuetext=${this.t.recordingPosition(f.clock(time), f.clock(duration))}
              aria-busy=${this.waveform.ready ? 'false' : 'true'}
            >
              <div class="waveform" style=${styleMap({ height: `${this.waveform.height}px` })}></div>
              ${this.waveform.ready ? nothing : html`<div class="wave-skeleton skeleton"><span class="visually-hidden">${this.t.recordingWaveformLoading}</span></div>`}
              ${this.splitChannels ? this.renderLaneLabels(channels) : nothing} ${this.renderRegions(duration)} ${this.renderMarker(duration)}
            </div>`}
      </div>
      ${this.renderRegionList()}
      ${this.media.failure ? renderMediaFailure(this.media.failure, this.t, () => void this.media.retry().catch(() => undefined)) : nothing}
      ${this.renderControls(duration, time)} ${this.downloads.renderDialog(channels)}
    `;
  }

  private renderLaneLabels(channels: RecordingChannel[]): TemplateResult {
    return html`<div class="lane-labels" aria-hidden="true">
      ${channels.map((c) => html`<span class="lane-label lane-${c.index}">${channelName(c, this.t)}</span>`)}
    </div>`;
  }

  private renderRegions(duration: number): unknown {
    if (!duration || !this.regions.length) return nothing;
    return html`<div class="regions" aria-hidden="true">
      ${this.regions.map((region) => {
        const left = Math.max(0, Math.min(100, (region.start / duration) * 100));
        const width = Math.max(0.2, Math.min(100 - left, ((region.end - region.start) / duration) * 100));
        const kind = region.kind.replace(/[^a-z0-9_-]/gi, '');
        return html`<div class="region kind-${kind}" part="region region-${kind}" style=${styleMap({ left: `${left}%`, width: `${width}%` })}>
          <span class="region-label">${region.label}</span>
        </div>`;
      })}
    </div>`;
  }

  private renderRegionList(): unknown {
    if (!this.regions.length) return nothing;
    const f = this.format;
    return html`<ul class="visually-hidden" aria-label=${this.t.recordingRegionsLabel}>
      ${this.regions.map((r) => html`<li>${this.t.recordingRegion(r.label, f.clock(r.start), f.clock(r.end))}</li>`)}
    </ul>`;
  }

  private renderMarker(duration: number): unknown {
    if (this.markedTime == null || !duration) return nothing;
    const left = Math.max(0, Math.min(100, (this.markedTime / duration) * 100));
    return html`<div class="marker" part="marker" style=${styleMap({ left: `${left}%` })} title=${this.t.recordingMarkedTime(this.format.clock(this.markedTime))}></div>`;
  }

  private renderControls(duration: number, time: number): TemplateResult {
    const f = this.format;
    const t = this.t;
    const { playing, started, muted, volume, rate } = this.media;
    const showCounters = started || playing || time > 0;
    const playLabel = playing ? t.recordingPause : t.recordingPlay;
    return html`<div class="controls" part="controls">
      <button class="icon-btn play" aria-label=${playLabel} ${tooltip(playLabel)} @click=${this.togglePlay}>${icon(playing ? icons.pause : icons.play)}</button>
      <button class="icon-btn back" aria-label=${t.recordingBack10} ${tooltip(t.recordingBack10)} @click=${() => this.media.skip(-SKIP_SECONDS)}>${icon(icons.back10)}</button>
      <button class="icon-btn forward" aria-label=${t.recordingForward10} ${tooltip(t.recordingForward10)} @click=${() => this.media.skip(SKIP_SECONDS)}>${icon(icons.forward10)}</button>
      <span class="counters num">
        ${showCounters
          ? html`<span class="elapsed"><span class="visually-hidden">${t.recordingElapsed} </span>${f.clock(time)}</span>
              <span class="remaining"><span class="visually-hidden">${t.recordingRemaining} </span>-${f.clock(Math.max(0, duration - time))}</span>`
          : html`<span class="total"><span class="visually-hidden">${t.recordingDuration} </span>${f.clock(duration)}</span>`}
      </span>
      <span class="spacer"></span>
      <select class="speed" aria-label=${t.recordingSpeed} .value=${String(rate)} @change=${(e: Event) => this.media.setRate(Number((e.target as HTMLSelectElement).value) || 1)}>
        ${PLAYBACK_RATES.map((r) => html`<option value=${r} ?selected=${r === rate}>${t.recordingSpeedOption(f.number(r, 2))}</option>`)}
      </select>
      <button class="icon-btn mute" aria-label=${t.recordingMute} aria-pressed=${muted ? 'true' : 'false'} ${tooltip(t.recordingMute)} @click=${() => this.media.setMuted(!muted)}>
        ${icon(muted || volume === 0 ? icons.mute : icons.volume)}
      </button>
      <input
        class="volume"
        type="range"
        min="0"
        max="100"
        step="5"
        aria-label=${t.recordingVolume}
        .value=${String(Math.round((muted ? 0 : volume) * 100))}
        @input=${(e: Event) => this.media.setVolume(Number((e.target as HTMLInputElement).value) / 100)}
      />
      ${this.downloads.renderButton()}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'recording-player': RecordingPlayer;
  }
}
