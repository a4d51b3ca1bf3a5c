/** Replaces every occurrence of a secret with a marker, so a token echoed by a backend never reaches a host's logs. */
export const REDACTED = '[REDACTED]';

export function redactText(text: string, secrets: readonly (string | null | undefined)[]): string {
  let out = text;
  for (const secret of secrets) {
    // Very short "secrets" would shred ordinary text; real bearer tokens are longer.
    if (secret && secret.length >= 4) out = out.split(secret).join(REDACTED);
  }
  return out;
}

/** Deep-redacts strings inside JSON-like data (error details). */
export function redactValue<T>(value: T, secrets: readonly (string | null | undefined)[]): T {
  if (typeof value === 'string') return redactText(value, secrets) as T;
  if (Array.isArray(value)) return value.map((v) => redactValue(v, secrets)) as T;
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = redactValue(v, secrets);
    return out as T;
  }
  return value;
}

const SENSITIVE_HEADERS = new Set(['authorization', 'cookie', 'set-cookie', 'proxy-authorization', 'x-api-key']);

/** A loggable copy of headers with credentials masked. */
export function redactHeaders(headers: Headers | Record<string, string>): Record<string, string> {
  const entries = headers instanceof Headers ? [...headers.entries()] : Object.entries(headers);
  return Object.fromEntries(entries.map(([k, v]) => [k, SENSITIVE_HEADERS.has(k.toLowerCase()) ? REDACTED : v]));
}

/**
 * Keeps only name, message and code of a low-level error (e.g. undici's "fetch failed" cause chain),
 * so nothing the request carried can hang off an SDK error.
 */
export function sanitizeCause(error: unknown, secrets: readonly (string | null | undefined)[]): Error | undefined {
  if (!(error instanceof Error)) return undefined;
  const inner = error.cause instanceof Error ? error.cause : undefined;
  const clean = new Error(redactText(error.message, secrets));
  clean.name = error.name;
  const code = (error as { code?: unknown }).code ?? (inner as { code?: unknown } | undefined)?.code;
  if (typeof code === 'string') (clean as Error & { code?: string }).code = code;
  if (inner) clean.message += ` (${redactText(inner.message, secrets)})`;
  return clean;
}
