import type { ConversationQuery, TagClause } from '../store/query.js';
import { invalid } from './errors.js';

const ARRAY_KEYS = ['conversationId', 'sessionId', 'userId', 'queue', 'channel', 'agent', 'status', 'smartStatus'] as const;

/** Parses `tag=name:contains:value` clauses (already pattern-checked by the schema). */
export function parseTagClause(raw: string, index: number): TagClause {
  const m = /^([^:]+):(contains|not_contains):(.+)$/.exec(raw);
  if (!m) throw invalid(`tag[${index}]`, 'must look like name:contains:value or name:not_contains:value');
  return { name: m[1], op: m[2] as TagClause['op'], value: m[3] };
}

/** The filter part of a validated list/search query string. */
export function queryFromParams(params: Record<string, unknown>): ConversationQuery {
  const q: ConversationQuery = {};
  for (const key of ARRAY_KEYS) {
    const v = params[key];
    if (v !== undefined) (q as Record<string, unknown>)[key] = Array.isArray(v) ? v : [v];
  }
  if (typeof params.csatMin === 'number') q.csatMin = params.csatMin;
  if (typeof params.csatMax === 'number') q.csatMax = params.csatMax;
  if (typeof params.from === 'string') q.from = params.from;
  if (typeof params.to === 'string') q.to = params.to;
  if (params.tag !== undefined) q.tag = (Array.isArray(params.tag) ? params.tag : [params.tag]).map((t, i) => parseTagClause(String(t), i));
  checkQuery(q, '');
  return q;
}

/** Cross-field rules the schema cannot express. `prefix` names body fields (`query.`). */
export function checkQuery(q: ConversationQuery, prefix: string): void {
  if (q.csatMin !== undefined && q.csatMax !== undefined && q.csatMin > q.csatMax) throw invalid(`${prefix}csatMin`, 'must not be greater than csatMax');
  if (q.from && q.to && Date.parse(q.from) >= Date.parse(q.to)) throw invalid(`${prefix}from`, 'must be before to');
}
