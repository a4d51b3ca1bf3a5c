import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { QosReport } from '@conversations-kit/sdk';
import { pendingClient, storyClient } from './story-backend.js';
import { findConversation, qosOf } from '../packages/elements/src/conversation-diagnostics/test-calls.js';
import '../packages/elements/src/qos-chart/qos-chart.define.js';

type Loaded = { id: string; connectionId?: string };

const frame = (content: unknown, width = '100%') => html`<div style="width: ${width};">${content}</div>`;

/** The newest completed voice call on the reference backend whose QoS report satisfies `test`. */
function callWith(what: string, test: (qos: QosReport) => boolean, pick?: (qos: QosReport) => string | undefined) {
  return async (): Promise<Loaded> => {
    const client = storyClient('admin');
    const call = await findConversation(client, async (c) => c.status === 'completed' && test(await qosOf(client, c.id)), what);
    return { id: call.id, connectionId: pick?.(await qosOf(client, call.id)) };
  };
}

const good = (q: QosReport) => q.connections.length >= 2 && q.connections.every((c) => (c.stats.mos.min ?? 0) >= 4);
const poorConnection = (q: QosReport) => q.connections.find((c) => (c.stats.mos.avg ?? 5) < 3.6)?.id;

const chart = (loaded: unknown, width?: string) => {
  const { id, connectionId } = loaded as Loaded;
  return frame(html`<qos-chart .client=${storyClient()} conversation-id=${id} connection-id=${connectionId ?? ''}></qos-chart>`, width);
};

const meta: Meta = {
  title: 'Elements/qos-chart',
  component: 'qos-chart',
  loaders: [callWith('good quality', good)],
  render: (_args, { loaded }) => chart(loaded),
};
export default meta;
type Story = StoryObj;

/** A good call: every connection ≥ 4.0 MOS; the chart shows MOS per RTCP report. */
export const GoodCall: Story = {};

/** A bad call: the customer's leg in the poor band (jitter and loss), charted. */
export const BadCall: Story = { loaders: [callWith('poor quality', (q) => Boolean(poorConnection(q)), poorConnection)] };

/** No RTCP at all: a clear message instead of an empty chart. */
export const NoRtcp: Story = { loaders: [callWith('without RTCP', (q) => q.connections.length === 0)] };

/** Exactly one report in the whole call. */
export const SingleReport: Story = { loaders: [callWith('a single RTCP report', (q) => q.connections.reduce((n, c) => n + c.reports, 0) === 1)] };

/** Reports in one direction only between two hosts: one-way audio. */
export const OneWayMedia: Story = {
  loaders: [callWith('one-way media', (q) => q.connections.length > 1 && q.connections.some((c) => !q.connections.some((o) => o.srcIp === c.dstIp && o.dstIp === c.srcIp)))],
};

/** A narrow host. */
export const Narrow: Story = { loaders: [callWith('poor quality', (q) => Boolean(poorConnection(q)), poorConnection)], render: (_args, { loaded }) => chart(loaded, '380px') };

/** While the report is on its way. */
export const Loading: Story = { loaders: [], render: () => frame(html`<qos-chart .client=${pendingClient()} conversation-id="conv_000001"></qos-chart>`) };

/** Dark theme, bad call. */
export const Dark: Story = { parameters: { theme: 'dark' }, loaders: [callWith('poor quality', (q) => Boolean(poorConnection(q)), poorConnection)] };
