import type { RecordingState, RecordingStatus } from '@conversations-kit/sdk';
import type { KitClient } from '../../context/contexts.js';
import { syntheticRecording, type SyntheticRecording } from './synthetic-recording.js';

/**
 * A client implementing only what `<recording-player>` calls (`recordings.*`, `capabilities.get`),
 * over a synthetic recording. For the state-message matrix (states that are rare in the seeded data)
 * and for media edge cases; the main flows run against the real reference server.
 */
export interface StubOptions {
  /** States answered by successive `state()` calls (the last one repeats). */
  states?: (RecordingState | Partial<RecordingStatus>)[];
  /** The state `retry()` answers with. */
  retryState?: RecordingState;
  recording?: SyntheticRecording;
  permissions?: string[];
  /**
   * Signed audio URLs: by default a `blob:` URL of the whole recording that never expires; tests of
   * broken or expiring media pass their own (see `media-backend.ts`).
   */
  mediaUrl?: (id: string) => { url: string; expiresAt: string } | Promise<{ url: string; expiresAt: string }>;
}

export interface StubClient {
  client: KitClient;
  calls: { state: number; peaks: number; mediaUrl: number; retry: number; download: number };
  recording: SyntheticRecording;
}

export function stubClient(options: StubOptions = {}): StubClient {
  const recording = options.recording ?? syntheticRecording({ durationSeconds: 40 });
  const states = options.states ?? ['available'];
  const calls = { state: 0, peaks: 0, mediaUrl: 0, retry: 0, download: 0 };
  let blobUrl: string | undefined;
  const wholeFile = () => (blobUrl ??= URL.createObjectURL(new Blob([recording.read(0, recording.size - 1) as Uint8Array<ArrayBuffer>], { type: 'audio/wav' })));
  const statusFor = (entry: RecordingState | Partial<RecordingStatus>): RecordingStatus => {
    const partial = typeof entry === 'string' ? { state: entry } : entry;
    const available = (partial.state ?? 'available') === 'available';
    return recording.status({
      // A backend that sends no message of its own: the player shows the spec's text.
      message: '',
      enabled: partial.state !== 'recording_disabled',
      durationSeconds: available ? recording.durationSeconds : null,
      retryAvailable: ['partial_download_failed', 'partial_upload_failed', 'partial_failed', 'initial_fetch_failed', 'retry_failed'].includes(partial.state ?? ''),
      ...partial,
    });
  };
  const abortable = (signal?: AbortSignal) => signal?.throwIfAborted();
  const client = {
    capabilities: {
      get: async () => ({ user: { id: 'u', name: 'Stub', role: 'analyst' }, permissions: options.permissions ?? ['recordings.download'], features: {} }),
    },
    recordings: {
      state: async (_id: string, { signal }: { signal?: AbortSignal } = {}) => {
        abortable(signal);
        return statusFor(states[Math.min(calls.state++, states.length - 1)]!);
      },
      peaks: async (_id: string, params: { samplesPerSecond?: number } = {}) => {
        calls.peaks++;
        const sps = params.samplesPerSecond ?? 50;
        return { durationSeconds: recording.durationSeconds, sampleRate: sps, channels: recording.peaks(sps) };
      },
      mediaUrl: async (id: string, _params: { representation: string }, { signal }: { signal?: AbortSignal } = {}) => {
        calls.mediaUrl++;
        abortable(signal);
        return options.mediaUrl ? options.mediaUrl(id) : { url: wholeFile(), expiresAt: new Date(Date.now() + 3_600_000).toISOString() };
      },
      retry: async () => {
        calls.retry++;
        return statusFor(options.retryState ?? 'fetching_in_progress');
      },
      download: async (id: string, { channel = 'all' }: { channel?: string } = {}) => {
        calls.download++;
        return { blob: new Blob(['fLaC'], { type: 'audio/flac' }), filename: `recording-${id}${channel === 'all' ? '' : `-${channel}`}.flac`, contentType: 'audio/flac' };
      },
    },
  } as unknown as KitClient;
  return { client, calls, recording };
}
