import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { RecordingState, RecordingStatus } from '@conversations-kit/sdk';
import type { KitClient } from '../context/contexts.js';
import { recordingStateChangeEvent } from './events.js';
import { recheckDelay } from './recording-states.js';

/** What the player knows about the recording's state. */
export type StatusView =
  | { kind: 'idle' }
  | { kind: 'loading' }
  | { kind: 'error'; error: unknown }
  | { kind: 'status'; status: RecordingStatus };

export interface RecordingStatusHost extends ReactiveControllerHost, HTMLElement {
  readonly client?: KitClient;
  readonly conversationId?: string;
}

export interface RecordingStatusCallbacks {
  /** A state arrived (first load, re-check or retry). */
  onStatus(status: RecordingStatus): void;
  /** The state could not be loaded (shown with Retry). */
  onError(error: unknown): void;
}

/**
 * Loads the recording's state and keeps it current: re-checks a recording that is being generated
 * with back-off (paused while the page is hidden, once when it shows again), and asks the backend to
 * fetch it again on Retry. Fires `recording-state-change` on the host whenever the state changes.
 */
export class RecordingStatusController implements ReactiveController {
  view: StatusView = { kind: 'idle' };
  /** The conversation `view` describes (a new `conversation-id` takes effect at the next load). */
  viewId?: string;
  retrying = false;

  private abort?: AbortController;
  private recheckTimer?: ReturnType<typeof setTimeout>;
  private recheckAttempt = 0;
  private recheckDue = false;
  private lastState?: RecordingState;

  constructor(
    private readonly host: RecordingStatusHost,
    private readonly callbacks: RecordingStatusCallbacks,
  ) {
    host.addController(this);
  }

  get status(): RecordingStatus | undefined {
    return this.view.kind === 'status' ? this.view.status : undefined;
  }

  hostConnected(): void {
    document.addEventListener('visibilitychange', this.onVisibility);
  }

  hostDisconnected(): void {
    document.removeEventListener('visibilitychange', this.onVisibility);
    this.reset();
  }

  /** Forgets the current conversation's state and cancels what is under way. */
  reset(): void {
    this.abort?.abort();
    this.abort = undefined;
    clearTimeout(this.recheckTimer);
    this.recheckTimer = undefined;
    this.recheckAttempt = 0;
    this.recheckDue = false;
    this.view = { kind: 'idle' };
    this.viewId = undefined;
    this.lastState = undefined;
    this.retrying = false;
  }

  /** Loads the state (abortable; a newer load or a reset cancels it). `quiet` keeps the current view meanwhile. */
  async load(options: { quiet?: boolean } = {}): Promise<void> {
    const { client, conversationId: id } = this.host;
    if (!client || !id) return;
    this.abort?.abort();
    const abort = (this.abort = new AbortController());
    if (!options.quiet) this.show({ kind: 'loading' }, id);
    try {
      const status = await client.recordings.state(id, { signal: abort.signal });
      if (!abort.signal.aborted) this.apply(status);
    } catch (error) {
      if (abort.signal.aborted) return;
      // A failed background re-check keeps the message on screen and tries again later.
      if (options.quiet && this.status) this.scheduleRecheck(this.status);
      else {
        this.show({ kind: 'error', error }, id);
        this.callbacks.onError(error);
      }
    }
  }

  /** Asks the backend to fetch the recording again; resolves with the new state, if any. */
  async retry(): Promise<RecordingStatus | undefined> {
    const { client, conversationId: id } = this.host;
    const abort = this.abort ?? (this.abort = new AbortController());
    if (!client || !id || this.retrying) return undefined;
    this.retrying = true;
    this.host.requestUpdate();
    try {
      const status = await client.recordings.retry(id, { signal: abort.signal });
      if (abort.signal.aborted) return undefined;
      this.recheckAttempt = 0;
      this.apply(status);
      return status;
    } catch (error) {
      if (abort.signal.aborted) return undefined;
      // The state may have moved on (409 invalid_state): show what the backend says now.
      await this.load({ quiet: true });
      throw error;
    } finally {
      if (!abort.signal.aborted) {
        this.retrying = false;
        this.host.requestUpdate();
      }
    }
  }

  private show(view: StatusView, id: string | undefined): void {
    this.view = view;
    this.viewId = id;
    this.host.requestUpdate();
  }

  private apply(status: RecordingStatus): void {
    this.show({ kind: 'status', status }, this.host.conversationId);
    if (status.state !== this.lastState) {
      this.lastState = status.state;
      this.recheckAttempt = 0;
      this.host.dispatchEvent(recordingStateChangeEvent(status.state));
    }
    this.scheduleRecheck(status);
    this.callbacks.onStatus(status);
  }

  private scheduleRecheck(status: RecordingStatus): void {
    clearTimeout(this.recheckTimer);
    const delay = recheckDelay(status, this.recheckAttempt);
    if (delay == null) return;
    this.recheckTimer = setTimeout(() => {
      this.recheckAttempt++;
      // A hidden page does not poll; it checks once when it becomes visible again.
      if (document.visibilityState === 'hidden') this.recheckDue = true;
      else void this.load({ quiet: true });
    }, delay);
  }

  private onVisibility = (): void => {
    if (document.visibilityState === 'visible' && this.recheckDue) {
      this.recheckDue = false;
      void this.load({ quiet: true });
    }
  };
}
