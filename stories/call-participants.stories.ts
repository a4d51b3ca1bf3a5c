import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { pendingClient, storyClient } from './story-backend.js';
import { findConversation } from '../packages/elements/src/conversation-diagnostics/test-calls.js';
import '../packages/elements/src/call-participants/call-participants.define.js';

type Loaded = { id: string };

const frame = (content: unknown, width = '100%') => html`<div style="width: ${width};">${content}</div>`;

/** A completed voice call with at least `count` participants on the reference backend. */
function callWithParticipants(count: number, status: 'completed' | 'in_progress' = 'completed') {
  return async (): Promise<Loaded> => {
    const client = storyClient('admin');
    const call = await findConversation(client, async (c) => c.status === status && (await client.diagnostics.participants(c.id)).length >= count, `${status} with ${count} participants`);
    return { id: call.id };
  };
}

const table = (loaded: unknown, width?: string) =>
  frame(html`<call-participants .client=${storyClient()} conversation-id=${(loaded as Loaded).id}></call-participants>`, width);

const meta: Meta = {
  title: 'Elements/call-participants',
  component: 'call-participants',
  render: (_args, { loaded }) => table(loaded),
};
export default meta;
type Story = StoryObj;

/** The Agents tab of a call with a hand-over: status, times, exit reasons, MOS / jitter / loss with their thresholds. */
export const Default: Story = { loaders: [callWithParticipants(2)] };

/** A call still in progress: participants "In-Call", End Timestamp "NA". */
export const InProgress: Story = { loaders: [callWithParticipants(1, 'in_progress')] };

/** A narrow host: one card per participant. */
export const Narrow: Story = { loaders: [callWithParticipants(2)], render: (_args, { loaded }) => table(loaded, '380px') };

/** While the list is on its way. */
export const Loading: Story = { render: () => frame(html`<call-participants .client=${pendingClient()} conversation-id="conv_000001"></call-participants>`) };

/** Dark theme. */
export const Dark: Story = { parameters: { theme: 'dark' }, loaders: [callWithParticipants(2)] };
