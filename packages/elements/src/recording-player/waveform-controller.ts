import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { Task } from '@lit/task';
import type { RecordingPeaks, RecordingStatus } from '@conversations-kit/sdk';
import type WaveSurfer from 'wavesurfer.js';
import type { KitClient } from '../context/contexts.js';
import { createWaveform, preloadWaveform, updateWaveform, type WaveformColors } from './waveform.js';

export const WAVE_HEIGHT = 72;
export const SPLIT_WAVE_HEIGHT = 112;

export interface WaveformHost extends ReactiveControllerHost, HTMLElement {
  readonly client?: KitClient;
  readonly conversationId?: string;
  readonly splitChannels: boolean;
}

export interface WaveformSources {
  /** The recording's state, once known. */
  status(): RecordingStatus | undefined;
  /** The `<audio>` element wavesurfer.js drives. */
  media(): HTMLMediaElement | undefined;
  /** The (empty) element the waveform is drawn into, once rendered. */
  container(): HTMLElement | undefined;
  /** Seeks the player (a click or drag on the waveform). */
  seek(seconds: number): void;
  /** The waveform of the current recording has been painted. */
  onReady(): void;
}

/**
 * The waveform: fetches peaks at a resolution matched to the player's width, draws them with
 * wavesurfer.js (imported lazily; its download starts with the state request) over the player's
 * `<audio>` element, and follows the split/merged layout and the colour scheme.
 */
export class WaveformController implements ReactiveController {
  /** The current recording's waveform has been painted. */
  ready = false;
  /** wavesurfer.js could not be loaded or could not draw. */
  error?: Error;

  private wave?: WaveSurfer;
  private mountedFor?: HTMLMediaElement;
  private colorScheme?: MediaQueryList;

  /** Peaks of an available recording: about two per pixel is all a fill-width waveform can show. */
  readonly peaks: Task<readonly [KitClient | undefined, string | undefined, boolean], { id: string; peaks: RecordingPeaks } | null>;

  constructor(
    private readonly host: WaveformHost,
    private readonly sources: WaveformSources,
  ) {
    host.addController(this);
    this.peaks = new Task(host, {
      task: async ([client, id, available], { signal }) => {
        if (!client || !id || !available) return null;
        const duration = this.sources.status()?.durationSeconds ?? 0;
        const points = Math.max(2000, 2 * (this.host.getBoundingClientRect().width || 800));
        // 50/s is the API's default and plenty for a short call.
        const samplesPerSecond = duration > 0 ? Math.max(1, Math.min(50, Math.ceil(points / duration))) : 50;
        return { id, peaks: await client.recordings.peaks(id, { samplesPerSecond }, { signal }) };
      },
      args: () => [this.host.client, this.host.conversationId, this.sources.status()?.state === 'available'] as const,
    });
  }

  hostConnected(): void {
    this.colorScheme = window.matchMedia('(prefers-color-scheme: dark)');
    this.colorScheme.addEventListener('change', this.restyle);
  }

  hostDisconnected(): void {
    this.colorScheme?.removeEventListener('change', this.restyle);
    this.reset();
  }

  hostUpdated(): void {
    const peaks = this.currentPeaks();
    const media = this.sources.media();
    const container = this.sources.container();
    if (peaks && media && container && this.mountedFor !== media && !container.dataset.mounted) void this.mount(peaks, media, container);
  }

  /** Starts downloading wavesurfer.js alongside the state and peaks requests, not after them. */
  prefetch(): void {
    preloadWaveform();
  }

  /** Removes the waveform of the previous recording. */
  reset(): void {
    this.wave?.destroy();
    this.wave = undefined;
    this.mountedFor = undefined;
    const container = this.sources.container();
    if (container) {
      delete container.dataset.mounted;
      container.replaceChildren();
    }
    this.ready = false;
    this.error = undefined;
  }

  /** The task keeps its last value while a new one loads: only peaks of this conversation count. */
  currentPeaks(): RecordingPeaks | undefined {
    const value = this.peaks.value;
    return value && value.id === this.host.conversationId ? value.peaks : undefined;
  }

  get height(): number {
    return this.host.splitChannels ? SPLIT_WAVE_HEIGHT : WAVE_HEIGHT;
  }

  /** Re-applies colours or the split/merged layout without recreating the waveform. */
  restyle = (): void => {
    const peaks = this.currentPeaks();
    if (!this.wave || !peaks) return;
    updateWaveform(this.wave, { peaks: peaks.channels, duration: this.duration(peaks), split: this.host.splitChannels, height: this.height, colors: this.readColors() });
  };

  private async mount(peaks: RecordingPeaks, media: HTMLMediaElement, container: HTMLElement): Promise<void> {
    container.dataset.mounted = 'true';
    this.mountedFor = media;
    try {
      const wave = await createWaveform({
        container,
        media,
        peaks: peaks.channels,
        duration: this.duration(peaks),
        split: this.host.splitChannels,
        height: this.height,
        colors: this.readColors(),
      });
      if (this.sources.media() !== media || !container.isConnected) {
        wave.destroy();
        return;
      }
      this.wave = wave;
      // wavesurfer defers seeks until the audio can play; the player takes them at once.
      wave.on('interaction', (seconds) => this.sources.seek(seconds));
      wave.once('redrawcomplete', () => {
        this.ready = true;
        this.host.requestUpdate();
        this.sources.onReady();
      });
    } catch (error) {
      delete container.dataset.mounted;
      this.mountedFor = undefined;
      this.error = error instanceof Error ? error : new Error(String(error));
      this.host.requestUpdate();
    }
  }

  private duration(peaks: RecordingPeaks): number {
    return this.sources.status()?.durationSeconds || peaks.durationSeconds;
  }

  private readColors(): WaveformColors {
    const style = getComputedStyle(this.host);
    const read = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
    return {
      wave: read('--_wave', '#9aa9c2'),
      progress: read('--_progress', '#2457c5'),
      agentWave: read('--_agent-wave', '#b7a4d6'),
      agentProgress: read('--_agent-progress', '#6b46c1'),
      cursor: read('--_cursor', '#1c2330'),
    };
  }
}
