/**
 * Security headers on every answer. The API's JSON and media answers get a CSP that allows
 * nothing (they are data, never pages). HTML pages — the demo and the API reference at /docs —
 * get a policy that allows only this origin's scripts, plus the exact inline scripts of the page
 * by hash (the API reference's start-up script), never 'unsafe-inline' scripts. Inline styles are
 * allowed: Lit, wavesurfer and the API reference insert style elements at run time.
 * Nobody may frame any of it (`frame-ancestors 'none'`), and no Referer leaves a page.
 */
import { createHash } from 'node:crypto';
import type { FastifyInstance } from 'fastify';

const DATA_POLICY = "default-src 'none'; frame-ancestors 'none'";

function pagePolicy(scriptHashes: string[]): string {
  return [
    "default-src 'self'",
    `script-src 'self'${scriptHashes.map((h) => ` '${h}'`).join('')}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "media-src 'self' blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** sha256 sources for the inline, executable scripts of an HTML page. */
export function inlineScriptHashes(html: string): string[] {
  const hashes: string[] = [];
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const attrs = m[1];
    if (/\bsrc\s*=/i.test(attrs)) continue;
    const type = /\btype\s*=\s*["']?([^"'\s>]+)/i.exec(attrs)?.[1]?.toLowerCase();
    if (type && !['text/javascript', 'module', 'application/javascript'].includes(type)) continue;
    hashes.push(`sha256-${createHash('sha256').update(m[2], 'utf8').digest('base64')}`);
  }
  return hashes;
}

export function registerSecurityHeaders(app: FastifyInstance): void {
  app.addHook('onRequest', async (_req, reply) => {
    reply.header('x-content-type-options', 'nosniff').header('referrer-policy', 'no-referrer').header('content-security-policy', DATA_POLICY);
  });
  app.addHook('onSend', async (_req, reply, payload) => {
    if (!String(reply.getHeader('content-type') ?? '').startsWith('text/html')) return payload;
    // Static pages arrive as streams and have no inline scripts; generated pages arrive as strings.
    const html = typeof payload === 'string' ? payload : Buffer.isBuffer(payload) ? payload.toString('utf8') : '';
    reply.header('content-security-policy', pagePolicy(inlineScriptHashes(html)));
    return payload;
  });
}
