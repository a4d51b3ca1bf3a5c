/**
 * An in-memory stand-in for the SDK client, for benchmarks, stories and tests that need sizes or
 * data the reference server does not seed (a million rows, hostile strings, a backend without
 * full-text search). It follows the contract's semantics where the table depends on them:
 * keyset cursors, `total`, `from`/`to` bounds, filters, start-time order.
 *
 * Rows are computed from their index on demand, so a million-row list costs no memory up front.
 */
import type {
  AgentRef, Capabilities, ConversationQuery, ConversationSummary, Page, Permission, QueueRef, SavedFilter, SearchHit,
  SearchPage, SearchParams, ListConversationsParams,
} from '@conversations-kit/sdk';
import type { KitClient } from '../context/contexts.js';

export interface MemoryClientOptions {
  /** Number of generated conversations (ignored when `rows` is given). */
  count?: number;
  /** Explicit rows, newest first. */
  rows?: ConversationSummary[];
  /** Simulated network latency per call. */
  latencyMs?: number;
  /** Leave `total` out of list pages (a backend that cannot count cheaply). */
  omitTotal?: boolean;
  permissions?: Permission[];
  fullTextSearch?: boolean;
  /** Rows whose index is listed come back malformed (to test per-row render failures). */
  brokenIndexes?: number[];
}

const ALL_PERMISSIONS: Permission[] = [
  'recordings.download', 'transcripts.download', 'pii.view', 'dispositions.edit', 'events.view', 'exports.run',
  'supervisor.act', 'diagnostics.view', 'filters.manage',
];
const CHANNELS = ['voice', 'chat', 'email', 'messaging'] as const;
const LANGUAGES = ['en-US', 'es-ES', 'de-DE', 'fr-FR', 'hi-IN', 'ar-SA'];
const FIRST = ['Ava', 'Noah', 'Mia', 'Liam', 'Zoe', 'Omar', 'Lena', 'Ravi', 'Sara', 'Jonas', 'Chloé', 'Aiko'];
const LAST = ['Patel', 'Smith', 'García', 'Müller', 'Dubois', 'Haddad', 'Kim', 'Rossi', 'Okafor', 'Chen'];
export const memoryQueues: QueueRef[] = [
  { id: 'q_general', name: 'General Support' }, { id: 'q_billing', name: 'Billing' }, { id: 'q_tech', name: 'Technical Support' },
  { id: 'q_sales', name: 'Sales' }, { id: 'q_escalations', name: 'Escalations' },
];
export const memoryAgents: AgentRef[] = [
  { id: 'agt_ai_aria', name: 'Aria (AI Agent)', kind: 'ai', avatarUrl: null },
  { id: 'agt_h_001', name: 'Priya Raman', kind: 'human', avatarUrl: null },
  { id: 'agt_h_002', name: 'Marcus Johnson', kind: 'human', avatarUrl: null },
  { id: 'agt_h_003', name: 'Elena García', kind: 'human', avatarUrl: null },
];
const BASE = Date.UTC(2026, 10, 25, 12, 0, 0);
const STEP_MS = 37_000;

/** A cheap, well-mixed integer hash so attributes look random but are reproducible. */
const mix = (i: number, salt: number) => {
  let h = (i + 1) * 2654435761 + salt * 40503;
  h = Math.imul(h ^ (h >>> 16), 2246822507);
  h = Math.imul(h ^ (h >>> 13), 3266489909);
  return (h ^ (h >>> 16)) >>> 0;
};

const channelOf = (i: number) => CHANNELS[mix(i, 1) % 4];
const statusOf = (i: number): ConversationSummary['status'] => (i < 12 && i % 3 === 0 ? 'in_progress' : mix(i, 2) % 25 === 0 ? 'error' : 'completed');
const startOf = (i: number) => BASE - i * STEP_MS;

export function memoryRow(i: number): ConversationSummary {
  const channel = channelOf(i);
  const status = statusOf(i);
  const voice = channel === 'voice';
  const reasons = ['drop_off', 'user_hangup', 'ai_agent_hangup'] as const;
  const agents = memoryAgents.slice(0, 1 + (mix(i, 3) % 3));
  const queues = memoryQueues.slice(mix(i, 4) % 2, 1 + (mix(i, 4) % 2) + (mix(i, 5) % 3));
  const first = FIRST[mix(i, 6) % FIRST.length];
  const last = LAST[mix(i, 7) % LAST.length];
  const duration = 30 + (mix(i, 8) % 1500);
  return {
    id: `conv_${String(i).padStart(7, '0')}`,
    channel,
    direction: mix(i, 9) % 4 === 0 ? 'outbound' : 'inbound',
    language: LANGUAGES[mix(i, 10) % LANGUAGES.length],
    sentiment: 'neutral',
    customer: { name: `${first} ${last}`, phone: voice ? `+1555${String(i).padStart(7, '0')}` : null, email: null, userId: `u_${i.toString(16).padStart(8, '0')}`, obscured: false },
    supportAgent: agents[agents.length - 1] ?? null,
    agents,
    queues,
    skills: ['english', 'billing', 'tier2'].slice(0, 1 + (mix(i, 11) % 3)),
    startTime: new Date(startOf(i)).toISOString(),
    endTime: status === 'in_progress' ? null : new Date(startOf(i) + duration * 1000).toISOString(),
    durationSeconds: duration,
    status,
    completionReason: status === 'completed' && voice ? reasons[mix(i, 12) % 3] : null,
    smartStatus: status === 'in_progress' ? 'Agent handling' : 'Resolved',
    csat: mix(i, 13) % 3 === 0 ? { score: 1 + (mix(i, 14) % 5), feedback: null } : null,
    customTags: mix(i, 15) % 2 ? [{ name: 'tier', value: ['gold', 'silver', 'bronze'][mix(i, 16) % 3] }] : [],
    identifiers: {
      callId: voice ? `call_${i}` : null, sessionId: `ses_${i}`, channelUserId: null, callConversationId: voice ? `cc_${i}` : null,
      agentConversationId: agents.length > 1 ? `ac_${i}` : null, userId: `u_${i.toString(16).padStart(8, '0')}`, campaignInstanceId: null,
    },
    hasRecording: voice,
    hasTranscript: mix(i, 17) % 10 !== 0,
    hasLatencyReport: voice && mix(i, 18) % 2 === 0,
  };
}

function matches(row: ConversationSummary, q: ConversationQuery): boolean {
  if (q.conversationId?.length && !q.conversationId.includes(row.id)) return false;
  if (q.sessionId?.length && !q.sessionId.includes(row.identifiers.sessionId ?? '')) return false;
  if (q.userId?.length && !q.userId.includes(row.customer.userId)) return false;
  if (q.channel?.length && !q.channel.includes(row.channel)) return false;
  if (q.queue?.length && !row.queues.some((x) => q.queue!.includes(x.id))) return false;
  if (q.agent?.length && !row.agents.some((x) => q.agent!.includes(x.id))) return false;
  if (q.smartStatus?.length && !q.smartStatus.includes(row.smartStatus)) return false;
  if (q.status?.length) {
    const keys: string[] = [row.status];
    if (row.status === 'completed' && row.completionReason) keys.push(`completed_${row.completionReason}`);
    if (!q.status.some((s) => keys.includes(s))) return false;
  }
  if (q.csatMin != null && (row.csat?.score ?? 0) < q.csatMin) return false;
  if (q.csatMax != null && (row.csat == null || row.csat.score > q.csatMax)) return false;
  for (const clause of q.tag ?? []) {
    const has = row.customTags.some((t) => t.name === clause.name && t.value.toLowerCase().includes(clause.value.toLowerCase()));
    if (clause.op === 'contains' ? !has : has) return false;
  }
  return true;
}

const delay = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    if (!ms) return resolve();
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => (clearTimeout(timer), reject(Object.assign(new Error('Aborted'), { name: 'AbortError' }))), { once: true });
  });

/** Creates the in-memory client. `calls` counts requests per method (benchmarks report it). */
export function createMemoryClient(options: MemoryClientOptions = {}) {
  const explicit = options.rows;
  const generated = explicit ? explicit.length : (options.count ?? 1000);
  const broken = new Set(options.brokenIndexes ?? []);
  /** Live-inserted rows, newest first, in front of the generated ones. */
  const inserted: ConversationSummary[] = [];
  const count = () => inserted.length + generated;
  const rowAt = (i: number): ConversationSummary => {
    if (i < inserted.length) return inserted[i];
    const g = i - inserted.length;
    return broken.has(g) ? ({ id: `conv_broken_${g}` } as unknown as ConversationSummary) : explicit ? explicit[g] : memoryRow(g);
  };
  const timeAt = (i: number) => (i < inserted.length ? Date.parse(inserted[i].startTime) : explicit ? Date.parse(explicit[i - inserted.length].startTime) : startOf(i - inserted.length));
  const calls = { list: 0, search: 0 };
  const filterCache = new Map<string, { readonly length: number; at(p: number): number }>();
  const permissions = options.permissions ?? ALL_PERMISSIONS;
  const savedFilters: SavedFilter[] = [];
  const listeners = new Set<(m: { id: string; type: string; data: { type: string; conversation: ConversationSummary } }) => void>();

  /**
   * Positions (newest first) matching the filters, cached per query. The unfiltered list is the
   * identity view — no array of every row — so a page of a million-row list costs O(page).
   */
  interface Positions {
    readonly length: number;
    at(p: number): number;
  }
  const everything: Positions = { get length() { return count(); }, at: (p) => p };
  function matching(q: ConversationQuery): Positions {
    const rest = { ...q, from: undefined, to: undefined, limit: undefined, cursor: undefined, sort: undefined };
    if (!Object.values(rest).some((v) => v !== undefined)) return everything;
    const key = JSON.stringify(rest);
    let hit = filterCache.get(key);
    if (!hit) {
      const out: number[] = [];
      for (let i = 0; i < count(); i++) if (!broken.has(i - inserted.length) && matches(rowAt(i), q)) out.push(i);
      const positions = Int32Array.from(out);
      hit = { length: positions.length, at: (p) => positions[p] };
      filterCache.set(key, hit);
    }
    return hit;
  }

  /** First position in the newest-first array whose start time is < t. */
  function firstOlderThan(idx: Positions, t: number): number {
    let lo = 0;
    let hi = idx.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (timeAt(idx.at(mid)) < t) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }

  /** Keyset-like cursors: `k:<position>` of the next row in the newest-first array, valid with or without bounds. */
  function page(params: ListConversationsParams & { sort?: string }, includeTotal: boolean): Page<ConversationSummary> {
    const idx = matching(params);
    const from = params.from ? Date.parse(params.from) : -Infinity;
    const to = params.to ? Date.parse(params.to) : Infinity;
    const lo = to === Infinity ? 0 : firstOlderThan(idx, to);
    const hi = from === -Infinity ? idx.length : firstOlderThan(idx, from);
    const asc = params.sort === 'startTime:asc';
    const limit = params.limit ?? 50;
    const items: ConversationSummary[] = [];
    let next: string | null = null;
    if (!asc) {
      const start = params.cursor ? Number(params.cursor.slice(2)) : lo;
      const end = Math.min(hi, start + limit);
      for (let p = start; p < end; p++) items.push(rowAt(idx.at(p)));
      next = end < hi ? `k:${end}` : null;
    } else {
      const start = params.cursor ? Number(params.cursor.slice(2)) : hi - 1;
      const end = Math.max(lo - 1, start - limit);
      for (let p = start; p > end; p--) items.push(rowAt(idx.at(p)));
      next = end >= lo ? `k:${end}` : null;
    }
    const result: Page<ConversationSummary> = { items, nextCursor: next };
    if (includeTotal) result.total = Math.max(0, hi - lo);
    return result;
  }

  const client = {
    baseUrl: 'memory:',
    calls,
    capabilities: {
      get: async (): Promise<Capabilities> => ({
        user: { id: 'usr_memory', name: 'Memory User', role: 'admin' },
        permissions,
        features: { fullTextSearch: options.fullTextSearch ?? true, liveUpdates: true, diagnostics: true, recordingFormats: ['flac'], maxTranscriptExport: 25, eventsRetentionDays: 30 },
      }),
    },
    conversations: {
      list: async (params: ListConversationsParams = {}, call: { signal?: AbortSignal } = {}) => {
        calls.list++;
        await delay(options.latencyMs ?? 0, call.signal);
        return page(params, !options.omitTotal);
      },
    },
    search: {
      query: async (params: SearchParams, call: { signal?: AbortSignal } = {}): Promise<SearchPage> => {
        calls.search++;
        await delay(options.latencyMs ?? 0, call.signal);
        const { q, sort, ...rest } = params;
        const needle = q.trim().toLowerCase();
        const isId = /^(conv|ses|u|call|cc|ac)_/.test(needle);
        if (!isId && options.fullTextSearch === false) {
          throw Object.assign(new Error('Full-text search is not available'), { name: 'ApiError', status: 501, code: 'search_unavailable' });
        }
        const listSort = sort === 'startTime:asc' ? 'startTime:asc' : 'startTime:desc';
        const base = page({ ...rest, sort: listSort, limit: 10_000 }, true);
        const hits: SearchHit[] = base.items
          .filter((row) => isId ? Object.values(row.identifiers).includes(needle) || row.id === needle : (row.customer.name ?? '').toLowerCase().includes(needle))
          .map((conversation, n) => ({
            conversation, score: 1 / (n + 1), tier: isId ? 'id' : n % 3 === 0 ? 'exact' : n % 3 === 1 ? 'all_words' : 'some_words',
            highlights: isId ? [] : [{ field: 'transcript', text: `… I asked about ${conversation.customer.name} and the refund …`, ranges: [{ start: 16, end: 16 + (conversation.customer.name ?? '').length }] }],
          }));
        const ordered = sort && sort !== 'relevance' ? hits : [...hits].sort((a, b) => b.score - a.score);
        const offset = params.cursor ? Number(params.cursor.slice(2)) : 0;
        const limit = params.limit ?? 50;
        return { items: ordered.slice(offset, offset + limit), total: ordered.length, nextCursor: offset + limit < ordered.length ? `k:${offset + limit}` : null };
      },
    },
    catalogues: {
      queues: async () => memoryQueues,
      agents: async () => memoryAgents,
    },
    filters: {
      list: async () => [...savedFilters].sort((a, b) => Number(b.isDefault) - Number(a.isDefault) || a.name.localeCompare(b.name)),
      create: async (input: { name: string; query: ConversationQuery; isDefault?: boolean }) => {
        const now = new Date().toISOString();
        const f: SavedFilter = { id: `flt_${savedFilters.length + 1}`, name: input.name, isDefault: !!input.isDefault, query: input.query, createdAt: now, updatedAt: now };
        savedFilters.push(f);
        return f;
      },
      update: async (id: string, patch: Partial<SavedFilter>) => Object.assign(savedFilters.find((f) => f.id === id)!, patch),
      duplicate: async (id: string, name: string) => client.filters.create({ name, query: savedFilters.find((f) => f.id === id)!.query }),
      markDefault: async (id: string) => {
        savedFilters.forEach((f) => (f.isDefault = f.id === id));
        return savedFilters.find((f) => f.id === id)!;
      },
      delete: async (id: string) => void savedFilters.splice(savedFilters.findIndex((f) => f.id === id), 1),
    },
    live: {
      subscribe: (opts: { onEvent: (m: never) => void; onOpen?: () => void; signal?: AbortSignal }) => {
        const listener = opts.onEvent as (m: unknown) => void;
        listeners.add(listener);
        opts.onOpen?.();
        const close = () => listeners.delete(listener);
        opts.signal?.addEventListener('abort', close);
        return { close, lastEventId: null, done: Promise.resolve() };
      },
    },
    /** Test hook: a new in-progress conversation arrives (prepended, and pushed to live subscribers). */
    pushLive(conversation: ConversationSummary, type = 'conversation.created') {
      if (type === 'conversation.created') {
        inserted.unshift(conversation);
        filterCache.clear();
      }
      for (const listener of listeners) listener({ id: String(Date.now()), type, data: { type, conversation } });
    },
  };
  return client as unknown as KitClient & { calls: typeof calls; pushLive: typeof client.pushLive };
}
