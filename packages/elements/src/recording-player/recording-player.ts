import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { classMap } from 'lit/directives/class-map.js';
import { styleMap } from 'lit/directives/style-map.js';
import { Task } from '@lit/task';
import type { RecordingChannel, RecordingPeaks, RecordingState, RecordingStatus } from '@conversations-kit/sdk';
import type WaveSurfer from 'wavesurfer.js';
import { AudioLines, Clock, FileAudio, Loader, MicOff } from 'lucide';
import { KitElement } from '../base/kit-element.js';
import { renderError, renderLoading, renderNoClient } from '../base/states.js';
import { buttonStyles, hostStyles, stateStyles } from '../styles/shared.styles.js';
import { popupStyles } from '../primitives/popup.styles.js';
import { tooltip } from '../primitives/tooltip.js';
import { MenuController } from '../primitives/menu.js';
import { icon, icons } from '../icons/icons.js';
import { announce } from '../util/announce.js';
import { saveBlob } from '../util/download.js';
import { describeError } from '../base/errors.js';
import type { KitClient } from '../context/contexts.js';
import { playerStyles } from './recording-player.styles.js';
import { recordingStateChangeEvent, TimeUpdateEvent } from './events.js';
import { StreamingWavMedia, StreamStalledError } from './streaming-wav-media.js';
import { createWaveform, preloadWaveform, updateWaveform, type WaveformColors } from './waveform.js';
import { FAILED_STATES, GENERATING_STATES, RETRYABLE_STATES, recheckDelay, stateMessageKey } from './recording-states.js';

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
const WAVE_HEIGHT = 72;
const SPLIT_WAVE_HEIGHT = 112;

type StatusView =
  | { kind: 'idle' }
  | { kind: 'loading' }
  | { kind: 'error'; error: unknown }
  | { kind: 'status'; status: RecordingStatus };

const NOT_PLAYABLE = () => new DOMException('The recording is not available to play', 'NotSupportedError');

/**
 * @summary Plays a conversation's call recording: a waveform drawn from precomputed peaks, audio
 * streamed in byte ranges, speed/volume/mute/skip controls, FLAC downloads, and every recording
 * state of the spec with its exact message (Retry where the spec offers it, automatic re-check while
 * the recording is being generated).
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

  @state() private view: StatusView = { kind: 'idle' };
  @state() private retrying = false;
  @state() private currentTime = 0;
  @state() private playing = false;
  @state() private started = false;
  @state() private rate = 1;
  @state() private volume = 1;
  @state() private muted = false;
  @state() private duration = 0;
  @state() private mediaError?: Error;
  @state() private markedTime: number | null = null;
  @state() private waveformReady = false;
  @state() private downloading = false;
  @state() private downloadError?: string;

  @query('.waveform') private waveformEl?: HTMLElement;
  @query('dialog.separate') private separateDialog?: HTMLDialogElement;

  private readonly downloadMenu = new MenuController(this);
  private media?: StreamingWavMedia;
  /** The conversation `media` plays (a new `conversation-id` takes effect at the next update). */
  private mediaId?: string;
  /** The conversation `view` describes. */
  private viewId?: string;
  private wave?: WaveSurfer;
  private loadAbort?: AbortController;
  private recheckTimer?: ReturnType<typeof setTimeout>;
  private recheckAttempt = 0;
  private recheckDue = false;
  private pendingSeek?: { id: string | undefined; seconds: number };
  private readyWaiters: { id: string; resolve: (media: StreamingWavMedia) => void; reject: (error: unknown) => void }[] = [];
  private lastState?: RecordingState;
  private colorScheme?: MediaQueryList;
  private torn = false;

  /** Peaks of an available recording: fetched at a resolution matched to the player's width. */
  private readonly peaksTask = new Task(this, {
    task: async ([client, id, available], { signal }): Promise<{ id: string; peaks: RecordingPeaks } | null> => {
      if (!client || !id || !available) return null;
      const duration = this.statusOf()?.durationSeconds ?? 0;
      // About two peaks per pixel is all a fill-width waveform can show; 50/s is the API's default.
      const points = Math.max(2000, 2 * (this.getBoundingClientRect().width || 800));
      const samplesPerSecond = duration > 0 ? Math.max(1, Math.min(50, Math.ceil(points / duration))) : 50;
      return { id, peaks: await client.recordings.peaks(id, { samplesPerSecond }, { signal }) };
    },
    args: () => [this.client, this.conversationId, this.statusOf()?.state === 'available'] as const,
  });

  // ---------------------------------------------------------------- public API

  /** Moves the playhead to `seconds` (clamped to the recording). Works before the audio has loaded. */
  seek(seconds: number): void {
    if (!Number.isFinite(seconds)) return;
    if (this.media && this.mediaId === this.conversationId) {
      this.media.currentTime = Math.max(0, seconds); // the media's seeked/timeupdate events update the view
    } else {
      this.pendingSeek = { id: this.conversationId, seconds: Math.max(0, seconds) };
      this.currentTime = Math.max(0, seconds);
    }
  }

  /** Starts playback. Waits for the recording's state; rejects (NotSupportedError) when it cannot play. */
  async play(): Promise<void> {
    const media = this.media && this.mediaId === this.conversationId ? this.media : await this.whenPlayable();
    this.mediaError = undefined;
    await media.play();
  }

  /** Pauses playback. */
  pause(): void {
    this.media?.pause();
  }

  /** Draws (or with `null` removes) a shared time cursor, e.g. the time selected in the diagnostics view. */
  markTime(seconds: number | null): void {
    this.markedTime = seconds == null || !Number.isFinite(seconds) ? null : Math.max(0, seconds);
  }

  // ---------------------------------------------------------------- lifecycle

  override connectedCallback(): void {
    super.connectedCallback();
    this.colorScheme = window.matchMedia('(prefers-color-scheme: dark)');
    this.colorScheme.addEventListener('change', this.onSchemeChange);
    document.addEventListener('visibilitychange', this.onVisibility);
    window.addEventListener('pagehide', this.onPageHide);
    if (this.torn) {
      this.torn = false;
      void this.loadStatus();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.colorScheme?.removeEventListener('change', this.onSchemeChange);
    document.removeEventListener('visibilitychange', this.onVisibility);
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
      if (this.isConnected) void this.loadStatus();
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (changed.has('splitChannels') && this.wave) this.applyWaveOptions();
    // The waveform container exists only once peaks have arrived and the frame rendered.
    const peaks = this.currentPeaks();
    if (peaks && this.media && !this.wave && this.waveformEl && !this.waveformEl.dataset.mounted) void this.mountWaveform(peaks, this.media);
  }

  /** Stops audio and frees everything tied to the current conversation. */
  private teardown(): void {
    this.loadAbort?.abort();
    this.loadAbort = undefined;
    clearTimeout(this.recheckTimer);
    this.recheckTimer = undefined;
    this.recheckAttempt = 0;
    this.recheckDue = false;
    this.wave?.destroy();
    this.wave = undefined;
    if (this.waveformEl) {
      delete this.waveformEl.dataset.mounted;
      this.waveformEl.replaceChildren();
    }
    if (this.media) {
      this.media.pause();
      this.media.destroy();
      this.media = undefined;
      this.mediaId = undefined;
    }
    // play() calls made for the new conversation keep waiting; older ones are cancelled.
    this.rejectWaiters(new DOMException('The recording changed', 'AbortError'), (id) => id !== this.conversationId || !this.isConnected);
    this.view = { kind: 'idle' };
    this.viewId = undefined;
    this.lastState = undefined;
    this.retrying = false;
    this.playing = false;
    this.started = false;
    this.currentTime = this.pendingSeek?.id === this.conversationId ? (this.pendingSeek?.seconds ?? 0) : 0;
    this.duration = 0;
    this.mediaError = undefined;
    this.waveformReady = false;
    this.downloadError = undefined;
    this.downloadMenu.close(false);
  }

  // ---------------------------------------------------------------- status, re-check, retry

  private statusOf(): RecordingStatus | undefined {
    return this.view.kind === 'status' ? this.view.status : undefined;
  }

  /** Loads the recording's state (abortable; a newer load or a teardown cancels it). */
  private async loadStatus(options: { quiet?: boolean } = {}): Promise<void> {
    const client = this.client;
    const id = this.conversationId;
    if (!client || !id) return;
    this.loadAbort?.abort();
    const abort = (this.loadAbort = new AbortController());
    // Most recordings are playable: fetch wavesurfer.js alongside the state and peaks, not after them.
    // (Only a page that shows a <recording-player> pays for it.)
    preloadWaveform();
    if (!options.quiet) {
      this.view = { kind: 'loading' };
      this.viewId = id;
    }
    try {
      const status = await client.recordings.state(id, { signal: abort.signal });
      if (abort.signal.aborted) return;
      this.applyStatus(status);
    } catch (error) {
      if (abort.signal.aborted) return;
      // A failed background re-check keeps the message on screen and tries again later.
      if (options.quiet && this.statusOf()) this.scheduleRecheck(this.statusOf()!);
      else {
        this.view = { kind: 'error', error };
        this.viewId = id;
        this.rejectWaiters(error);
      }
    }
  }

  private applyStatus(status: RecordingStatus): void {
    this.view = { kind: 'status', status };
    this.viewId = this.conversationId;
    if (status.state !== this.lastState) {
      this.lastState = status.state;
      this.recheckAttempt = 0;
      this.dispatchEvent(recordingStateChangeEvent(status.state));
    }
    if (status.state === 'available' && status.enabled !== false) {
      this.ensureMedia(status);
    } else {
      this.rejectWaiters(NOT_PLAYABLE());
      this.scheduleRecheck(status);
    }
  }

  private scheduleRecheck(status: RecordingStatus): void {
    clearTimeout(this.recheckTimer);
    const delay = recheckDelay(status, this.recheckAttempt);
    if (delay == null) return;
    this.recheckTimer = setTimeout(() => {
      this.recheckAttempt++;
      // A hidden page does not poll; it checks once when it becomes visible again.
      if (document.visibilityState === 'hidden') this.recheckDue = true;
      else void this.loadStatus({ quiet: true });
    }, delay);
  }

  /** Leaving the page (including into the back/forward cache) stops the audio. */
  private onPageHide = (): void => this.pause();

  private onVisibility = (): void => {
    if (document.visibilityState === 'visible' && this.recheckDue) {
      this.recheckDue = false;
      void this.loadStatus({ quiet: true });
    }
  };

  private async retryRecording(): Promise<void> {
    const client = this.client;
    const id = this.conversationId;
    const abort = this.loadAbort ?? (this.loadAbort = new AbortController());
    if (!client || !id || this.retrying) return;
    this.retrying = true;
    try {
      const status = await client.recordings.retry(id, { signal: abort.signal });
      if (abort.signal.aborted) return;
      this.recheckAttempt = 0;
      this.applyStatus(status);
      announce(this.messageFor(status));
    } catch (error) {
      if (abort.signal.aborted) return;
      // The state may have moved on (409 invalid_state): show what the backend says now.
      announce(describeError(error, this.t));
      await this.loadStatus({ quiet: true });
    } finally {
      if (!abort.signal.aborted) this.retrying = false;
    }
  }

  private messageFor(status: RecordingStatus): string {
    if (status.state === 'available') return '';
    if (status.enabled === false && status.state !== 'retention_deleted') return this.t.recordingState_recording_disabled;
    const key = stateMessageKey(status.state);
    // Unknown future states fall back to the backend's own message (rendered as text).
    return (this.t[key] as string | undefined) ?? status.message;
  }

  // ---------------------------------------------------------------- media

  private ensureMedia(status: RecordingStatus): void {
    if (this.media) return;
    const client = this.client as KitClient;
    const id = this.conversationId!;
    const media = new StreamingWavMedia({
      duration: status.durationSeconds,
      stallTimeoutMs: (this.constructor as typeof RecordingPlayer).stallTimeoutMs,
      fetchRange: async (start, end, signal) => {
        const chunk = await client.recordings.audio(id, { range: { start, end } }, { signal });
        return { bytes: await chunk.blob.arrayBuffer(), total: chunk.range?.total ?? null };
      },
    });
    this.media = media;
    this.mediaId = id;
    this.duration = status.durationSeconds ?? 0;
    media.volume = this.volume;
    media.muted = this.muted;
    media.playbackRate = this.rate;
    for (const type of ['timeupdate', 'play', 'pause', 'ended', 'seeked', 'durationchange', 'volumechange', 'ratechange', 'playing', 'waiting']) {
      media.addEventListener(type, this.onMediaEvent);
    }
    media.addEventListener('error', this.onMediaError);
    if (this.pendingSeek && this.pendingSeek.id === id) media.currentTime = this.pendingSeek.seconds;
    this.pendingSeek = undefined;
    const waiters = this.readyWaiters;
    this.readyWaiters = waiters.filter((w) => w.id !== id);
    for (const waiter of waiters) if (waiter.id === id) waiter.resolve(media);
  }

  /** Resolves with the media once the current conversation's recording is known to be playable. */
  private whenPlayable(): Promise<StreamingWavMedia> {
    const id = this.conversationId;
    const known = this.viewId === id;
    const status = known ? this.statusOf() : undefined;
    if (!this.client || !id || (status && status.state !== 'available') || (known && this.view.kind === 'error')) {
      return Promise.reject(NOT_PLAYABLE());
    }
    return new Promise((resolve, reject) => this.readyWaiters.push({ id, resolve, reject }));
  }

  private rejectWaiters(error: unknown, which: (id: string) => boolean = () => true): void {
    const waiters = this.readyWaiters;
    this.readyWaiters = waiters.filter((w) => !which(w.id));
    for (const waiter of waiters) if (which(waiter.id)) waiter.reject(error);
  }

  private onMediaEvent = (event: Event): void => {
    const media = this.media;
    if (!media || event.currentTarget !== media) return;
    if (event.type === 'play') this.started = true;
    this.syncFromMedia();
  };

  private syncFromMedia(): void {
    const media = this.media;
    if (!media) return;
    const playing = !media.paused && !media.ended;
    const time = media.currentTime;
    this.currentTime = time;
    this.playing = playing;
    if (Number.isFinite(media.duration)) this.duration = media.duration;
    this.dispatchEvent(new TimeUpdateEvent(time, playing));
  }

  private onMediaError = (): void => {
    this.mediaError = this.media?.error ?? new Error('Media error');
    this.syncFromMedia();
  };

  private async retryAudio(): Promise<void> {
    this.mediaError = undefined;
    try {
      await this.play();
    } catch {
      // onMediaError shows what went wrong.
    }
  }

  private async mountWaveform(peaks: RecordingPeaks, media: StreamingWavMedia): Promise<void> {
    const container = this.waveformEl!;
    container.dataset.mounted = 'true';
    try {
      const wave = await createWaveform({
        container,
        media,
        peaks: peaks.channels,
        duration: this.statusOf()?.durationSeconds || peaks.durationSeconds,
        split: this.splitChannels,
        height: this.splitChannels ? SPLIT_WAVE_HEIGHT : WAVE_HEIGHT,
        colors: this.readColors(),
      });
      if (this.media !== media || !container.isConnected) {
        wave.destroy();
        return;
      }
      this.wave = wave;
      wave.once('redrawcomplete', () => {
        this.waveformReady = true;
        media.load(); // read the header now, so the first Play starts sooner
        this.dispatchEvent(new Event('waveform-ready'));
      });
    } catch (error) {
      delete container.dataset.mounted;
      this.mediaError = error instanceof Error ? error : new Error(String(error));
    }
  }

  /** The task keeps its last value while a new one loads: only peaks of this conversation count. */
  private currentPeaks(): RecordingPeaks | undefined {
    const value = this.peaksTask.value;
    return value && value.id === this.conversationId ? value.peaks : undefined;
  }

  private applyWaveOptions(): void {
    const peaks = this.currentPeaks();
    if (!this.wave || !peaks) return;
    updateWaveform(this.wave, {
      peaks: peaks.channels,
      duration: this.duration || peaks.durationSeconds,
      split: this.splitChannels,
      height: this.splitChannels ? SPLIT_WAVE_HEIGHT : WAVE_HEIGHT,
      colors: this.readColors(),
    });
  }

  private readColors(): WaveformColors {
    const style = getComputedStyle(this);
    const read = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
    return {
      wave: read('--_wave', '#9aa9c2'),
      progress: read('--_progress', '#2457c5'),
      agentWave: read('--_agent-wave', '#b7a4d6'),
      agentProgress: read('--_agent-progress', '#6b46c1'),
      cursor: read('--_cursor', '#1c2330'),
    };
  }

  private onSchemeChange = (): void => this.applyWaveOptions();

  // ---------------------------------------------------------------- controls

  private togglePlay = (): void => {
    if (this.playing) this.pause();
    else void this.play().catch(() => undefined);
  };

  private skip(delta: number): void {
    const media = this.media;
    if (!media) return;
    this.seek(Math.min(this.duration || Infinity, Math.max(0, media.currentTime + delta)));
  }

  private onRateChange = (event: Event): void => {
    this.rate = Number((event.target as HTMLSelectElement).value) || 1;
    if (this.media) this.media.playbackRate = this.rate;
  };

  private onVolumeInput = (event: Event): void => {
    this.volume = Number((event.target as HTMLInputElement).value) / 100;
    if (this.media) this.media.volume = this.volume;
    if (this.volume > 0 && this.muted) this.toggleMute();
  };

  private toggleMute = (): void => {
    this.muted = !this.muted;
    if (this.media) this.media.muted = this.muted;
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
    if (!onSlider || !this.media) return;
    const steps: Record<string, number> = {
      ArrowLeft: -ARROW_SECONDS, ArrowDown: -ARROW_SECONDS, ArrowRight: ARROW_SECONDS, ArrowUp: ARROW_SECONDS,
      PageDown: -SKIP_SECONDS, PageUp: SKIP_SECONDS,
    };
    if (event.key in steps) this.skip(steps[event.key]!);
    else if (event.key === 'Home') this.seek(0);
    else if (event.key === 'End') this.seek(this.duration);
    else return;
    event.preventDefault();
  };

  // ---------------------------------------------------------------- download

  private async download(channel: 'all' | '0' | '1'): Promise<boolean> {
    const client = this.client;
    const id = this.conversationId;
    if (!client || !id || !this.can('recordings.download')) return false;
    try {
      const file = await client.recordings.download(id, { channel });
      const suffix = channel === 'all' ? '' : `-${this.channelFor(Number(channel))?.label.toLowerCase() ?? `channel-${channel}`}`;
      saveBlob(file.blob, file.filename ?? `recording-${id}${suffix}.flac`);
      return true;
    } catch (error) {
      this.downloadError = describeError(error, this.t);
      return false;
    }
  }

  private async downloadSingle(): Promise<void> {
    this.downloadMenu.done();
    await this.runDownloads(['all']);
  }

  private openSeparate(): void {
    this.downloadMenu.close(false);
    this.separateDialog?.showModal();
  }

  private async downloadSeparate(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const channels = [...form.querySelectorAll<HTMLInputElement>('input[name="channel"]:checked')].map((box) => box.value as '0' | '1');
    this.separateDialog?.close();
    this.renderRoot.querySelector<HTMLElement>('.download-button')?.focus();
    await this.runDownloads(channels);
  }

  private async runDownloads(channels: ('all' | '0' | '1')[]): Promise<void> {
    if (!channels.length || this.downloading) return;
    this.downloading = true;
    this.downloadError = undefined;
    announce(this.t.recordingDownloadStarted);
    let ok = true;
    for (const channel of channels) ok = (await this.download(channel)) && ok;
    this.downloading = false;
    if (ok) announce(this.t.recordingDownloaded);
  }

  private channelFor(index: number): RecordingChannel | undefined {
    return this.statusOf()?.channels.find((c) => c.index === index);
  }

  private channelName(channel: RecordingChannel): string {
    const key = `recordingChannel_${channel.label}` as const;
    const label = (this.t[key] as string | undefined) ?? channel.label;
    return channel.speaker ? this.t.recordingChannelWithSpeaker(label, channel.speaker) : label;
  }

  // ---------------------------------------------------------------- render

  protected override render(): TemplateResult {
    return html`<section class="player" part="base" aria-label=${this.t.recordingPlayerLabel} @keydown=${this.onKeydown}>
      ${this.renderBody()}
    </section>`;
  }

  private renderBody(): TemplateResult {
    if (!this.client) return renderNoClient(this.t);
    const view = this.view;
    if (view.kind === 'idle' || view.kind === 'loading') return renderLoading(this.t.recordingLoading, 2);
    if (view.kind === 'error') {
      const status = (view.error as { status?: number } | null)?.status;
      if (status === 404) return this.renderMessage(FileAudio, this.t.recordingNotFound, 'info');
      return renderError(view.error, this.t, () => void this.loadStatus());
    }
    const status = view.status;
    if (status.state === 'available' && status.enabled !== false) return this.renderPlayer(status);
    return this.renderState(status);
  }

  private renderState(status: RecordingStatus): TemplateResult {
    const message = this.messageFor(status);
    if (status.state === 'recording_disabled' || (status.enabled === false && status.state !== 'retention_deleted')) {
      return this.renderMessage(MicOff, message, 'neutral', this.t.recordingDisabledTitle);
    }
    if (status.state === 'retention_deleted') return this.renderMessage(FileAudio, message, 'neutral');
    if (GENERATING_STATES.has(status.state)) {
      return this.renderMessage(status.state === 'call_in_progress' ? Clock : AudioLines, message, 'info', undefined, html`
        <div class="progress" role="progressbar" aria-label=${message}></div>
        <p class="state-note">${this.t.recordingAutoRecheck}</p>`);
    }
    if (RETRYABLE_STATES.has(status.state)) {
      const available = status.retryAvailable !== false;
      const retry = html`<button
        class="btn retry"
        part="retry-button"
        aria-disabled=${available && !this.retrying ? 'false' : 'true'}
        aria-busy=${this.retrying ? 'true' : 'false'}
        ${tooltip(available ? '' : this.t.recordingRetryUnavailable)}
        @click=${() => available && void this.retryRecording()}
      >
        ${icon(this.retrying ? Loader : icons.retry)}${this.retrying ? this.t.recordingRetrying : this.t.retry}
      </button>`;
      return this.renderMessage(icons.alertCircle, message, 'warning', undefined, retry);
    }
    return this.renderMessage(icons.alert, message, FAILED_STATES.has(status.state) ? 'danger' : 'neutral');
  }

  private renderMessage(
    glyph: Parameters<typeof icon>[0],
    message: string,
    tone: 'info' | 'warning' | 'danger' | 'neutral',
    title?: string,
    extra: unknown = nothing,
  ): TemplateResult {
    return html`<div class="state recording-state ${tone}" role="status" part="state" data-state=${this.statusOf()?.state ?? 'none'}>
      ${icon(glyph)} ${title ? html`<p class="state-title">${title}</p>` : nothing}
      <p class="state-message">${message}</p>
      ${extra}
    </div>`;
  }

  private renderPlayer(status: RecordingStatus): TemplateResult {
    const duration = this.duration || status.durationSeconds || 0;
    const f = this.format;
    const peaksError = this.peaksTask.error;
    const channels = [...status.channels].sort((a, b) => a.index - b.index);
    const clockNow = f.clock(this.currentTime);
    const clockTotal = f.clock(duration);
    return html`
      <div class="wave-area ${classMap({ split: this.splitChannels })}">
        ${peaksError
          ? html`<div class="state error compact" role="alert" part="state">
              <p class="state-message">${this.t.recordingWaveformFailed} ${describeError(peaksError, this.t)}</p>
              <button class="btn" part="retry-button" @click=${() => void this.peaksTask.run()}>${icon(icons.retry)}${this.t.retry}</button>
            </div>`
          : html`<div
              class="waveform-slider"
              part="waveform"
              role="slider"
              tabindex="0"
              aria-label=${this.t.recordingSeek}
              aria-valuemin="0"
              aria-valuemax=${Math.round(duration)}
              aria-valuenow=${Math.round(this.currentTime)}
              aria-valuetext=${this.t.recordingPosition(clockNow, clockTotal)}
              aria-busy=${this.waveformReady ? 'false' : 'true'}
            >
              <div class="waveform" style=${styleMap({ height: `${this.splitChannels ? SPLIT_WAVE_HEIGHT : WAVE_HEIGHT}px` })}></div>
              ${this.waveformReady ? nothing : html`<div class="wave-skeleton skeleton"><span class="visually-hidden">${this.t.recordingWaveformLoading}</span></div>`}
              ${this.splitChannels
                ? html`<div class="lane-labels" aria-hidden="true">${channels.map((c) => html`<span class="lane-label lane-${c.index}">${this.channelName(c)}</span>`)}</div>`
                : nothing}
              ${this.renderRegions(duration)} ${this.renderMarker(duration)}
            </div>`}
      </div>
      ${this.renderRegionList()}
      ${this.mediaError
        ? html`<div class="media-error" role="alert" part="state">
            ${icon(icons.alert)}
            <span>${this.mediaError instanceof StreamStalledError ? this.t.recordingAudioStalled : this.t.recordingAudioFailed}</span>
            <button class="btn" part="retry-button" @click=${() => void this.retryAudio()}>${icon(icons.retry)}${this.t.retry}</button>
          </div>`
        : nothing}
      ${this.renderControls(duration)} ${this.renderSeparateDialog(channels)}
    `;
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

  private renderControls(duration: number): TemplateResult {
    const f = this.format;
    const t = this.t;
    const canDownload = this.can('recordings.download');
    const showCounters = this.started || this.playing || this.currentTime > 0;
    return html`<div class="controls" part="controls">
      <button class="icon-btn play" aria-label=${this.playing ? t.recordingPause : t.recordingPlay} ${tooltip(this.playing ? t.recordingPause : t.recordingPlay)} @click=${this.togglePlay}>
        ${icon(this.playing ? icons.pause : icons.play)}
      </button>
      <button class="icon-btn back" aria-label=${t.recordingBack10} ${tooltip(t.recordingBack10)} @click=${() => this.skip(-SKIP_SECONDS)}>${icon(icons.back10)}</button>
      <button class="icon-btn forward" aria-label=${t.recordingForward10} ${tooltip(t.recordingForward10)} @click=${() => this.skip(SKIP_SECONDS)}>${icon(icons.forward10)}</button>
      <span class="counters num">
        ${showCounters
          ? html`<span class="elapsed"><span class="visually-hidden">${t.recordingElapsed} </span>${f.clock(this.currentTime)}</span>
              <span class="remaining"><span class="visually-hidden">${t.recordingRemaining} </span>-${f.clock(Math.max(0, duration - this.currentTime))}</span>`
          : html`<span class="total"><span class="visually-hidden">${t.recordingDuration} </span>${f.clock(duration)}</span>`}
      </span>
      <span class="spacer"></span>
      <select class="speed" aria-label=${t.recordingSpeed} .value=${String(this.rate)} @change=${this.onRateChange}>
        ${PLAYBACK_RATES.map((rate) => html`<option value=${rate} ?selected=${rate === this.rate}>${t.recordingSpeedOption(f.number(rate, 2))}</option>`)}
      </select>
      <button class="icon-btn mute" aria-label=${t.recordingMute} aria-pressed=${this.muted ? 'true' : 'false'} ${tooltip(t.recordingMute)} @click=${this.toggleMute}>
        ${icon(this.muted || this.volume === 0 ? icons.mute : icons.volume)}
      </button>
      <input
        class="volume"
        type="range"
        min="0"
        max="100"
        step="5"
        aria-label=${t.recordingVolume}
        .value=${String(Math.round((this.muted ? 0 : this.volume) * 100))}
        @input=${this.onVolumeInput}
      />
      <button
        class="icon-btn download-button"
        aria-label=${t.recordingDownload}
        aria-haspopup="menu"
        aria-controls="download-menu"
        aria-expanded="false"
        aria-disabled=${canDownload ? 'false' : 'true'}
        aria-busy=${this.downloading ? 'true' : 'false'}
        ${tooltip(canDownload ? t.recordingDownload : t.noPermissionReason)}
        @click=${(e: Event) => canDownload && this.downloadMenu.toggle(e)}
        @keydown=${(e: KeyboardEvent) => canDownload && this.downloadMenu.onButtonKeydown(e)}
      >
        ${icon(this.downloading ? Loader : icons.download)}
      </button>
      <div id="download-menu" role="menu" popover="manual" aria-label=${t.recordingDownload} @keydown=${this.downloadMenu.onMenuKeydown}>
        <button role="menuitem" class="download-single" @click=${() => void this.downloadSingle()}>${t.recordingDownloadSingle}</button>
        <button role="menuitem" class="download-separate" @click=${() => this.openSeparate()}>${t.recordingDownloadSeparate}</button>
      </div>
      ${this.downloadError ? html`<p class="download-error" role="alert">${t.recordingDownloadFailed} ${this.downloadError}</p>` : nothing}
    </div>`;
  }

  private renderSeparateDialog(channels: RecordingChannel[]): TemplateResult {
    const t = this.t;
    return html`<dialog class="separate" aria-labelledby="separate-title">
      <form method="dialog" @submit=${(e: SubmitEvent) => void this.downloadSeparate(e)}>
        <div class="dialog-header">
          <h2 id="separate-title">${t.recordingDownloadSeparate}</h2>
          <button type="button" class="icon-btn" aria-label=${t.close} @click=${() => this.separateDialog?.close()}>${icon(icons.close)}</button>
        </div>
        <div class="dialog-body">
          <p class="muted">${t.recordingDownloadSeparateHint}</p>
          ${channels.map(
            (c) => html`<label class="check"><input type="checkbox" name="channel" value=${String(c.index)} checked /> ${this.channelName(c)} (.flac)</label>`,
          )}
        </div>
        <div class="dialog-footer">
          <button type="button" class="btn" @click=${() => this.separateDialog?.close()}>${t.cancel}</button>
          <button type="submit" class="btn primary">${icon(icons.download)}${t.recordingDownloadConfirm}</button>
        </div>
      </form>
    </dialog>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'recording-player': RecordingPlayer;
  }
}
