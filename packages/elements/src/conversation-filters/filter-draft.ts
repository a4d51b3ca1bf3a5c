import type { Channel, ConversationQuery, StatusFilter, TagClause } from '@conversations-kit/sdk';
import { normalizeQuery } from '../conversations-table/query.js';

/** The spec's limit on custom-tag clauses. */
export const MAX_TAG_CLAUSES = 5;

export const CHANNELS: readonly Channel[] = ['voice', 'chat', 'email', 'messaging'];
export const STATUSES: readonly StatusFilter[] = [
  'in_progress', 'error', 'completed', 'completed_drop_off', 'completed_user_hangup', 'completed_ai_agent_hangup',
];
/** SmartStatus values the reference backend produces (DOMAIN.md); hosts may pass their own list. */
export const SMART_STATUSES: readonly string[] = [
  'Handled by AI', 'Agent handling', 'Awaiting customer', 'Inactive', 'Disconnected', 'Resolved', 'Escalated',
];

export interface ClauseDraft {
  name: string;
  op: TagClause['op'];
  value: string;
}

/** The editor's working copy of a filter: free text for IDs, sets for the multi-selects. */
export interface FilterDraft {
  conversationId: string;
  sessionId: string;
  userId: string;
  queue: Set<string>;
  channel: Set<Channel>;
  agent: Set<string>;
  status: Set<StatusFilter>;
  smartStatus: Set<string>;
  csatMin: number | null;
  csatMax: number | null;
  tagsEnabled: boolean;
  clauses: ClauseDraft[];
  /** Kept as they were: the editor has no control for a time range. */
  from?: string;
  to?: string;
}

export function emptyDraft(): FilterDraft {
  return {
    conversationId: '', sessionId: '', userId: '', queue: new Set(), channel: new Set(), agent: new Set(), status: new Set(),
    smartStatus: new Set(), csatMin: null, csatMax: null, tagsEnabled: false, clauses: [{ name: '', op: 'contains', value: '' }],
  };
}

export function draftFromQuery(query: ConversationQuery | null | undefined): FilterDraft {
  const q = normalizeQuery(query);
  const tags = q.tag ?? [];
  return {
    conversationId: (q.conversationId ?? []).join(', '),
    sessionId: (q.sessionId ?? []).join(', '),
    userId: (q.userId ?? []).join(', '),
    queue: new Set(q.queue ?? []),
    channel: new Set(q.channel ?? []),
    agent: new Set(q.agent ?? []),
    status: new Set(q.status ?? []),
    smartStatus: new Set(q.smartStatus ?? []),
    csatMin: q.csatMin ?? null,
    csatMax: q.csatMax ?? null,
    tagsEnabled: tags.length > 0,
    clauses: tags.length ? tags.map((c) => ({ ...c })) : [{ name: '', op: 'contains', value: '' }],
    from: q.from,
    to: q.to,
  };
}

const ids = (text: string) => [...new Set(text.split(/[\s,;]+/).map((s) => s.trim()).filter(Boolean))].slice(0, 100);

/** Clauses that are only partly filled in (the editor refuses to apply them). */
export function incompleteClauses(draft: FilterDraft): number[] {
  if (!draft.tagsEnabled) return [];
  return draft.clauses
    .map((c, i) => ({ c, i }))
    .filter(({ c }) => (c.name.trim() || c.value.trim()) && !(c.name.trim() && c.value.trim()))
    .map(({ i }) => i);
}

export function queryFromDraft(draft: FilterDraft): ConversationQuery {
  const query: ConversationQuery = {
    conversationId: ids(draft.conversationId),
    sessionId: ids(draft.sessionId),
    userId: ids(draft.userId),
    queue: [...draft.queue],
    channel: CHANNELS.filter((c) => draft.channel.has(c)),
    agent: [...draft.agent],
    status: STATUSES.filter((s) => draft.status.has(s)),
    smartStatus: [...draft.smartStatus],
    csatMin: draft.csatMin ?? undefined,
    csatMax: draft.csatMax ?? undefined,
    from: draft.from,
    to: draft.to,
    tag: draft.tagsEnabled
      ? draft.clauses
          .filter((c) => c.name.trim() && c.value.trim())
          .slice(0, MAX_TAG_CLAUSES)
          // A tag name cannot hold ":" (the API's clause separator).
          .map((c) => ({ name: c.name.trim().replace(/:/g, ''), op: c.op, value: c.value.trim() }))
      : [],
  };
  if (query.csatMin !== undefined && query.csatMax !== undefined && query.csatMin > query.csatMax) {
    [query.csatMin, query.csatMax] = [query.csatMax, query.csatMin];
  }
  return normalizeQuery(query);
}
