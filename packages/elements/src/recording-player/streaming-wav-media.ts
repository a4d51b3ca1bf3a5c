import { decodePcm, parseWavHeader, type WavFormat } from './wav.js';
import { timeStretch } from './time-stretch.js';

/** Fetches bytes `start..end` (inclusive) of the WAV; `total` is the file size when the server says. */
export type RangeFetcher = (start: number, end: number, signal: AbortSignal) => Promise<{ bytes: ArrayBuffer; total: number | null }>;

export interface StreamingWavMediaOptions {
  fetchRange: RangeFetcher;
  /** Known duration (from the recording's status or peaks), so the UI has it before any audio byte. */
  duration?: number | null;
  /** Seconds of audio per range request (the cache grid). */
  chunkSeconds?: number;
  /** Seconds scheduled ahead of the playhead. */
  aheadSeconds?: number;
  /** Waiting this long for audio while playing counts as a stalled stream (an error). */
  stallTimeoutMs?: number;
}

/** Bytes asked for first: the header plus the start of the audio. */
const HEADER_BYTES = 64 * 1024;
const CACHE_CHUNKS = 8;
/** Delay before the first scheduled sample, so scheduling never starts in the past. */
const START_DELAY = 0.04;
const TICK_MS = 250;

export class StreamStalledError extends Error {
  override name = 'StreamStalledError';
}

let liveInstances = 0;

/**
 * Plays a WAV recording by streaming it in byte ranges through the SDK, and looks like an
 * `HTMLMediaElement` to wavesurfer.js (which drives it as its `media`).
 *
 * Why not `<audio src>`: the API wants `Authorization: Bearer …` on every request and the contract
 * offers no URL with a short-lived token, and an `<audio>` element cannot add headers. Media Source
 * Extensions would let us feed fetched bytes to an `<audio>` element, but no browser accepts WAV/PCM
 * there. Fetching the whole file into a Blob would download a 2-hour call (hundreds of MB) before the
 * first second plays. So: `client.recordings.audio(id, { range })` fetches ~6 s of PCM at a time
 * around the playhead (a small LRU cache, so memory stays flat however long the call), and Web Audio
 * plays the chunks back to back on one clock, sample-accurately. The two channels (customer / agent)
 * are mixed into one so a single earbud hears both sides. Speed changes keep the pitch (WSOLA time
 * stretch), as an `<audio>` element would.
 *
 * Nothing is fetched and no AudioContext exists until `play()` (or `load()`), so a page that shows
 * the waveform but never plays pays nothing for audio.
 */
export class StreamingWavMedia extends EventTarget {
  /** Open instances (not yet destroyed), for leak checks. */
  static get liveInstances(): number {
    return liveInstances;
  }

  // --- The HTMLMediaElement surface wavesurfer touches. ---
  src = '';
  currentSrc = '';
  crossOrigin: string | null = null;
  autoplay = false;
  controls = false;
  preservesPitch = true;
  error: Error | null = null;
  paused = true;
  ended = false;
  seeking = false;
  /** Positions are accepted at any time (the stream buffers on demand), so seeks never need deferring. */
  readonly readyState = 4;

  private readonly fetchRange: RangeFetcher;
  private readonly chunkSeconds: number;
  private readonly aheadSeconds: number;
  private readonly stallTimeoutMs: number;
  private readonly abort = new AbortController();

  private _duration: number;
  private _volume = 1;
  private _muted = false;
  private _rate = 1;

  private format?: WavFormat;
  private headerPromise?: Promise<WavFormat>;
  private chunks = new Map<number, Promise<Float32Array>>();
  /** Chunk requests in flight, so a stalled one can be abandoned and asked for again. */
  private inflight = new Map<number, AbortController>();

  private ctx?: AudioContext;
  private gain?: GainNode;
  private sources = new Set<AudioBufferSourceNode>();

  /** Position while the clock is stopped (paused, waiting for data). */
  private position = 0;
  /** Clock running: scheduled audio is playing and currentTime follows the AudioContext. */
  private running = false;
  private anchorCtx = 0;
  private anchorMedia = 0;
  private scheduledUntil = 0;
  /** Bumped by every seek/pause/rate change: async work of an older generation drops its result. */
  private generation = 0;
  private pumping = -1;
  private waitingSince = 0;
  private ticker?: ReturnType<typeof setInterval>;
  private pendingPlays: { resolve: () => void; reject: (error: unknown) => void }[] = [];
  private destroyed = false;

  constructor(options: StreamingWavMediaOptions) {
    super();
    this.fetchRange = options.fetchRange;
    this._duration = options.duration && options.duration > 0 ? options.duration : NaN;
    this.chunkSeconds = options.chunkSeconds ?? 6;
    this.aheadSeconds = options.aheadSeconds ?? 10;
    this.stallTimeoutMs = options.stallTimeoutMs ?? 12_000;
    liveInstances++;
  }

  get duration(): number {
    return this._duration;
  }

  get currentTime(): number {
    if (!this.running || !this.ctx) return this.position;
    const t = this.anchorMedia + Math.max(0, this.ctx.currentTime - this.anchorCtx) * this._rate;
    return Math.min(t, this.scheduledUntil, Number.isFinite(this._duration) ? this._duration : Infinity);
  }

  set currentTime(value: number) {
    if (this.destroyed || !Number.isFinite(value)) return;
    const max = Number.isFinite(this._duration) ? this._duration : Infinity;
    const t = Math.max(0, Math.min(value, max));
    this.seeking = true;
    this.emit('seeking');
    this.ended = false;
    if (this.paused) {
      this.position = t;
    } else {
      this.startFrom(t);
    }
    this.seeking = false;
    this.emit('timeupdate');
    this.emit('seeked');
  }

  get volume(): number {
    return this._volume;
  }

  set volume(value: number) {
    this._volume = Math.max(0, Math.min(1, value));
    this.applyGain();
    this.emit('volumechange');
  }

  get muted(): boolean {
    return this._muted;
  }

  set muted(value: boolean) {
    this._muted = Boolean(value);
    this.applyGain();
    this.emit('volumechange');
  }

  get playbackRate(): number {
    return this._rate;
  }

  set playbackRate(value: number) {
    if (!(value > 0) || value === this._rate) return;
    const now = this.currentTime;
    this._rate = value;
    if (!this.paused) this.startFrom(now); // reschedule at the new tempo
    this.emit('ratechange');
  }

  /** Starts (or resumes) playback; resolves once audio is scheduled, like `HTMLMediaElement.play()`. */
  async play(): Promise<void> {
    if (this.destroyed) throw new DOMException('The player was closed', 'InvalidStateError');
    this.error = null;
    const ctx = this.ensureContext();
    const started = new Promise<void>((resolve, reject) => this.pendingPlays.push({ resolve, reject }));
    if (this.paused) {
      if (this.ended || (Number.isFinite(this._duration) && this.position >= this._duration)) this.position = 0;
      this.ended = false;
      this.paused = false;
      this.emit('play');
      this.startFrom(this.position);
    } else if (this.running) {
      this.settlePlays();
    }
    if (ctx.state === 'suspended') await ctx.resume();
    return started;
  }

  pause(): void {
    if (this.paused || this.destroyed) return;
    this.position = this.currentTime;
    this.halt();
    this.paused = true;
    this.settlePlays(new DOMException('Playback was paused before it started', 'AbortError'));
    this.emit('timeupdate');
    this.emit('pause');
  }

  /** Reads the header ahead of the first play (like `preload="metadata"`). */
  load(): void {
    if (!this.destroyed) this.ensureHeader().catch(() => undefined);
  }

  canPlayType(): CanPlayTypeResult {
    return '';
  }

  removeAttribute(): void {
    // Player calls this to reset an <audio> element; there is no attribute here.
  }

  async setSinkId(sinkId: string): Promise<void> {
    const ctx = this.ensureContext() as AudioContext & { setSinkId?: (id: string) => Promise<void> };
    await ctx.setSinkId?.(sinkId);
  }

  /** For `HTMLMediaElement.remove()` compatibility. */
  remove(): void {
    this.destroy();
  }

  /** Stops audio, aborts every request and closes the AudioContext. Idempotent. */
  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    liveInstances--;
    this.halt();
    this.paused = true;
    this.settlePlays(new DOMException('The player was closed', 'AbortError'));
    this.abort.abort();
    this.chunks.clear();
    this.gain?.disconnect();
    void this.ctx?.close().catch(() => undefined);
    this.ctx = undefined;
    this.gain = undefined;
  }

  // --- Internals. ---

  private emit(type: string): void {
    if (!this.destroyed) this.dispatchEvent(new Event(type));
  }

  private ensureContext(): AudioContext {
    if (!this.ctx) {
      this.ctx = new AudioContext({ latencyHint: 'playback' });
      this.gain = this.ctx.createGain();
      this.gain.connect(this.ctx.destination);
      this.applyGain();
    }
    return this.ctx;
  }

  private applyGain(): void {
    if (this.gain && this.ctx) this.gain.gain.setTargetAtTime(this._muted ? 0 : this._volume, this.ctx.currentTime, 0.01);
  }

  /** Stops the clock and every scheduled source; invalidates async work in flight. */
  private halt(): void {
    this.generation++;
    this.running = false;
    this.waitingSince = 0;
    for (const source of this.sources) {
      source.onended = null;
      try {
        source.stop();
      } catch {
        // never started
      }
      source.disconnect();
    }
    this.sources.clear();
    if (this.ticker) clearInterval(this.ticker);
    this.ticker = undefined;
  }

  private startFrom(position: number): void {
    this.halt();
    this.position = position;
    this.scheduledUntil = position;
    this.waitingSince = performance.now();
    this.ticker = setInterval(this.tick, TICK_MS);
    void this.pump();
  }

  private settlePlays(error?: unknown): void {
    const plays = this.pendingPlays;
    this.pendingPlays = [];
    for (const play of plays) {
      if (error) play.reject(error);
      else play.resolve();
    }
  }

  private ensureHeader(): Promise<WavFormat> {
    this.headerPromise ??= (async () => {
      const { bytes, total } = await this.fetchRange(0, HEADER_BYTES - 1, this.abort.signal);
      const format = parseWavHeader(bytes);
      const dataBytes = format.dataSize ?? (total != null ? total - format.dataOffset : null);
      if (dataBytes == null) throw new Error('The recording does not say how long it is');
      this.format = { ...format, dataSize: dataBytes };
      const duration = Math.floor(dataBytes / format.blockAlign) / format.sampleRate;
      if (Math.abs(duration - this._duration) > 1e-3 || !Number.isFinite(this._duration)) {
        this._duration = duration;
        this.emit('durationchange');
      }
      this.emit('loadedmetadata');
      this.emit('canplay');
      return this.format;
    })();
    this.headerPromise.catch(() => (this.headerPromise = undefined)); // a failed header is refetched on retry
    return this.headerPromise;
  }

  private get totalFrames(): number {
    const f = this.format!;
    return Math.floor(f.dataSize! / f.blockAlign);
  }

  private chunkFrames(): number {
    return Math.max(1, Math.round(this.chunkSeconds * this.format!.sampleRate));
  }

  private chunkIndexAt(seconds: number): number {
    return Math.floor(Math.round(seconds * this.format!.sampleRate) / this.chunkFrames());
  }

  /** One chunk of audio mixed to mono, from the LRU cache or the network. */
  private loadChunk(index: number): Promise<Float32Array> {
    const cached = this.chunks.get(index);
    if (cached) {
      this.chunks.delete(index);
      this.chunks.set(index, cached);
      return cached;
    }
    const format = this.format!;
    const first = index * this.chunkFrames();
    const last = Math.min(this.totalFrames, first + this.chunkFrames());
    const request = new AbortController();
    const signal = AbortSignal.any([this.abort.signal, request.signal]);
    this.inflight.set(index, request);
    const promise = (async () => {
      const start = format.dataOffset + first * format.blockAlign;
      const end = format.dataOffset + last * format.blockAlign - 1;
      const { bytes } = await Promise.race([
        this.fetchRange(start, end, signal),
        new Promise<never>((_, reject) => signal.addEventListener('abort', () => reject(signal.reason), { once: true })),
      ]);
      // A server that ignores Range answers the whole file: take our slice of it.
      const body = bytes.byteLength > end - start + 1 ? bytes.slice(start, end + 1) : bytes;
      const channels = decodePcm(body, format);
      const mono = new Float32Array(channels[0]?.length ?? 0);
      for (const channel of channels) for (let i = 0; i < mono.length; i++) mono[i]! += channel[i]!;
      for (let i = 0; i < mono.length; i++) mono[i] = Math.max(-1, Math.min(1, mono[i]!));
      return mono;
    })();
    this.chunks.set(index, promise);
    promise.then(
      () => this.inflight.get(index) === request && this.inflight.delete(index),
      () => {
        if (this.inflight.get(index) === request) this.inflight.delete(index);
        if (this.chunks.get(index) === promise) this.chunks.delete(index);
      },
    );
    while (this.chunks.size > CACHE_CHUNKS) this.chunks.delete(this.chunks.keys().next().value!);
    return promise;
  }

  /** Keeps `aheadSeconds` of audio scheduled; one loop per generation. */
  private async pump(): Promise<void> {
    const generation = this.generation;
    if (this.pumping === generation || this.paused || this.destroyed) return;
    this.pumping = generation;
    const stale = () => generation !== this.generation || this.paused || this.destroyed;
    try {
      await this.ensureHeader();
      while (!stale()) {
        const end = this.totalFrames / this.format!.sampleRate;
        if (this.scheduledUntil >= end - 1e-6) return;
        if (this.running && this.scheduledUntil > this.currentTime + this.aheadSeconds) return;
        const index = this.chunkIndexAt(this.scheduledUntil);
        const data = await this.loadChunk(index);
        if (stale()) return;
        if (index + 1 < Math.ceil(this.totalFrames / this.chunkFrames())) this.loadChunk(index + 1).catch(() => undefined);
        if (!this.running) this.startClock();
        this.schedule(index, data, this.scheduledUntil);
      }
    } catch (error) {
      if (!stale()) this.fail(error);
    } finally {
      if (this.pumping === generation) this.pumping = -1;
    }
  }

  private startClock(): void {
    const ctx = this.ctx!;
    this.anchorCtx = ctx.currentTime + START_DELAY;
    this.anchorMedia = this.scheduledUntil;
    this.position = this.scheduledUntil;
    this.running = true;
    this.waitingSince = 0;
    this.emit('playing');
    this.settlePlays();
  }

  private schedule(index: number, data: Float32Array, fromSeconds: number): void {
    const ctx = this.ctx!;
    const sampleRate = this.format!.sampleRate;
    const chunkStart = index * this.chunkFrames();
    const offset = Math.max(0, Math.min(data.length, Math.round(fromSeconds * sampleRate) - chunkStart));
    this.scheduledUntil = (chunkStart + data.length) / sampleRate;
    let samples = data.subarray(offset);
    if (samples.length === 0) return;
    let nodeRate = 1;
    if (this._rate !== 1) {
      if (this.preservesPitch) samples = timeStretch(samples, this._rate, sampleRate);
      else nodeRate = this._rate;
    }
    const buffer = new AudioBuffer({ length: samples.length, numberOfChannels: 1, sampleRate });
    buffer.copyToChannel(samples as Float32Array<ArrayBuffer>, 0);
    const source = ctx.createBufferSource();
    source.buffer = buffer;
    source.playbackRate.value = nodeRate;
    source.connect(this.gain!);
    const when = this.anchorCtx + (fromSeconds - this.anchorMedia) / this._rate;
    const late = Math.max(0, ctx.currentTime - when);
    source.start(when + late, late * nodeRate);
    source.onended = () => {
      this.sources.delete(source);
      source.disconnect();
    };
    this.sources.add(source);
  }

  private tick = (): void => {
    if (this.paused || this.destroyed) return;
    const now = this.currentTime;
    if (this.running && this.format && now >= this.scheduledUntil - 1e-3) {
      if (this.scheduledUntil >= this.totalFrames / this.format.sampleRate - 1e-3) {
        this.finish();
        return;
      }
      // The network fell behind: hold the clock where the audio ran out until the next chunk lands.
      this.position = this.scheduledUntil;
      this.running = false;
      this.waitingSince = performance.now();
      this.emit('waiting');
    }
    if (!this.running && this.waitingSince && performance.now() - this.waitingSince > this.stallTimeoutMs) {
      this.fail(new StreamStalledError('The audio stream stalled'));
      return;
    }
    this.emit('timeupdate');
    void this.pump();
  };

  private finish(): void {
    this.halt();
    this.position = this.format ? this.totalFrames / this.format.sampleRate : this._duration;
    this.paused = true;
    this.ended = true;
    this.emit('timeupdate');
    this.emit('pause');
    this.emit('ended');
  }

  private fail(error: unknown): void {
    this.position = this.currentTime;
    this.halt();
    // Requests still out when the stream failed are abandoned, so Retry asks again.
    for (const [index, request] of this.inflight) {
      request.abort(error);
      this.chunks.delete(index);
    }
    this.inflight.clear();
    if (!this.format) this.headerPromise = undefined;
    this.paused = true;
    this.error = error instanceof Error ? error : new Error(String(error));
    this.settlePlays(this.error);
    this.emit('pause');
    this.emit('error');
  }
}
