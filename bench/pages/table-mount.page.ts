// Mounts <conversations-table> over N in-memory rows (data generated before timing starts) and
// reports the time from connection to the first painted rows.
import '../../packages/elements/src/define.js';
import type { ConversationSummary } from '@conversations-kit/sdk';
import type { KitClient } from '../../packages/elements/src/context/contexts.js';

function makeRows(count: number): ConversationSummary[] {
  const channels = ['voice', 'chat', 'email', 'messaging'] as const;
  const start = Date.UTC(2026, 10, 1);
  return Array.from({ length: count }, (_, i) => ({
    id: `conv_${i}`, channel: channels[i % 4], direction: i % 3 ? 'inbound' : 'outbound', language: 'en-US', sentiment: 'neutral',
    customer: { name: `Customer ${i}`, phone: null, email: null, userId: `u_${i}`, obscured: false },
    supportAgent: null, agents: [], queues: [], skills: [], startTime: new Date(start - i * 60_000).toISOString(), endTime: null,
    durationSeconds: 60 + (i % 900), status: 'completed', completionReason: null, smartStatus: 'Resolved', csat: null, customTags: [],
    identifiers: { callId: null, sessionId: `s_${i}`, channelUserId: null, callConversationId: null, agentConversationId: null, userId: `u_${i}`, campaignInstanceId: null },
    hasRecording: false, hasTranscript: true, hasLatencyReport: false,
  })) as unknown as ConversationSummary[];
}

/** A client that answers one page of `rows` at once — the bench measures the element, not the network. */
function stubClient(rows: ConversationSummary[]): KitClient {
  return {
    capabilities: { get: async () => ({ user: { id: 'u', name: 'Bench', role: 'admin' }, permissions: [], features: {} }) },
    conversations: { list: async () => ({ items: rows, nextCursor: null }) },
  } as unknown as KitClient;
}

declare global {
  interface Window {
    mountTable(count: number): Promise<{ ms: number; domNodes: number }>;
  }
}

window.mountTable = async (count) => {
  document.body.innerHTML = '';
  const rows = makeRows(count);
  const client = stubClient(rows);
  await new Promise((r) => requestAnimationFrame(() => r(null)));
  const started = performance.now();
  const table = document.createElement('conversations-table');
  table.style.height = '800px';
  table.client = client;
  document.body.append(table);
  // Wait until rows are in the shadow DOM and a frame has painted them.
  while (!table.shadowRoot?.querySelector('.row[data-index="0"]')) await new Promise((r) => requestAnimationFrame(() => r(null)));
  await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  const ms = performance.now() - started;
  return { ms, domNodes: table.shadowRoot!.querySelectorAll('*').length };
};
