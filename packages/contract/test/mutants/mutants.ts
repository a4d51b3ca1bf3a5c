/** One broken rule per mutant, and the checks expected to notice it. */
import { unzipSync, zipSync } from 'fflate';
import type { ProxiedRequest, ProxiedResponse, ProxyContext } from './mutating-proxy.ts';

export interface Mutant {
  name: string;
  /** The rule it breaks, as the issue words it. */
  breaks: string;
  /** Check ids (or prefixes) to run against it; at least one must fail. */
  checks: string[];
  request?(req: ProxiedRequest, ctx: ProxyContext): Promise<ProxiedResponse | void> | ProxiedResponse | void;
  response?(req: ProxiedRequest, res: ProxiedResponse, ctx: ProxyContext): Promise<ProxiedResponse | void> | ProxiedResponse | void;
}

type Json = Record<string, unknown>;

const isJson = (res: ProxiedResponse) => (res.headers['content-type'] ?? '').includes('json');
const json = (res: ProxiedResponse): Json => JSON.parse(res.body.toString('utf8')) as Json;
const withJson = (res: ProxiedResponse, body: unknown): ProxiedResponse => ({ ...res, body: Buffer.from(JSON.stringify(body)) });
const errorBody = (code: string, message: string, requestId: string) => Buffer.from(JSON.stringify({ error: { code, message, requestId } }));

/** Requests of callers without pii.view on `path` are sent as the admin: customer PII leaks. */
function piiLeak(name: string, breaks: string, checks: string[], path: RegExp): Mutant {
  return {
    name,
    breaks,
    checks,
    request(req, ctx) {
      if (path.test(req.url.pathname) && req.token && req.token !== ctx.tokens.admin) req.token = ctx.tokens.admin;
    },
  };
}

export const MUTANTS: Mutant[] = [
  piiLeak('pii-transcripts', 'PII: e-mail addresses in transcripts', ['pii.transcripts'], /\/transcript(\/download)?$/),
  piiLeak('pii-search', 'PII: search hits and highlights', ['pii.search'], /^\/v1\/search$/),
  piiLeak('pii-exports', 'PII: the conversation CSV export', ['pii.exports'], /^\/v1\/exports\/(conversations|transcripts)$/),
  piiLeak('pii-live', 'PII: live events', ['pii.live'], /^\/v1\/live$/),
  {
    name: 'pii-diagnostics',
    breaks: 'PII: diagnostics (SIP headers, TEXT export, PCAP)',
    checks: ['pii.diagnostics'],
    async response(req, res, ctx) {
      // The customer's number written into the SIP flow, as a backend that forgets to obscure From/To would.
      const m = /^\/v1\/conversations\/([^/]+)\/diagnostics\/(flow|export)$/.exec(req.url.pathname);
      if (!m || req.token === ctx.tokens.admin || res.status !== 200) return;
      const c = (await (await ctx.upstream('GET', `/v1/conversations/${m[1]}`, ctx.tokens.admin)).json()) as { customer: { phone: string | null } };
      if (!c.customer.phone) return;
      const from = `From: <sip:${c.customer.phone}@carrier.example>`;
      if (m[2] === 'flow') {
        const body = json(res) as { messages: { raw?: string; headers?: unknown }[] };
        body.messages = body.messages.map((msg) => ({ ...msg, ...(typeof msg.raw === 'string' ? { raw: `${msg.raw}\r\n${from}` } : {}), summary: from }));
        return withJson(res, body);
      }
      return { ...res, body: Buffer.concat([res.body, Buffer.from(`\n${from}\n`)]) };
    },
  },
  {
    name: 'csat-exclusive',
    breaks: 'Filters: csatMin/csatMax inclusive',
    checks: ['filters.csat-inclusive'],
    request(req) {
      const q = req.url.searchParams;
      if (q.has('csatMin') && Number(q.get('csatMin')) < 5) q.set('csatMin', String(Number(q.get('csatMin')) + 1));
      if (q.has('csatMax') && Number(q.get('csatMax')) > 1) q.set('csatMax', String(Number(q.get('csatMax')) - 1));
    },
  },
  {
    name: 'from-exclusive',
    breaks: 'Filters: `from` inclusive',
    checks: ['filters.time-boundaries'],
    request(req) {
      const from = req.url.searchParams.get('from');
      if (from) req.url.searchParams.set('from', new Date(Date.parse(from) + 1).toISOString());
    },
  },
  {
    name: 'to-inclusive',
    breaks: 'Filters: `to` exclusive',
    checks: ['filters.time-boundaries'],
    request(req) {
      const to = req.url.searchParams.get('to');
      if (to) req.url.searchParams.set('to', new Date(Date.parse(to) + 1).toISOString());
    },
  },
  {
    name: 'agent-support-only',
    breaks: 'Filters: the agent filter matches every agent, not only the support agent',
    checks: ['filters.agent-any'],
    response(req, res) {
      const agents = req.url.searchParams.getAll('agent');
      if (req.url.pathname !== '/v1/conversations' || !agents.length || !isJson(res) || res.status !== 200) return;
      const body = json(res) as { items: { supportAgent: { id: string } | null }[] };
      body.items = body.items.filter((c) => c.supportAgent && agents.includes(c.supportAgent.id));
      return withJson(res, body);
    },
  },
  {
    name: 'tag-case-sensitive',
    breaks: 'Filters: tag name case rules',
    checks: ['filters.tag-case'],
    response(req, res) {
      const clauses = req.url.searchParams.getAll('tag').map((t) => t.split(':')[0]!);
      if (req.url.pathname !== '/v1/conversations' || !clauses.length || res.status !== 200) return;
      const body = json(res) as { items: { customTags: { name: string }[] }[] };
      body.items = body.items.filter((c) => clauses.every((name) => c.customTags.some((t) => t.name === name)));
      return withJson(res, body);
    },
  },
  {
    name: 'no-405',
    breaks: 'HTTP: 405 for a wrong method',
    checks: ['http.method-not-allowed'],
    response(_req, res) {
      if (res.status !== 405) return;
      return { status: 404, headers: { ...res.headers, 'content-type': 'application/json' }, body: errorBody('not_found', 'No route', res.headers['x-request-id'] ?? 'req') };
    },
  },
  {
    name: 'no-415',
    breaks: 'HTTP: 415 for a wrong content type',
    checks: ['http.unsupported-media-type'],
    response(_req, res) {
      if (res.status !== 415) return;
      return { status: 400, headers: res.headers, body: errorBody('validation_failed', 'Bad body', res.headers['x-request-id'] ?? 'req') };
    },
  },
  {
    name: 'plain-error-body',
    breaks: 'HTTP: the error body on every 4xx/5xx',
    checks: ['dispositions.etag', 'http.every-answer'],
    response(_req, res) {
      if (res.status !== 428 && res.status !== 410) return;
      return { status: res.status, headers: { ...res.headers, 'content-type': 'text/plain' }, body: Buffer.from('Precondition Required') };
    },
  },
  {
    name: 'no-request-id',
    breaks: 'HTTP: x-request-id on every answer',
    checks: ['transcripts.shape', 'http.every-answer'],
    response(req, res) {
      if (!req.url.pathname.endsWith('/transcript')) return;
      const headers = { ...res.headers };
      delete headers['x-request-id'];
      return { ...res, headers };
    },
  },
  {
    name: 'no-suffix-range',
    breaks: 'HTTP: suffix ranges (bytes=-500) on audio',
    checks: ['http.suffix-range'],
    request(req) {
      if (/^bytes=-\d+$/.test(req.headers.range ?? '')) delete req.headers.range;
    },
  },
  {
    name: 'role-blocked',
    breaks: 'Permissions: a role blocked from what it may read',
    checks: ['permissions.allowed'],
    request(req, ctx) {
      if (req.token === ctx.tokens.analyst && /\/events$/.test(req.url.pathname)) {
        return { status: 403, headers: { 'content-type': 'application/json', 'x-request-id': 'req_mutant' }, body: Buffer.from(JSON.stringify({ error: { code: 'forbidden', message: 'No', requestId: 'req_mutant', details: { permission: 'events.view' } } })) };
      }
    },
  },
  {
    name: 'offset-timestamps',
    breaks: 'Formats: timestamps in UTC Z',
    checks: ['conversations.list', 'http.every-answer'],
    response(req, res) {
      if (req.url.pathname !== '/v1/conversations' || !isJson(res)) return;
      return { ...res, body: Buffer.from(res.body.toString('utf8').replace(/"(\d{4}-\d{2}-\d{2}T[\d:.]+)Z"/g, '"$1+00:00"')) };
    },
  },
  {
    name: 'unmasked-redactions',
    breaks: 'Formats: redaction masks applied',
    checks: ['formats.redaction-masks'],
    response(req, res) {
      if (!req.url.pathname.endsWith('/transcript') || !isJson(res)) return;
      return { ...res, body: Buffer.from(res.body.toString('utf8').replaceAll('█', 'x')) };
    },
  },
  {
    name: 'zip-entry-names',
    breaks: 'Formats: zip entry names per the spec',
    checks: ['formats.export-files'],
    response(req, res) {
      if (req.url.pathname !== '/v1/exports/transcripts' || res.status !== 200) return;
      const files = unzipSync(new Uint8Array(res.body));
      const renamed = Object.fromEntries(Object.values(files).map((bytes, i) => [`transcript-${i + 1}.csv`, bytes]));
      return { ...res, body: Buffer.from(zipSync(renamed)) };
    },
  },
  {
    name: 'events-csv-columns',
    breaks: 'Formats: events CSV columns per the spec',
    checks: ['formats.export-files'],
    response(req, res) {
      if (req.url.pathname !== '/v1/exports/events' || res.status !== 200) return;
      return { ...res, body: Buffer.from(res.body.toString('utf8').replace('conversationId,id,type,at', 'conversationId,id,at,type')) };
    },
  },
  {
    name: 'default-not-unmarked',
    breaks: 'State: marking a default filter unmarks the old one',
    checks: ['filters.default-unmarks'],
    response(req, res, ctx) {
      const marked = (ctx.memory.get('defaults') as Set<string> | undefined) ?? new Set<string>();
      ctx.memory.set('defaults', marked);
      const m = /^\/v1\/filters\/([^/]+)\/default$/.exec(req.url.pathname);
      if (m && req.method === 'POST') marked.add(decodeURIComponent(m[1]!));
      if (req.method !== 'GET' || !req.url.pathname.startsWith('/v1/filters') || !isJson(res) || res.status !== 200) return;
      const mark = (f: { id: string; isDefault: boolean }) => ({ ...f, isDefault: f.isDefault || marked.has(f.id) });
      const body = json(res) as { items?: { id: string; isDefault: boolean }[]; id?: string; isDefault?: boolean };
      return withJson(res, body.items ? { ...body, items: body.items.map(mark) } : mark(body as { id: string; isDefault: boolean }));
    },
  },
  {
    name: 'filters-shared',
    breaks: 'State: saved filters are per user',
    checks: ['filters.per-user'],
    request(req, ctx) {
      if (req.url.pathname.startsWith('/v1/filters') && req.method === 'GET' && req.token && req.token !== ctx.tokens.admin) req.token = ctx.tokens.admin;
    },
  },
  {
    name: 'v0-wildcard',
    breaks: 'State: "v0" ETag semantics (If-Match "v0" overwrites an existing disposition)',
    checks: ['dispositions.v0'],
    async request(req, ctx) {
      if (req.method !== 'PUT' || !req.url.pathname.endsWith('/disposition') || req.headers['if-match'] !== '"v0"') return;
      const current = await ctx.upstream('GET', req.url.pathname, ctx.tokens.admin);
      const etag = current.headers.get('etag');
      if (etag) req.headers['if-match'] = etag;
    },
  },
  {
    name: 'none-yet-404',
    breaks: 'State: no disposition yet is 200 null with ETag "v0"',
    checks: ['dispositions.v0'],
    response(req, res) {
      if (req.method !== 'GET' || !req.url.pathname.endsWith('/disposition') || res.body.toString('utf8').trim() !== 'null') return;
      return { status: 404, headers: { ...res.headers, 'content-type': 'application/json' }, body: errorBody('not_found', 'No disposition', res.headers['x-request-id'] ?? 'req') };
    },
  },
  {
    name: 'trailing-empty-page',
    breaks: 'State: no trailing empty page',
    checks: ['pagination.no-empty-page'],
    request(req) {
      if (req.url.pathname === '/v1/conversations' && req.url.searchParams.get('cursor') === 'mutant-end') {
        return { status: 200, headers: { 'content-type': 'application/json', 'x-request-id': 'req_mutant' }, body: Buffer.from(JSON.stringify({ items: [], nextCursor: null })) };
      }
    },
    response(req, res) {
      if (req.url.pathname !== '/v1/conversations' || res.status !== 200 || !isJson(res)) return;
      const body = json(res) as { items: unknown[]; nextCursor: string | null };
      if (body.nextCursor === null && body.items.length) return withJson(res, { ...body, nextCursor: 'mutant-end' });
    },
  },
  {
    name: 'highlight-offsets',
    breaks: 'Search: highlight offsets exact',
    checks: ['search.planted-tiers'],
    response(req, res) {
      if (req.url.pathname !== '/v1/search' || res.status !== 200) return;
      const body = json(res) as { items: { highlights: { text: string; ranges: { start: number; end: number }[] }[] }[] };
      for (const hit of body.items) for (const h of hit.highlights) h.ranges = h.ranges.map((r) => ({ start: Math.min(r.start + 1, h.text.length - 1), end: Math.min(r.end + 1, h.text.length) }));
      return withJson(res, body);
    },
  },
  {
    name: 'tiers-wrong',
    breaks: 'Search: tiers on data the kit plants itself (all words ranked as some words)',
    checks: ['search.planted-tiers'],
    response(req, res) {
      if (req.url.pathname !== '/v1/search' || res.status !== 200) return;
      const body = json(res) as { items: { tier: string }[] };
      for (const hit of body.items) if (hit.tier === 'all_words') hit.tier = 'some_words';
      return withJson(res, body);
    },
  },
  {
    name: 'no-rate-limit-headers',
    breaks: 'Rate-limit headers',
    checks: ['http.rate-limit-headers'],
    response(_req, res) {
      const headers = Object.fromEntries(Object.entries(res.headers).filter(([k]) => !k.startsWith('ratelimit-')));
      return { ...res, headers };
    },
  },
  {
    name: 'catalogue-incomplete',
    breaks: 'SmartStatus values come from the catalogue endpoint',
    checks: ['catalogue.smart-statuses'],
    response(req, res) {
      if (req.url.pathname !== '/v1/catalogue' || res.status !== 200) return;
      const body = json(res) as { smartStatuses: string[] };
      return withJson(res, { smartStatuses: body.smartStatuses.filter((s) => s !== 'Resolved') });
    },
  },
];

