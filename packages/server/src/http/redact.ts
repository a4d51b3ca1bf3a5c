/** Secrets never reach a log line: query parameters that carry credentials are replaced. */

const SECRET_PARAMS = /([?&](?:signature|access_token|token|api_key|apikey|key)=)[^&#]*/gi;

export function redactUrl(url: string): string {
  return url.replace(SECRET_PARAMS, '$1[redacted]');
}

/** Fastify's request serializer: method and redacted URL, never headers (Authorization). */
export function logRequest(req: { method: string; url: string; id?: unknown }): Record<string, unknown> {
  return { method: req.method, url: redactUrl(req.url), id: req.id };
}
