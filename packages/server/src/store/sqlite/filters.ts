import { parsePublicId } from '../record.js';
import type { ConversationQuery } from '../query.js';

/** Turns a query into a WHERE clause over `conversations` aliased `c`. */
export function whereClause(q: ConversationQuery): { sql: string; params: unknown[] } {
  const parts: string[] = [];
  const params: unknown[] = [];
  const anyOf = (column: string, values: readonly unknown[] | undefined) => {
    if (!values?.length) return;
    parts.push(`${column} IN (${values.map(() => '?').join(',')})`);
    params.push(...values);
  };
  const member = (column: string, values: readonly string[] | undefined) => {
    if (!values?.length) return;
    parts.push(`(${values.map(() => `instr(${column}, ?) > 0`).join(' OR ')})`);
    params.push(...values.map((v) => `,${v},`));
  };

  if (q.conversationId?.length) anyOf('c.n', q.conversationId.map((id) => parsePublicId(id) ?? -1));
  anyOf('c.session_id', q.sessionId);
  anyOf('c.user_id', q.userId);
  anyOf('c.channel', q.channel);
  anyOf('c.smart_status', q.smartStatus);
  member('c.queues', q.queue);
  member('c.agents', q.agent);
  if (q.status?.length) {
    const ors: string[] = [];
    for (const s of q.status) {
      if (s.startsWith('completed_')) {
        ors.push(`(c.status = 'completed' AND c.completion_reason = ?)`);
        params.push(s.slice('completed_'.length));
      } else {
        ors.push('c.status = ?');
        params.push(s);
      }
    }
    parts.push(`(${ors.join(' OR ')})`);
  }
  if (q.csatMin !== undefined) {
    parts.push('c.csat_score >= ?');
    params.push(q.csatMin);
  }
  if (q.csatMax !== undefined) {
    parts.push('c.csat_score <= ?');
    params.push(q.csatMax);
  }
  if (q.from) {
    parts.push('c.start_ms >= ?');
    params.push(Date.parse(q.from));
  }
  if (q.to) {
    parts.push('c.start_ms < ?');
    params.push(Date.parse(q.to));
  }
  for (const clause of q.tag ?? []) {
    const exists = `EXISTS (SELECT 1 FROM json_each(c.custom_tags) t WHERE lower(t.value ->> '$.name') = lower(?) AND instr(lower(t.value ->> '$.value'), lower(?)) > 0)`;
    parts.push(clause.op === 'contains' ? exists : `NOT ${exists}`);
    params.push(clause.name, clause.value);
  }
  return { sql: parts.length ? parts.join(' AND ') : '1', params };
}
