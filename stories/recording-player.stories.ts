import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { RecordingState, TranscriptItem } from '@conversations-kit/sdk';
import { pendingClient, storyClient } from './story-backend.js';
import { stubClient } from '../packages/elements/src/recording-player/testing/stub-client.js';
import { syntheticRecording } from '../packages/elements/src/recording-player/testing/synthetic-recording.js';
import type { RecordingPlayer, RecordingRegion } from '../packages/elements/src/recording-player/recording-player.js';
import type { KitClient } from '../packages/elements/src/context/contexts.js';
import { transcriptRegions } from '../packages/elements/src/recording-player/transcript-regions.js';
import { en } from '../packages/elements/src/i18n/messages.js';
import '../packages/elements/src/recording-player/recording-player.define.js';

type Loaded = { id: string; regions: RecordingRegion[] };

const frame = (content: unknown, width = '880px') => html`<div style="width: min(${width}, 100%);">${content}</div>`;

/**
 * The newest voice conversation whose recording is available on the reference backend, with its hold
 * periods and latency markers (ASR/Bot/TTS) as regions.
 */
async function availableRecording(): Promise<Loaded> {
  const client = storyClient('admin');
  for await (const page of client.conversations.pages({ channel: ['voice'], limit: 25 })) {
    const states = await Promise.all(page.items.map((c) => client.recordings.state(c.id)));
    const c = page.items.find((_, i) => states[i]!.state === 'available');
    if (c) {
      const transcript = await client.transcripts.get(c.id);
      return { id: c.id, regions: transcriptRegions(transcript.items, en) };
    }
  }
  throw new Error('No voice conversation with an available recording');
}

/** Transcript turns as regions: shows that the waveform's loud parts are the transcript's turns. */
async function turnsAsRegions(id: string): Promise<RecordingRegion[]> {
  const transcript = await storyClient('admin').transcripts.get(id);
  return (transcript.items as TranscriptItem[]).flatMap((item): RecordingRegion[] =>
    item.kind === 'message' && item.offsetSeconds != null && item.durationSeconds
      ? [{ start: item.offsetSeconds, end: item.offsetSeconds + item.durationSeconds, kind: item.speaker === 'customer' ? 'customer-turn' : 'agent-turn', label: item.speakerName ?? item.speaker }]
      : [],
  );
}

const player = (client: KitClient | undefined, id: string, options: { split?: boolean; regions?: RecordingRegion[] } = {}) =>
  frame(html`<recording-player conversation-id=${id} ?split-channels=${options.split} .client=${client} .regions=${options.regions ?? []}></recording-player>`);

const meta: Meta = {
  title: 'Elements/recording-player',
  component: 'recording-player',
  loaders: [async () => availableRecording()],
  render: (_args, { loaded }) => player(storyClient('analyst'), (loaded as Loaded).id, { regions: (loaded as Loaded).regions }),
};
export default meta;
type Story = StoryObj;

/** An available call recording from the reference backend: waveform from precomputed peaks, total duration before play. */
export const Available: Story = {
  render: (_args, { loaded }) => player(storyClient('analyst'), (loaded as Loaded).id),
};

/** Hold periods and the ASR/Bot/TTS latency of each AI-agent turn, from the transcript, drawn as regions. */
export const LatencyAndHoldRegions: Story = {};

/** Playing (muted): elapsed and remaining counters, the played part of the waveform in the progress colour. */
export const Playing: Story = {
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('recording-player') as RecordingPlayer;
    await new Promise((resolve) => el.addEventListener('waveform-ready', resolve, { once: true }));
    el.shadowRoot!.querySelector<HTMLButtonElement>('button.mute')!.click();
    el.seek(6);
    await el.play();
  },
};

/** The customer and agent channels split into two labelled waveforms, hold periods and latency markers (ASR/Bot/TTS) marked. */
export const SplitChannels: Story = {
  render: (_args, { loaded }) => player(storyClient('supervisor'), (loaded as Loaded).id, { split: true, regions: (loaded as Loaded).regions }),
};

/** The transcript's turns drawn as regions over the split waveform: the loud parts line up with them. */
export const TranscriptTurns: Story = {
  loaders: [
    async () => {
      const recording = await availableRecording();
      return { ...recording, turns: await turnsAsRegions(recording.id) };
    },
  ],
  render: (_args, { loaded }) => player(storyClient('supervisor'), (loaded as Loaded).id, { split: true, regions: (loaded as Loaded & { turns: RecordingRegion[] }).turns }),
};

/** Dark theme, split channels. */
export const Dark: Story = {
  parameters: { theme: 'dark' },
  render: (_args, { loaded }) => player(storyClient('supervisor'), (loaded as Loaded).id, { split: true, regions: (loaded as Loaded).regions }),
};

/** Narrow (360 px): the controls wrap. */
export const Narrow: Story = {
  render: (_args, { loaded }) => html`<div style="width: 360px">${player(storyClient('analyst'), (loaded as Loaded).id)}</div>`,
};

/** A viewer has no `recordings.download`: Download is inactive and says why on hover or focus. */
export const DownloadNotPermitted: Story = {
  render: (_args, { loaded }) => player(storyClient('viewer'), (loaded as Loaded).id),
};

/** Another backend serving G.711 μ-law WAV (telephone audio): the browser's own decoder plays it. */
export const MuLawFromAnotherBackend: Story = {
  loaders: [],
  render: () => player(stubClient({ recording: syntheticRecording({ durationSeconds: 95, encoding: 'mulaw' }) }).client, 'conv_mulaw', { split: true }),
};

/** The audio answer is not audio (a proxy's sign-in page with 200): a readable error with Retry, after Play. */
export const AudioFailed: Story = {
  loaders: [],
  render: () => {
    const page = URL.createObjectURL(new Blob(['<!doctype html><h1>Please sign in</h1>'], { type: 'text/html' }));
    return player(stubClient({ mediaUrl: () => ({ url: page, expiresAt: new Date(Date.now() + 3_600_000).toISOString() }) }).client, 'conv_broken');
  },
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('recording-player') as RecordingPlayer;
    await new Promise((resolve) => el.addEventListener('waveform-ready', resolve, { once: true }));
    await el.play().catch(() => undefined);
  },
};

/** While the recording's state loads. */
export const Loading: Story = {
  loaders: [],
  render: () => player(pendingClient(), 'conv_000001'),
};

/** No client: the element says how to connect it. */
export const NotConnected: Story = {
  loaders: [],
  render: () => player(undefined, 'conv_000001'),
};

// Every recording state of the spec (a stub backend, since some states are rare in the seeded data).
const stateStory = (state: RecordingState): Story => ({
  loaders: [],
  render: () => player(stubClient({ states: [state] }).client, 'conv_stub'),
});

/** `failed` */
export const StateFailed = stateStory('failed');
/** `media_unavailable` */
export const StateMediaUnavailable = stateStory('media_unavailable');
/** `call_in_progress` — re-checked automatically. */
export const StateCallInProgress = stateStory('call_in_progress');
/** `media_in_progress` — re-checked automatically. */
export const StateMediaInProgress = stateStory('media_in_progress');
/** `partial_download_failed` — Retry. */
export const StatePartialDownloadFailed = stateStory('partial_download_failed');
/** `partial_upload_failed` — Retry. */
export const StatePartialUploadFailed = stateStory('partial_upload_failed');
/** `partial_failed` — Retry. */
export const StatePartialFailed = stateStory('partial_failed');
/** `fetching_in_progress` — re-checked automatically. */
export const StateFetchingInProgress = stateStory('fetching_in_progress');
/** `initial_fetch_failed` — Retry. */
export const StateInitialFetchFailed = stateStory('initial_fetch_failed');
/** `retry_failed` — Retry (again after 15 minutes). */
export const StateRetryFailed = stateStory('retry_failed');
/** `24hr_retry_failed` */
export const State24hrRetryFailed = stateStory('24hr_retry_failed');
/** After the retention period: "Recording not available. It may have been deleted as per your data retention policy." */
export const RetentionDeleted = stateStory('retention_deleted');
/** Call Recording Control disabled. */
export const RecordingDisabled = stateStory('recording_disabled');
/** Dark theme, a state with Retry. */
export const StateDark: Story = { ...stateStory('initial_fetch_failed'), parameters: { theme: 'dark' } };
