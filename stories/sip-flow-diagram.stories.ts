import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { createClient } from '@conversations-kit/sdk';
import { pendingClient, storyClient } from './story-backend.js';
import { findCall, isNormalCall } from '../packages/elements/src/conversation-diagnostics/test-calls.js';
import { failedCallFlow, largeFlow, transferFlow } from '../packages/elements/src/sip-flow-diagram/test-flows.js';
import '../packages/elements/src/sip-flow-diagram/sip-flow-diagram.define.js';

type Loaded = { id: string; firstId: string };

const frame = (content: unknown, width = '100%') => html`<div style="height: 640px; width: ${width}; display: flex; flex-direction: column;">${content}</div>`;

/** A normal answered call (INVITE … 200 … BYE with RTCP) on the reference backend. */
async function normalCall(): Promise<Loaded> {
  const call = await findCall(storyClient('admin'), isNormalCall, 'a normal answered call');
  return { id: call.id, firstId: call.flow.messages[0].id };
}

const meta: Meta = {
  title: 'Elements/sip-flow-diagram',
  component: 'sip-flow-diagram',
  render: (_args, { loaded }) => frame(html`<sip-flow-diagram .client=${storyClient()} conversation-id=${(loaded as Loaded).id}></sip-flow-diagram>`),
};
export default meta;
type Story = StoryObj;

/** A normal call from the reference backend: set-up on each leg, RTCP reports, then BYE. */
export const NormalCall: Story = { loaders: [normalCall] };

/** The INVITE selected: its headers, the SDP media summary, previous / next and compare. */
export const MessageSelected: Story = {
  loaders: [normalCall],
  render: (_args, { loaded }) =>
    frame(html`<sip-flow-diagram .client=${storyClient()} conversation-id=${(loaded as Loaded).id} selected-id=${(loaded as Loaded).firstId}></sip-flow-diagram>`),
};

/** RTCP hidden: signalling only. */
export const SignallingOnly: Story = {
  loaders: [normalCall],
  render: (_args, { loaded }) => frame(html`<sip-flow-diagram hide-rtcp .client=${storyClient()} conversation-id=${(loaded as Loaded).id}></sip-flow-diagram>`),
};

/** 486 Busy Here, with a retransmitted final response (given through `.flow`). */
export const Busy486: Story = { render: () => frame(html`<sip-flow-diagram .flow=${failedCallFlow(486)}></sip-flow-diagram>`) };

/** The caller gave up while ringing: CANCEL, 200, 487 Request Terminated, ACK. */
export const Cancelled487: Story = { render: () => frame(html`<sip-flow-diagram .flow=${failedCallFlow(487)}></sip-flow-diagram>`) };

/** 503 Service Unavailable. */
export const Unavailable503: Story = { render: () => frame(html`<sip-flow-diagram .flow=${failedCallFlow(503)}></sip-flow-diagram>`) };

/** A transfer: REFER, 202 Accepted, NOTIFY, and the new leg to an external agent. */
export const Transfer: Story = { render: () => frame(html`<sip-flow-diagram .flow=${transferFlow()}></sip-flow-diagram>`) };

/** 5,000 messages across six endpoints: rows are windowed, scrolling stays fluid. */
export const FiveThousandMessages: Story = { render: () => frame(html`<sip-flow-diagram .flow=${largeFlow(5000)}></sip-flow-diagram>`) };

/** A narrow host (phone, side sheet): the ladder scrolls sideways, the details go below. */
export const Narrow: Story = {
  loaders: [normalCall],
  render: (_args, { loaded }) =>
    frame(html`<sip-flow-diagram .client=${storyClient()} conversation-id=${(loaded as Loaded).id} selected-id=${(loaded as Loaded).firstId}></sip-flow-diagram>`, '380px'),
};

/** While the flow is on its way. */
export const Loading: Story = { render: () => frame(html`<sip-flow-diagram .client=${pendingClient()} conversation-id="conv_000001"></sip-flow-diagram>`) };

/** A viewer lacks `diagnostics.view`. */
export const NoPermission: Story = {
  loaders: [normalCall],
  render: (_args, { loaded }) => frame(html`<sip-flow-diagram .client=${storyClient('viewer')} conversation-id=${(loaded as Loaded).id}></sip-flow-diagram>`),
};

/** The backend cannot be reached: a plain sentence and Retry. */
export const NetworkError: Story = {
  render: () => frame(html`<sip-flow-diagram .client=${createClient({ baseUrl: 'http://127.0.0.1:9', token: 'x', retry: 0 })} conversation-id="conv_000001"></sip-flow-diagram>`),
};

/** Dark theme. */
export const Dark: Story = {
  loaders: [normalCall],
  parameters: { theme: 'dark' },
  render: (_args, { loaded }) =>
    frame(html`<sip-flow-diagram .client=${storyClient()} conversation-id=${(loaded as Loaded).id} selected-id=${(loaded as Loaded).firstId}></sip-flow-diagram>`),
};

