/**
 * Opt-in reflection of filters, search and sort in the host page's URL (`sync-url` on each element),
 * so a view can be shared by copying the address. Parameter names are the API's own
 * (`channel=voice&channel=chat`, `tag=tier:contains:gold`, `q=refund`, `sort=startTime:asc`), and
 * the URL is replaced, not pushed, so Back leaves the page instead of undoing each filter.
 */
import type { ConversationQuery, ConversationSort, SearchSort, StatusFilter, Channel } from '@conversations-kit/sdk';
import { normalizeQuery } from './query.js';

const ARRAY_KEYS = ['conversationId', 'sessionId', 'userId', 'queue', 'channel', 'agent', 'status', 'smartStatus'] as const;
const FILTER_KEYS = [...ARRAY_KEYS, 'csatMin', 'csatMax', 'from', 'to', 'tag'] as const;
const CHANNELS: readonly Channel[] = ['voice', 'chat', 'email', 'messaging'];
const STATUSES: readonly StatusFilter[] = ['in_progress', 'error', 'completed', 'completed_drop_off', 'completed_user_hangup', 'completed_ai_agent_hangup'];

export function queryFromParams(params: URLSearchParams): ConversationQuery {
  const query: Record<string, unknown> = {};
  for (const key of ARRAY_KEYS) {
    let values = params.getAll(key).filter((v) => v.length > 0 && v.length <= 200);
    if (key === 'channel') values = values.filter((v) => CHANNELS.includes(v as Channel));
    if (key === 'status') values = values.filter((v) => STATUSES.includes(v as StatusFilter));
    if (values.length) query[key] = values.slice(0, 100);
  }
  for (const key of ['csatMin', 'csatMax'] as const) {
    const n = Number(params.get(key));
    if (params.has(key) && Number.isInteger(n) && n >= 1 && n <= 5) query[key] = n;
  }
  for (const key of ['from', 'to'] as const) {
    const value = params.get(key);
    if (value && !Number.isNaN(Date.parse(value))) query[key] = value;
  }
  const tags = params
    .getAll('tag')
    .map((raw) => /^([^:]+):(contains|not_contains):(.+)$/.exec(raw))
    .filter((m): m is RegExpExecArray => !!m)
    .slice(0, 5)
    .map((m) => ({ name: m[1], op: m[2] as 'contains' | 'not_contains', value: m[3] }));
  if (tags.length) query.tag = tags;
  return query as ConversationQuery;
}

export function writeQueryParams(params: URLSearchParams, query: ConversationQuery): void {
  for (const key of FILTER_KEYS) params.delete(key);
  const q = normalizeQuery(query);
  for (const key of ARRAY_KEYS) for (const value of q[key] ?? []) params.append(key, value);
  if (q.csatMin !== undefined) params.set('csatMin', String(q.csatMin));
  if (q.csatMax !== undefined) params.set('csatMax', String(q.csatMax));
  if (q.from) params.set('from', q.from);
  if (q.to) params.set('to', q.to);
  for (const clause of q.tag ?? []) params.append('tag', `${clause.name}:${clause.op}:${clause.value}`);
}

export function hasQueryParams(params: URLSearchParams): boolean {
  return FILTER_KEYS.some((key) => params.has(key));
}

export function sortFromParams(params: URLSearchParams): ConversationSort | undefined {
  const sort = params.get('sort');
  return sort === 'startTime:asc' || sort === 'startTime:desc' ? sort : undefined;
}

export function searchFromParams(params: URLSearchParams): { q: string; sort: SearchSort } | undefined {
  const q = params.get('q')?.slice(0, 500).trim();
  if (!q) return undefined;
  const order = params.get('order');
  const sort: SearchSort = order === 'startTime:asc' || order === 'startTime:desc' ? order : 'relevance';
  return { q, sort };
}

export function writeSearchParams(params: URLSearchParams, search: { q: string; sort: SearchSort } | null): void {
  params.delete('q');
  params.delete('order');
  if (search?.q.trim()) {
    params.set('q', search.q.trim());
    if (search.sort !== 'relevance') params.set('order', search.sort);
  }
}

export function currentParams(): URLSearchParams {
  return new URL(location.href).searchParams;
}

/** Rewrites the page URL's query in place (no new history entry), keeping the host's own parameters. */
export function updateUrl(mutate: (params: URLSearchParams) => void): void {
  const url = new URL(location.href);
  const before = url.search;
  mutate(url.searchParams);
  if (url.search !== before) history.replaceState(history.state, '', url);
}
