import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isExpiring, renewalDelay, type LeaseSource, type MediaLease } from './signed-media-url.js';

/** Why the audio stopped: it could not be loaded or decoded, or it stopped arriving while playing. */
export type MediaFailure = 'failed' | 'stalled';

export interface RecordingMediaHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

export interface RecordingMediaOptions {
  /** Waiting this long for audio while playing counts as a stalled stream. */
  stallTimeoutMs: () => number;
  /** Position or play state changed (play, pause, seek, end, and about four times a second while playing). */
  onTime: (currentTime: number, playing: boolean) => void;
}

const MEDIA_EVENTS = ['timeupdate', 'play', 'pause', 'playing', 'ended', 'seeked', 'durationchange', 'loadedmetadata', 'volumechange', 'ratechange'];
const WAIT_EVENTS = ['waiting', 'stalled'];

/**
 * Plays one recording through a native `<audio>` element loading a short-lived signed URL: the
 * browser does the byte ranges, buffering, seeking, pitch-preserving speed and decoding (PCM, μ-law
 * and A-law WAV, FLAC), and memory stays the browser's concern however long the call.
 *
 * What this adds: a URL is signed only when audio is first wanted (`preload()` or `play()`), renewed
 * before it expires, and swapped in without losing the position (at once while paused; while playing,
 * when the old one fails). Any failed load is retried once with a freshly signed URL (a 403 from an
 * expired signature looks like any other load error to a media element); a second failure, or a
 * stream that stops delivering for `stallTimeoutMs`, stops playback and is reported as `failure`
 * for the element to show with Retry.
 *
 * The element lives in the host's shadow root (hidden, no controls) so wavesurfer.js can drive it.
 */
export class RecordingMediaController implements ReactiveController {
  /** Position in seconds (kept here so seeks before the audio has loaded are honoured). */
  position = 0;
  duration = 0;
  playing = false;
  /** Playback has been started at least once for this recording (the counters switch to elapsed/remaining). */
  started = false;
  rate = 1;
  volume = 1;
  muted = false;
  failure?: MediaFailure;

  private audio?: HTMLAudioElement;
  private leases?: LeaseSource;
  /** The newest lease (renewed ahead of expiry while playing). */
  private lease?: MediaLease;
  /** The lease whose URL the element is loading. */
  private loaded?: MediaLease;
  private leasing?: Promise<MediaLease>;
  private abort?: AbortController;
  private renewTimer?: ReturnType<typeof setTimeout>;
  private stallTimer?: ReturnType<typeof setTimeout>;
  /** The user wants sound: between play() and pause()/end/failure. */
  private wanted = false;
  /** Automatic re-signs since playback last progressed. */
  private recoveries = 0;
  private recovering = false;
  private playWaiters: { resolve: () => void; reject: (error: unknown) => void }[] = [];

  constructor(
    private readonly host: RecordingMediaHost,
    private readonly options: RecordingMediaOptions,
  ) {
    host.addController(this);
  }

  /** The `<audio>` element of the open recording (for wavesurfer.js), if any. */
  get element(): HTMLAudioElement | undefined {
    return this.audio;
  }

  hostDisconnected(): void {
    this.close();
  }

  /** Prepares playback of a recording: an idle `<audio>` element; nothing is signed or fetched yet. */
  open(leases: LeaseSource, durationSeconds: number | null | undefined, startAt = 0): HTMLAudioElement {
    this.close();
    const audio = document.createElement('audio');
    audio.preload = 'metadata';
    audio.preservesPitch = true;
    audio.volume = this.volume;
    audio.muted = this.muted;
    audio.playbackRate = this.rate;
    for (const type of MEDIA_EVENTS) audio.addEventListener(type, this.onMediaEvent);
    for (const type of WAIT_EVENTS) audio.addEventListener(type, this.onWaiting);
    audio.addEventListener('error', this.onError);
    this.host.renderRoot.append(audio);
    this.audio = audio;
    this.leases = leases;
    this.abort = new AbortController();
    this.duration = durationSeconds ?? 0;
    this.position = this.clamp(startAt);
    this.host.requestUpdate();
    return audio;
  }

  /** Stops the audio and releases the element, its URL and timers. */
  close(): void {
    const audio = this.audio;
    this.abort?.abort();
    clearTimeout(this.renewTimer);
    clearTimeout(this.stallTimer);
    if (audio) {
      for (const type of MEDIA_EVENTS) audio.removeEventListener(type, this.onMediaEvent);
      for (const type of WAIT_EVENTS) audio.removeEventListener(type, this.onWaiting);
      audio.removeEventListener('error', this.onError);
      audio.pause();
      audio.removeAttribute('src');
      audio.load(); // drops the buffered audio and the open connection
      audio.remove();
    }
    this.settlePlay(new DOMException('The recording changed', 'AbortError'));
    this.audio = this.leases = this.lease = this.loaded = this.leasing = this.abort = undefined;
    this.wanted = this.playing = this.started = false;
    this.recoveries = 0;
    this.failure = undefined;
    this.position = 0;
    this.duration = 0;
  }

  /** Reads the audio's header now (after the waveform painted), so the first Play starts sooner. */
  preload(): void {
    if (this.audio && !this.audio.getAttribute('src')) void this.attach().catch(() => this.fail('failed'));
  }

  /** Starts playback; resolves once sound plays, rejects when it cannot (the failure is also shown). */
  async play(): Promise<void> {
    const audio = this.audio;
    if (!audio) throw new DOMException('The recording is not available to play', 'NotSupportedError');
    this.failure = undefined;
    this.wanted = true;
    this.armStallTimer();
    try {
      if (!audio.getAttribute('src') || audio.error || isExpiring(this.loaded)) await this.attach();
    } catch (error) {
      this.fail('failed');
      throw error;
    }
    if (this.audio !== audio || !this.wanted) throw new DOMException('Playback was interrupted', 'AbortError');
    if (audio.ended) audio.currentTime = 0;
    const started = new Promise<void>((resolve, reject) => this.playWaiters.push({ resolve, reject }));
    // The outcome arrives as events ('playing', or an error handled by onError); only a refusal
    // without an error event (autoplay policy) ends the wait here.
    audio.play().catch((error: DOMException) => error.name === 'NotAllowedError' && this.settlePlay(error));
    await started;
  }

  /** Pauses at once: the view and a `time-update` say so before the element's own (queued) event. */
  pause(): void {
    this.wanted = false;
    clearTimeout(this.stallTimer);
    this.settlePlay(new DOMException('Paused before playback started', 'AbortError'));
    const audio = this.audio;
    if (!audio || audio.paused) return;
    audio.pause();
    if (audio.readyState >= HTMLMediaElement.HAVE_METADATA) this.position = audio.currentTime; // where it stopped
    this.playing = false;
    this.options.onTime(this.position, false);
    this.host.requestUpdate();
  }

  /** Moves to `seconds`, clamped to the recording; works before the audio has loaded. */
  seek(seconds: number): void {
    if (!Number.isFinite(seconds)) return;
    this.position = this.clamp(seconds);
    if (this.audio && this.audio.readyState >= HTMLMediaElement.HAVE_METADATA) this.audio.currentTime = this.position;
    this.options.onTime(this.position, this.playing);
    this.host.requestUpdate();
  }

  skip(delta: number): void {
    this.seek(this.position + delta);
  }

  setRate(rate: number): void {
    this.rate = rate;
    if (this.audio) this.audio.playbackRate = rate;
    this.host.requestUpdate();
  }

  setVolume(volume: number): void {
    this.volume = volume;
    if (this.audio) this.audio.volume = volume;
    if (volume > 0 && this.muted) this.setMuted(false);
    this.host.requestUpdate();
  }

  setMuted(muted: boolean): void {
    this.muted = muted;
    if (this.audio) this.audio.muted = muted;
    this.host.requestUpdate();
  }

  /** Retry after a failure: a freshly signed URL, from the same position, playing. */
  async retry(): Promise<void> {
    this.recoveries = 0;
    this.lease = this.loaded = undefined; // the next attach signs again…
    this.audio?.removeAttribute('src'); // …and reloads, even if the backend answers the same URL
    await this.play();
  }

  // ---------------------------------------------------------------- signed URL

  /** Loads a currently valid signed URL into the element, keeping the position. */
  private async attach(fresh = false): Promise<void> {
    const audio = this.audio;
    if (!audio) return;
    const lease = fresh || isExpiring(this.lease) ? await this.renew() : this.lease!;
    if (this.audio !== audio) return;
    if (audio.getAttribute('src') !== lease.url || audio.error) this.load(lease.url);
    this.loaded = lease;
  }

  private load(url: string): void {
    const audio = this.audio!;
    audio.src = url;
    // The default playback start position: applied as soon as the new source has its metadata.
    audio.currentTime = this.position;
  }

  /** One request at a time; the next renewal is scheduled from each answer. */
  private renew(): Promise<MediaLease> {
    const leases = this.leases;
    const abort = this.abort;
    if (!leases || !abort) return Promise.reject(new DOMException('The recording changed', 'AbortError'));
    this.leasing ??= leases(abort.signal)
      .then((lease) => {
        if (this.abort === abort) {
          this.lease = lease;
          this.scheduleRenewal(lease);
        }
        return lease;
      })
      .finally(() => {
        if (this.abort === abort) this.leasing = undefined;
      });
    return this.leasing;
  }

  private scheduleRenewal(lease: MediaLease): void {
    clearTimeout(this.renewTimer);
    this.renewTimer = setTimeout(() => {
      // Renewing a URL nobody is listening to would only add requests: a paused player re-signs on Play.
      if (!this.wanted) {
        this.lease = undefined;
        return;
      }
      void this.renew().catch(() => undefined); // a failed renewal shows up when the old URL fails
    }, renewalDelay(lease));
  }

  // ---------------------------------------------------------------- media events

  private onMediaEvent = (event: Event): void => {
    const audio = this.audio;
    if (!audio || event.currentTarget !== audio) return;
    if (event.type === 'play') this.started = true;
    if (event.type === 'playing') {
      this.recoveries = 0;
      clearTimeout(this.stallTimer);
      this.settlePlay();
    }
    if (event.type === 'timeupdate' && !audio.paused && audio.readyState >= HTMLMediaElement.HAVE_FUTURE_DATA) this.armStallTimer(false);
    if (event.type === 'ended') this.wanted = false;
    if (event.type === 'loadedmetadata' && Math.abs(audio.currentTime - this.position) > 0.05) audio.currentTime = this.position;
    if (audio.readyState >= HTMLMediaElement.HAVE_METADATA && !audio.seeking) this.position = audio.currentTime;
    if (Number.isFinite(audio.duration) && audio.duration > 0) this.duration = audio.duration;
    this.playing = !audio.paused && !audio.ended;
    this.options.onTime(this.position, this.playing);
    this.host.requestUpdate();
  };

  private onWaiting = (): void => {
    if (!this.wanted) return;
    // Waiting on a URL that has expired is a refused range request: continue with a valid one now.
    if (this.loaded && isExpiring(this.loaded)) this.recover(false);
    else this.armStallTimer();
  };

  /** While sound is wanted and none arrives for `stallTimeoutMs`, the stream counts as stalled. */
  private armStallTimer(start = true): void {
    clearTimeout(this.stallTimer);
    if (!start) return;
    this.stallTimer = setTimeout(() => {
      const audio = this.audio;
      if (audio && this.wanted && audio.readyState < HTMLMediaElement.HAVE_FUTURE_DATA) this.fail('stalled');
    }, this.options.stallTimeoutMs());
  }

  private onError = (): void => {
    if (!this.audio?.getAttribute('src')) return; // close() or a reset, not a load failure
    const expired = !!this.loaded && isExpiring(this.loaded);
    // An expired URL refused while paused (the element buffers ahead): Play signs again, from the same place.
    if (expired && !this.wanted) return;
    // Otherwise sign again and continue where it stopped: once for a refusal of a valid URL (it may be
    // a 403 from a clock that disagrees, or a passing fault), a few times for expiries.
    if (this.recoveries < (expired ? 3 : 1)) this.recover(!expired);
    else this.fail('failed');
  };

  /** Loads a valid URL (a newly signed one with `fresh`) at the current position, playing if wanted. */
  private recover(fresh: boolean): void {
    if (this.recovering) return;
    this.recovering = true;
    this.recoveries++;
    void this.attach(fresh).finally(() => (this.recovering = false)).then(
      () => {
        // The outcome is reported by events, like any play().
        if (this.wanted) this.audio?.play().catch(() => undefined);
      },
      () => this.fail('failed'),
    );
  }

  private fail(kind: MediaFailure): void {
    const audio = this.audio;
    if (!audio) return;
    clearTimeout(this.stallTimer);
    this.wanted = false;
    this.failure = kind;
    audio.pause();
    this.settlePlay(new DOMException(kind === 'stalled' ? 'The audio stopped loading' : 'The audio could not be loaded', 'NetworkError'));
    this.playing = false;
    this.options.onTime(this.position, false);
    this.host.requestUpdate();
  }

  /** Resolves (no error) or rejects every pending play(). */
  private settlePlay(error?: unknown): void {
    const waiters = this.playWaiters.splice(0);
    for (const waiter of waiters) {
      if (error) waiter.reject(error);
      else waiter.resolve();
    }
  }

  private clamp(seconds: number): number {
    return Math.max(0, this.duration > 0 ? Math.min(this.duration, seconds) : seconds);
  }
}
