import { parsePublicId } from '../record.js';
import type { ConversationQuery } from '../query.js';

/** Collects parameters and hands out their `$n` placeholders. */
export class Params {
  readonly values: unknown[] = [];
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/**
 * A query as a WHERE clause over `conversations` aliased `c` — the same rules as the SQLite
 * store's `whereClause` (arrays OR within, AND across; members of ',a,b,' lists; tags by name).
 */
export function whereClause(q: ConversationQuery, params: Params): string {
  const parts: string[] = [];
  const anyOf = (column: string, values: readonly unknown[] | undefined) => {
    if (!values?.length) return;
    parts.push(`${column} IN (${values.map((v) => params.add(v)).join(', ')})`);
  };
  const member = (column: string, values: readonly string[] | undefined) => {
    if (!values?.length) return;
    parts.push(`(${values.map((v) => `strpos(${column}, ${params.add(`,${v},`)}) > 0`).join(' OR ')})`);
  };

  if (q.conversationId?.length) anyOf('c.n', q.conversationId.map((id) => parsePublicId(id) ?? -1));
  anyOf('c.session_id', q.sessionId);
  anyOf('c.user_id', q.userId);
  anyOf('c.channel', q.channel);
  anyOf('c.smart_status', q.smartStatus);
  member('c.queues', q.queue);
  member('c.agents', q.agent);
  if (q.status?.length) {
    const ors = q.status.map((s) =>
      s.startsWith('completed_')
        ? `(c.status = 'completed' AND c.completion_reason = ${params.add(s.slice('completed_'.length))})`
        : `c.status = ${params.add(s)}`,
    );
    parts.push(`(${ors.join(' OR ')})`);
  }
  if (q.csatMin !== undefined) parts.push(`c.csat_score >= ${params.add(q.csatMin)}`);
  if (q.csatMax !== undefined) parts.push(`c.csat_score <= ${params.add(q.csatMax)}`);
  if (q.from) parts.push(`c.start_ms >= ${params.add(Date.parse(q.from))}`);
  if (q.to) parts.push(`c.start_ms < ${params.add(Date.parse(q.to))}`);
  for (const clause of q.tag ?? []) {
    const exists = `EXISTS (SELECT 1 FROM jsonb_array_elements(c.custom_tags::jsonb) t
      WHERE lower(t ->> 'name') = lower(${params.add(clause.name)}) AND strpos(lower(t ->> 'value'), lower(${params.add(clause.value)})) > 0)`;
    parts.push(clause.op === 'contains' ? exists : `NOT ${exists}`);
  }
  return parts.length ? parts.join(' AND ') : 'true';
}
