/**
 * Test support (not exported from the package): finds voice calls of a given kind on the reference
 * server by listing voice conversations through the SDK and reading their diagnostics, as the brief
 * asks — no hard-coded ids, so tests follow the generated data.
 */
import type { ConversationSummary, QosReport, SipFlow } from '@conversations-kit/sdk';
import type { KitClient } from '../context/contexts.js';

export interface VoiceCall {
  id: string;
  conversation: ConversationSummary;
  flow: SipFlow;
}

const flows = new Map<string, Promise<SipFlow>>();
const qosReports = new Map<string, Promise<QosReport>>();
let voiceList: Promise<ConversationSummary[]> | undefined;

async function voiceConversations(client: KitClient): Promise<ConversationSummary[]> {
  voiceList ??= (async () => {
    const out: ConversationSummary[] = [];
    for await (const page of client.conversations.pages({ channel: ['voice'], limit: 100 })) {
      out.push(...page.items);
      if (out.length >= 600) break;
    }
    return out;
  })();
  return voiceList;
}

export function flowOf(client: KitClient, id: string): Promise<SipFlow> {
  let flow = flows.get(id);
  if (!flow) flows.set(id, (flow = client.diagnostics.sipFlow(id)));
  return flow;
}

export function qosOf(client: KitClient, id: string): Promise<QosReport> {
  let qos = qosReports.get(id);
  if (!qos) qosReports.set(id, (qos = client.diagnostics.qos(id)));
  return qos;
}

/** The first voice call (newest first) whose flow satisfies `test`, checking a few calls at a time. */
export async function findCall(client: KitClient, test: (flow: SipFlow, conversation: ConversationSummary) => boolean | Promise<boolean>, what: string): Promise<VoiceCall> {
  const list = await voiceConversations(client);
  for (let i = 0; i < list.length; i += 8) {
    const batch = list.slice(i, i + 8);
    const results = await Promise.all(batch.map(async (conversation) => {
      const flow = await flowOf(client, conversation.id);
      return (await test(flow, conversation)) ? { id: conversation.id, conversation, flow } : null;
    }));
    const found = results.find(Boolean);
    if (found) return found;
  }
  throw new Error(`No voice call on the reference server is ${what} (looked at ${list.length} voice conversations)`);
}

export const hasStatus = (flow: SipFlow, ...codes: number[]) => flow.messages.some((m) => m.statusCode !== null && codes.includes(m.statusCode));
export const hasMethod = (flow: SipFlow, method: string) => flow.messages.some((m) => m.kind === 'request' && m.method === method);
export const rtcpCount = (flow: SipFlow) => flow.messages.filter((m) => m.kind === 'rtcp').length;

/** A normal answered call: INVITE … 200 … BYE, with RTCP, no failure and no transfer. */
export const isNormalCall = (flow: SipFlow, c: ConversationSummary) =>
  c.status === 'completed' && hasStatus(flow, 200) && hasMethod(flow, 'BYE') && !hasStatus(flow, 486, 487, 503) && !hasMethod(flow, 'REFER') && rtcpCount(flow) > 4;

export const isFailedCall = (flow: SipFlow) => hasStatus(flow, 486, 487, 503);
export const isTransfer = (flow: SipFlow) => hasMethod(flow, 'REFER');
