import type { RecordingState } from '@conversations-kit/sdk';

/**
 * Fired by `<recording-player>` about four times a second while playing, and once on every play,
 * pause, seek and end. A plain `Event` subclass (no `detail` object) because it is high-frequency:
 * transcript highlighting listens to it.
 */
export class TimeUpdateEvent extends Event {
  /** Position in seconds. */
  readonly currentTime: number;
  /** Whether the audio is playing (false while paused, ended, or buffering before the first play). */
  readonly playing: boolean;

  constructor(currentTime: number, playing: boolean) {
    super('time-update', { bubbles: true, composed: true });
    this.currentTime = currentTime;
    this.playing = playing;
  }
}

export interface RecordingStateChangeDetail {
  /** The recording's state as the backend reports it (`available`, `media_in_progress`, …). */
  state: RecordingState;
}

/** Fired when the recording's state is first known and whenever it changes (re-check, retry). */
export type RecordingStateChangeEvent = CustomEvent<RecordingStateChangeDetail>;

export function recordingStateChangeEvent(state: RecordingState): RecordingStateChangeEvent {
  return new CustomEvent('recording-state-change', { detail: { state }, bubbles: true, composed: true });
}

/** Fired (not bubbling) when the waveform of the current recording has been painted. */
export type WaveformReadyEvent = Event;

declare global {
  interface GlobalEventHandlersEventMap {
    'time-update': TimeUpdateEvent;
    'recording-state-change': RecordingStateChangeEvent;
    'waveform-ready': WaveformReadyEvent;
  }
}
