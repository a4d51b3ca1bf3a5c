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
  render: (_args, { loaded }) => chart(loaded),
};
export default meta;
type Story = StoryObj;

/** A good call: every connection ≥ 4.0 MOS; the chart shows MOS per RTCP report. */
export const GoodCall: Story = { loaders: [callWith('good quality', good)] };

/** A bad call: the customer's leg in the poor band (jitter and loss), charted. */
export const BadCall: Story = { loaders: [callWith('poor quality', (q) => Boolean(poorConnection(q)), poorConnection)] };

/**
 * No RTCP at all: a clear message instead of an empty chart. Every answered call of the reference
 * backend has RTCP, so the report is a real call's with its connections taken away (another backend
 * may well answer this).
 */
export const NoRtcp: Story = {
  loaders: [
    async () => {
      const { id } = await callWith('good quality', good)();
      const qos = await qosOf(storyClient('admin'), id);
      return { empty: { ...qos, connections: [] } satisfies QosReport };
    },
  ],
  render: (_args, { loaded }) => frame(html`<qos-chart .qos=${(loaded as { empty: QosReport }).empty}></qos-chart>`),
};

/**
 * Exactly one report in the whole call. Built from the first report of a real call (the reference
 * backend has such calls too, but they are rare enough that finding one would slow the story down).
 */
export const SingleReport: Story = {
  loaders: [
    async () => {
      const { id } = await callWith('good quality', good)();
      const qos = await qosOf(storyClient('admin'), id);
      const c = qos.connections[0];
      const s = c.series[0];
      const one = (v: number | null) => ({ min: v, avg: v, max: v });
      const single: QosReport = {
        ...qos,
        connections: [{ ...c, reports: 1, series: [s], stats: { packets: one(s.packets), octets: one(s.octets), highestSeqNo: one(s.highestSeqNo), jitter: one(s.jitter), lsr: one(s.lsr), mos: one(s.mos), packetsLost: one(s.packetsLost) } }],
      };
      return { single };
    },
  ],
  render: (_args, { loaded }) => frame(html`<qos-chart .qos=${(loaded as { single: QosReport }).single}></qos-chart>`),
};

/** Reports in one direction only between two hosts: one-way audio. */
export const OneWayMedia: Story = {
  loaders: [callWith('one-way media', (q) => q.connections.length > 1 && q.connections.some((c) => !q.connections.some((o) => o.srcIp === c.dstIp && o.dstIp === c.srcIp)))],
};

/** A narrow host. */
export const Narrow: Story = { loaders: [callWith('poor quality', (q) => Boolean(poorConnection(q)), poorConnection)], render: (_args, { loaded }) => chart(loaded, '380px') };

/** While the report is on its way. */
export const Loading: Story = { render: () => frame(html`<qos-chart .client=${pendingClient()} conversation-id="conv_000001"></qos-chart>`) };

/** Dark theme, bad call. */
export const Dark: Story = { parameters: { theme: 'dark' }, loaders: [callWith('poor quality', (q) => Boolean(poorConnection(q)), poorConnection)] };
