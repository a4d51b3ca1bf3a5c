import type { ConversationQuery, ConversationSummary, TagClause } from '@conversations-kit/sdk';

/** Drops empty arrays and unset values so two queries that filter the same compare equal. */
export function normalizeQuery(query: ConversationQuery | null | undefined): ConversationQuery {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value) && value.length === 0) continue;
    out[key] = value;
  }
  return out as ConversationQuery;
}

export function sameQuery(a: ConversationQuery | null | undefined, b: ConversationQuery | null | undefined): boolean {
  return JSON.stringify(normalizeQuery(a)) === JSON.stringify(normalizeQuery(b));
}

/** How many filter fields are set (the Filter button's badge). */
export function countFilters(query: ConversationQuery | null | undefined): number {
  const q = normalizeQuery(query);
  let n = Object.keys(q).length;
  if (q.csatMin !== undefined && q.csatMax !== undefined) n--;
  return n;
}

const clauseMatches = (row: ConversationSummary, clause: TagClause) => {
  const has = row.customTags.some((tag) => tag.name === clause.name && tag.value.toLowerCase().includes(clause.value.toLowerCase()));
  return clause.op === 'contains' ? has : !has;
};

/**
 * Whether a conversation pushed over the live stream belongs in a list with these filters. Mirrors
 * the contract's semantics (arrays OR within a field, fields AND) for the fields a summary carries.
 */
export function matchesQuery(row: ConversationSummary, query: ConversationQuery): boolean {
  const q = normalizeQuery(query);
  const start = Date.parse(row.startTime);
  if (q.conversationId && !q.conversationId.includes(row.id)) return false;
  if (q.sessionId && !q.sessionId.includes(row.identifiers.sessionId ?? '')) return false;
  if (q.userId && !q.userId.includes(row.customer.userId) && !q.userId.includes(row.identifiers.userId ?? '')) return false;
  if (q.channel && !q.channel.includes(row.channel)) return false;
  if (q.queue && !row.queues.some((queue) => q.queue!.includes(queue.id))) return false;
  if (q.agent && !row.agents.some((agent) => q.agent!.includes(agent.id))) return false;
  if (q.smartStatus && !q.smartStatus.includes(row.smartStatus)) return false;
  if (q.status) {
    const keys: string[] = [row.status];
    if (row.status === 'completed' && row.completionReason) keys.push(`completed_${row.completionReason}`);
    if (!q.status.some((status) => keys.includes(status))) return false;
  }
  if (q.csatMin !== undefined && (row.csat?.score ?? 0) < q.csatMin) return false;
  if (q.csatMax !== undefined && (!row.csat || row.csat.score > q.csatMax)) return false;
  if (q.from && start < Date.parse(q.from)) return false;
  if (q.to && start >= Date.parse(q.to)) return false;
  return (q.tag ?? []).every((clause) => clauseMatches(row, clause));
}
