import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { createClient } from '@conversations-kit/sdk';
import { apiBaseUrl, findConversationId, pendingClient, storyClient } from './story-backend.js';
import {
  apiError, failing, hostileTranscript, longTranscript, withConversation, withTranscript,
} from '../packages/elements/src/insights-panel/test-support/fixtures.js';
import type { KitClient } from '../packages/elements/src/context/contexts.js';
import '../packages/elements/src/insights-panel/insights-panel.define.js';
// The panel plugs these in when they are registered (the demo registers every element).
import '../packages/elements/src/recording-player/recording-player.define.js';
import '../packages/elements/src/conversation-diagnostics/conversation-diagnostics.define.js';

type Loaded = { loaded: { id?: string } };

const frame = (content: unknown, width = '560px') =>
  html`<div style="height: 760px; width: min(${width}, 100%); display: flex; flex-direction: column;">${content}</div>`;

const panel = (client: KitClient | undefined, id: string | undefined, tab = 'transcript') =>
  frame(html`<insights-panel .client=${client} conversation-id=${id ?? ''} tab=${tab}></insights-panel>`);

/** The newest conversation matching the filters on the reference backend. */
const find = (query: Parameters<typeof findConversationId>[0]) => async () => ({ id: await findConversationId(query) });

/** The newest completed voice call with a playable recording and a latency report (falls back to any voice call). */
async function voiceCall() {
  for await (const c of storyClient('admin').conversations.iterate({ channel: ['voice'], status: ['completed'], limit: 100 })) {
    if (c.hasRecording && c.hasLatencyReport) return { id: c.id };
  }
  return { id: await findConversationId({ channel: ['voice'] }) };
}

const meta: Meta = {
  title: 'Elements/insights-panel',
  component: 'insights-panel',
  loaders: [voiceCall],
  render: (_args, { loaded }) => panel(storyClient(), (loaded as Loaded['loaded']).id),
};
export default meta;
type Story = StoryObj;

/** A completed voice call: recording player above the transcript, latency per AI-agent turn, transfers and holds. */
export const Voice: Story = {};

/** A chat conversation. */
export const Chat: Story = {
  loaders: [find({ channel: ['chat'], status: ['completed'] })],
};

/** An email thread: the Subject first, each email with View Details (From, To, CC, BCC). */
export const Email: Story = {
  loaders: [find({ channel: ['email'], status: ['completed'] })],
};

/** A conversation still in progress: its transcript grows live. */
export const InProgress: Story = {
  loaders: [find({ channel: ['chat'], status: ['in_progress'] })],
};

/** An analyst has no `pii.view`: the customer shows as the User ID and personal fields read "Hidden". */
export const PiiObscured: Story = {
  render: (_args, { loaded }) => panel(storyClient('analyst'), (loaded as Loaded['loaded']).id, 'user'),
};

/** A viewer: downloads, events, diagnostics and Edit Disposition are inactive and say why. */
export const ViewerWithoutPermissions: Story = {
  render: (_args, { loaded }) => panel(storyClient('viewer'), (loaded as Loaded['loaded']).id, 'details'),
};

/** The Details tab of a completed call (Edit Disposition and View Logs). */
export const Details: Story = {
  render: (_args, { loaded }) => panel(storyClient(), (loaded as Loaded['loaded']).id, 'details'),
};

/** The Identifiers tab: each value copyable, and Copy All. */
export const Identifiers: Story = {
  render: (_args, { loaded }) => panel(storyClient(), (loaded as Loaded['loaded']).id, 'identifiers'),
};

/** While the conversation loads: skeletons with spoken labels. */
export const Loading: Story = {
  loaders: [],
  render: () => panel(pendingClient(), 'conv_000001'),
};

/** An id the backend does not know. */
export const NotFound: Story = {
  loaders: [],
  render: () => panel(storyClient(), 'conv_does_not_exist'),
};

/** The backend refuses the conversation (403). */
export const NoPermission: Story = {
  loaders: [],
  render: () => panel(failing(storyClient(), 'conversations', 'get', apiError(403, 'forbidden', 'PermissionError')), 'conv_000001'),
};

/** A wrong token (401), with Retry. */
export const Unauthorized: Story = {
  loaders: [],
  render: () => panel(createClient({ baseUrl: apiBaseUrl, token: 'not-a-valid-token' }), 'conv_000001'),
};

/** The backend cannot be reached. */
export const NetworkError: Story = {
  loaders: [],
  render: () => panel(createClient({ baseUrl: 'http://127.0.0.1:9', token: 'x', retry: 0 }), 'conv_000001'),
};

/** Only the transcript fails: its tab offers Retry while Details, User and Identifiers still work. */
export const TranscriptError: Story = {
  render: (_args, { loaded }) => panel(failing(storyClient(), 'transcripts', 'page'), (loaded as Loaded['loaded']).id),
};

/** Only the conversation's details fail: the transcript still reads, the other tabs offer Retry. */
export const DetailsError: Story = {
  render: (_args, { loaded }) =>
    panel(failing(storyClient(), 'conversations', 'get', apiError(500, 'internal', 'ServerError')), (loaded as Loaded['loaded']).id, 'details'),
};

/** Fields the backend left out show "—", never "undefined". */
export const PartialData: Story = {
  render: (_args, { loaded }) =>
    panel(
      withConversation(storyClient(), (c) =>
        ({ ...c, endTime: null, agents: [], queues: [], csat: null, campaign: null, disposition: null, identifiers: { ...c.identifiers, callId: null, sessionId: null }, mode: undefined, smartStatus: '' }) as unknown as typeof c,
      ),
      (loaded as Loaded['loaded']).id,
      'details',
    ),
};

/** No conversation chosen yet. */
export const NoConversation: Story = {
  loaders: [],
  render: () => panel(storyClient(), undefined),
};

/** No client: explains how to connect the element. */
export const NotConnected: Story = {
  loaders: [],
  render: () => panel(undefined, 'conv_000001'),
};

/** Backend text with markup, a very long word, RTL and emoji renders as text and wraps. */
export const HostileContent: Story = {
  render: (_args, { loaded }) => {
    const id = (loaded as Loaded['loaded']).id!;
    return panel(withTranscript(storyClient(), hostileTranscript(id), '<b>Re:</b> your invoice'), id);
  },
};

/** 5,000 turns, virtualized. */
export const LongTranscript: Story = {
  render: (_args, { loaded }) => {
    const id = (loaded as Loaded['loaded']).id!;
    return panel(withTranscript(storyClient(), longTranscript(id, 5000)), id);
  },
};

/** Dark theme. */
export const Dark: Story = { parameters: { theme: 'dark' } };

/** Dark theme, Details tab. */
export const DarkDetails: Story = {
  parameters: { theme: 'dark' },
  render: (_args, { loaded }) => panel(storyClient(), (loaded as Loaded['loaded']).id, 'details'),
};

/** Right-to-left page with an Arabic conversation. */
export const RightToLeft: Story = {
  parameters: { dir: 'rtl' },
  loaders: [
    async () => {
      // Arabic conversations carry an `ar-SA` language; pick the newest completed one among the first pages.
      const client = storyClient('admin');
      for await (const c of client.conversations.iterate({ status: ['completed'], limit: 200 })) if (c.language === 'ar-SA') return { id: c.id };
      return { id: await findConversationId({ status: ['completed'] }) };
    },
  ],
};

/** Narrow (phone) width. */
export const Narrow: Story = {
  render: (_args, { loaded }) => frame(html`<insights-panel .client=${storyClient()} conversation-id=${(loaded as Loaded['loaded']).id ?? ''}></insights-panel>`, '380px'),
};
