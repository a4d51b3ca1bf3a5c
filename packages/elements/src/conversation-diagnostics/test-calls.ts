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
/** Voice conversations listed so far (newest first), shared by every search in the page. */
const listed: ConversationSummary[] = [];
let nextCursor: string | null | undefined;
let listing: Promise<boolean> | undefined;

/** Lists one more page of voice conversations; false when there are no more (or enough were read). */
function listMore(client: KitClient): Promise<boolean> {
  listing ??= (async () => {
    if (nextCursor === null || listed.length >= 600) return false;
    const page = await client.conversations.list({ channel: ['voice'], limit: 50, cursor: nextCursor });
    listed.push(...page.items);
    nextCursor = page.nextCursor;
    return page.items.length > 0;
  })().finally(() => (listing = undefined));
  return listing;
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

/** The first voice conversation (newest first) that satisfies `test`, checking several at a time. */
export async function findConversation(client: KitClient, test: (conversation: ConversationSummary) => boolean | Promise<boolean>, what: string): Promise<ConversationSummary> {
  const batch = 12;
  for (let i = 0; ; i += batch) {
    while (listed.length < i + batch && (await listMore(client)));
    const slice = listed.slice(i, i + batch);
    if (!slice.length) break;
    const results = await Promise.all(slice.map(async (conversation) => ((await test(conversation)) ? conversation : null)));
    const found = results.find(Boolean);
    if (found) return found;
  }
  throw new Error(`No voice call on the reference server is ${what} (looked at ${listed.length} voice conversations)`);
}

/** The first voice call (newest first) whose flow satisfies `test`. */
export async function findCall(client: KitClient, test: (flow: SipFlow, conversation: ConversationSummary) => boolean | Promise<boolean>, what: string): Promise<VoiceCall> {
  const conversation = await findConversation(client, async (c) => test(await flowOf(client, c.id), c), what);
  return { id: conversation.id, conversation, flow: await flowOf(client, conversation.id) };
}

export const hasStatus = (flow: SipFlow, ...codes: number[]) => flow.messages.some((m) => m.statusCode !== null && codes.includes(m.statusCode));
export const hasMethod = (flow: SipFlow, method: string) => flow.messages.some((m) => m.kind === 'request' && m.method === method);
export const rtcpCount = (flow: SipFlow) => flow.messages.filter((m) => m.kind === 'rtcp').length;

/** A normal answered call: INVITE … 200 … BYE, with RTCP, no failure and no transfer. */
export const isNormalCall = (flow: SipFlow, c: ConversationSummary) =>
  c.status === 'completed' && hasStatus(flow, 200) && hasMethod(flow, 'BYE') && !hasStatus(flow, 486, 487, 503) && !hasMethod(flow, 'REFER') && rtcpCount(flow) > 4;

export const isFailedCall = (flow: SipFlow) => hasStatus(flow, 486, 487, 503);
export const isTransfer = (flow: SipFlow) => hasMethod(flow, 'REFER');
