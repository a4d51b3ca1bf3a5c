import type WaveSurfer from 'wavesurfer.js';

export interface WaveformColors {
  wave: string;
  progress: string;
  agentWave: string;
  agentProgress: string;
  cursor: string;
}

export interface WaveformSetup {
  container: HTMLElement;
  media: HTMLMediaElement;
  /** One array per channel (customer, agent), values −1..1. */
  peaks: number[][];
  duration: number;
  split: boolean;
  height: number;
  colors: WaveformColors;
}

/** Two channels become one lane: the louder of the two at each point (both sides of a call show). */
export function mergeChannels(peaks: number[][]): number[] {
  const [first = [], ...rest] = peaks;
  if (!rest.length) return first;
  const merged = new Array<number>(first.length);
  for (let i = 0; i < first.length; i++) {
    let max = Math.abs(first[i] ?? 0);
    for (const channel of rest) max = Math.max(max, Math.abs(channel[i] ?? 0));
    merged[i] = max;
  }
  return merged;
}

function waveOptions(setup: Omit<WaveformSetup, 'container' | 'media'>) {
  const { colors, split, peaks, height } = setup;
  return {
    peaks: split ? peaks : [mergeChannels(peaks)],
    duration: setup.duration,
    height: split ? Math.round(height / Math.max(1, peaks.length)) : height,
    waveColor: colors.wave,
    progressColor: colors.progress,
    cursorColor: colors.cursor,
    splitChannels: split
      ? peaks.map((_, i) => ({
          waveColor: i === 1 ? colors.agentWave : colors.wave,
          progressColor: i === 1 ? colors.agentProgress : colors.progress,
        }))
      : undefined,
  };
}

/**
 * Draws the waveform with wavesurfer.js from precomputed peaks and the known duration — no audio is
 * fetched or decoded for it — over the player's `<audio>` element, which it drives for seeking and
 * progress. wavesurfer.js is imported here, on demand, so pages that never show a recording never
 * download it.
 */
export async function createWaveform(setup: WaveformSetup): Promise<WaveSurfer> {
  const { default: WaveSurferClass } = await import('wavesurfer.js');
  return WaveSurferClass.create({
    container: setup.container,
    media: setup.media,
    ...waveOptions(setup),
    cursorWidth: 2,
    barWidth: 2,
    barGap: 1,
    barRadius: 1,
    barMinHeight: 1,
    normalize: true,
    interact: true,
    dragToSeek: true,
    fillParent: true,
    hideScrollbar: true,
    autoScroll: false,
  });
}

/** Re-applies colours or the split/merged layout without recreating the player. */
export function updateWaveform(ws: WaveSurfer, setup: Omit<WaveformSetup, 'container' | 'media'>): void {
  ws.setOptions(waveOptions(setup));
}

let preloading: Promise<unknown> | undefined;

/** Starts downloading wavesurfer.js while the peaks are on their way (no-op after the first call). */
export function preloadWaveform(): void {
  preloading ??= import('wavesurfer.js').catch(() => (preloading = undefined));
}
