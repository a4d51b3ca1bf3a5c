import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { QosReport } from '@conversations-kit/sdk';
import { findConversationId, pendingClient, storyClient } from './story-backend.js';
import { findCall, findConversation, isNormalCall, qosOf } from '../packages/elements/src/conversation-diagnostics/test-calls.js';
import '../packages/elements/src/conversation-diagnostics/conversation-diagnostics.define.js';

type Loaded = { id: string };

const frame = (content: unknown, width = '100%') => html`<div style="height: 720px; width: ${width}; display: flex; flex-direction: column;">${content}</div>`;

const normalCall = async (): Promise<Loaded> => ({ id: (await findCall(storyClient('admin'), isNormalCall, 'a normal answered call')).id });
const badCall = async (): Promise<Loaded> => {
  const client = storyClient('admin');
  const poor = (q: QosReport) => q.connections.some((c) => (c.stats.mos.avg ?? 5) < 3.6);
  return { id: (await findConversation(client, async (c) => c.status === 'completed' && poor(await qosOf(client, c.id)), 'poor quality')).id };
};

const diagnostics = (loaded: unknown, tab = 'flow', width?: string, role: Parameters<typeof storyClient>[0] = 'supervisor') =>
  frame(html`<conversation-diagnostics .client=${storyClient(role)} conversation-id=${(loaded as Loaded).id} tab=${tab}></conversation-diagnostics>`, width);

const meta: Meta = {
  title: 'Elements/conversation-diagnostics',
  component: 'conversation-diagnostics',
  render: (_args, { loaded }) => diagnostics(loaded),
};
export default meta;
type Story = StoryObj;

/** Diagnostics of a good call, Flow tab, with the Export menu (PCAP, TEXT, ladder SVG/HTML). */
export const GoodCall: Story = { loaders: [normalCall] };

/** A bad call on the QoS tab: poor MOS, high jitter and loss. */
export const BadCallQos: Story = { loaders: [badCall], render: (_args, { loaded }) => diagnostics(loaded, 'qos') };

/** The Agents tab. */
export const Agents: Story = { loaders: [normalCall], render: (_args, { loaded }) => diagnostics(loaded, 'agents') };

/** A chat conversation: diagnostics are for voice only. */
export const NotVoice: Story = {
  loaders: [async () => ({ id: await findConversationId({ channel: ['chat'] }) })],
};

/** A viewer lacks `diagnostics.view`. */
export const NoPermission: Story = { loaders: [normalCall], render: (_args, { loaded }) => diagnostics(loaded, 'flow', undefined, 'viewer') };

/** While the conversation is on its way. */
export const Loading: Story = { render: () => frame(html`<conversation-diagnostics .client=${pendingClient()} conversation-id="conv_000001"></conversation-diagnostics>`) };

/** A narrow host. */
export const Narrow: Story = { loaders: [normalCall], render: (_args, { loaded }) => diagnostics(loaded, 'flow', '380px') };

/** Dark theme, bad call. */
export const Dark: Story = { parameters: { theme: 'dark' }, loaders: [badCall], render: (_args, { loaded }) => diagnostics(loaded, 'qos') };
