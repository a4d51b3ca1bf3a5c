import type { FastifyError, FastifyInstance } from 'fastify';
import { ApiError, errorBody, type FieldError } from './errors.js';
import { MAX_URL_LENGTH, RouteTable, decodedPath } from './framework-errors.js';
import { registerValidation } from './validation.js';

interface AjvIssue {
  instancePath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
}

const PART_LABEL: Record<string, string> = { body: 'body', querystring: 'query', params: 'path', headers: 'header' };

/** Names the field an Ajv issue is about: `limit`, `query.csatMin`, `ids`, `If-Match`. */
function fieldOf(issue: AjvIssue, context: string | undefined): string {
  const segments = issue.instancePath.split('/').filter(Boolean).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  if (issue.keyword === 'required' && typeof issue.params.missingProperty === 'string') segments.push(issue.params.missingProperty);
  if (issue.keyword === 'additionalProperties' && typeof issue.params.additionalProperty === 'string') segments.push(issue.params.additionalProperty);
  // Array positions read better as `tag[1]` than `tag.1`.
  let name = '';
  for (const s of segments) name += /^\d+$/.test(s) ? `[${s}]` : name ? `.${s}` : s;
  if (!name) return context === 'body' ? 'body' : PART_LABEL[context ?? ''] ?? 'request';
  if (context === 'headers') return name.replace(/(^|-)([a-z])/g, (_m, d: string, c: string) => d + c.toUpperCase());
  return name;
}

function describe(issue: AjvIssue): string {
  switch (issue.keyword) {
    case 'required': return 'is required';
    case 'additionalProperties': return 'is not a known field';
    case 'enum': return `must be one of: ${(issue.params.allowedValues as unknown[]).join(', ')}`;
    default: return issue.message ?? 'is invalid';
  }
}

/** Every failure answers the contract's error body; nothing but a bug becomes a 500. */
export function registerErrorHandling(app: FastifyInstance): void {
  const routes = new RouteTable(app);
  registerValidation(app);
  // Bodies are JSON only: a text/plain body is a 415, not a string that fails validation as a 400.
  app.removeContentTypeParser('text/plain');
  app.addHook('onRequest', async (req) => {
    if (req.url.length > MAX_URL_LENGTH) throw new ApiError('uri_too_long', `The URL is longer than ${MAX_URL_LENGTH} characters`);
  });

  app.setErrorHandler((err: FastifyError | ApiError | Error, req, reply) => {
    const requestId = String(req.id);
    if (err instanceof ApiError) {
      for (const [k, v] of Object.entries(err.headers)) reply.header(k, v);
      return reply.code(err.status).send(errorBody(err.code, err.message, requestId, err.details));
    }
    const fe = err as FastifyError & { validation?: AjvIssue[]; validationContext?: string };
    if (fe.validation) {
      const fields: FieldError[] = fe.validation.map((issue) => ({ name: fieldOf(issue, fe.validationContext), message: describe(issue) }));
      const message = `Invalid ${fields[0].name}: ${fields[0].message}`;
      return reply.code(400).send(errorBody('validation_failed', message, requestId, { fields }));
    }
    const status = fe.statusCode ?? 500;
    if (status === 415) {
      const message = `Content-Type ${JSON.stringify(String(req.headers['content-type'] ?? '').slice(0, 100))} is not supported; send application/json`;
      return reply.code(415).send(errorBody('unsupported_media_type', message, requestId, { fields: [{ name: 'Content-Type', message: 'must be application/json' }] }));
    }
    if (status === 413) {
      return reply.code(413).send(errorBody('payload_too_large', 'The request body is too large', requestId, { fields: [{ name: 'body', message: 'is too large' }] }));
    }
    if (status >= 400 && status < 500) {
      // Fastify's own request errors: malformed JSON, wrong content type, body too large, bad URL.
      const code = fe.code ?? '';
      const name = /JSON_BODY|EMPTY_JSON|BODY/.test(code) || fe instanceof SyntaxError ? 'body' : /CONTENT_TYPE|MEDIA_TYPE/.test(code) ? 'Content-Type' : code === 'FST_ERR_BAD_URL' ? 'url' : 'body';
      const message = /JSON/.test(code) || fe instanceof SyntaxError ? 'must be valid JSON' : fe.message;
      return reply.code(400).send(errorBody('validation_failed', `Invalid ${name}: ${message}`, requestId, { fields: [{ name, message }] }));
    }
    req.log.error({ err }, 'unhandled error');
    return reply.code(500).send(errorBody('internal', 'Something went wrong on our side. Please try again.', requestId));
  });

  app.setNotFoundHandler((req, reply) => {
    const path = decodedPath(req.url);
    const allowed = path === null ? [] : routes.methodsFor(path).filter((m) => m !== 'OPTIONS');
    if (allowed.length && !allowed.includes(req.method)) {
      const allow = allowed.join(', ');
      return reply.code(405).header('allow', allow).send(errorBody('method_not_allowed', `${req.method} is not allowed here; use ${allow}`, String(req.id)));
    }
    // The path is not echoed: it may carry anything the caller typed.
    return reply.code(404).send(errorBody('not_found', 'No such route', String(req.id)));
  });
}
