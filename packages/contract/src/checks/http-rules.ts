import { check, skip } from '../types.js';
import type { Check } from './check.js';

export const httpRuleChecks: Check[] = [
  {
    id: 'http.method-not-allowed',
    title: 'A wrong method on a known path answers 405 method_not_allowed with Allow and ErrorBody',
    async run(ctx) {
      for (const [method, path] of [['DELETE', '/v1/conversations'], ['PUT', '/v1/capabilities'], ['PATCH', '/v1/queues']] as const) {
        const res = await ctx.http.raw(method, path, { token: ctx.tokens.privileged });
        const text = await res.text();
        const result = { op: 'listConversations', method, url: res.url, status: res.status, headers: res.headers, contentType: res.headers.get('content-type') ?? '', bytes: new Uint8Array(), text, json: safeJson(text) };
        ctx.http.observe(result);
        check(res.status === 405, `${method} ${path} answered ${res.status}, expected 405`);
        const body = result.json as { error?: { code?: string } } | undefined;
        check(body?.error?.code === 'method_not_allowed', `${method} ${path}: error code ${body?.error?.code}, expected method_not_allowed`);
        check(ctx.contract.problems('ErrorBody', body).length === 0, `${method} ${path}: the 405 body is not ErrorBody`);
        check(/GET/.test(res.headers.get('allow') ?? ''), `${method} ${path}: no Allow header naming GET`);
      }
    },
  },
  {
    id: 'http.unsupported-media-type',
    title: 'A JSON operation sent another content type answers 415 unsupported_media_type',
    async run(ctx) {
      await ctx.needPermissions('filters.manage');
      const res = await ctx.http.raw('POST', '/v1/filters', { token: ctx.tokens.privileged, headers: { 'content-type': 'text/plain' }, body: 'name=x' });
      const text = await res.text();
      const result = { op: 'createFilter', method: 'POST', url: res.url, status: res.status, headers: res.headers, contentType: res.headers.get('content-type') ?? '', bytes: new Uint8Array(), text, json: safeJson(text) };
      ctx.http.observe(result);
      ctx.http.expectError(result, 415, 'unsupported_media_type');
    },
  },
  {
    id: 'http.suffix-range',
    title: 'Audio honours suffix ranges (bytes=-500) and open ranges (bytes=N-) with exact bytes',
    async run(ctx) {
      const c = await ctx.voiceWithRecording();
      const status = ctx.http.expectOk(await ctx.call({ op: 'getRecording', params: { id: c.id } })) as { state: string };
      if (status.state !== 'available') skip(`recording of ${c.id} is ${status.state}`);
      const first = await ctx.call({ op: 'getRecordingAudio', params: { id: c.id }, headers: { range: 'bytes=0-0' } });
      check(first.status === 206, `Range: bytes=0-0 answered ${first.status}`);
      const size = Number(/\/(\d+)$/.exec(first.headers.get('content-range') ?? '')?.[1]);
      check(size > 600, `Content-Range "${first.headers.get('content-range')}" gives no usable size`);
      const last = await ctx.call({ op: 'getRecordingAudio', params: { id: c.id }, headers: { range: `bytes=${size - 500}-${size - 1}` } });
      const tail = await ctx.call({ op: 'getRecordingAudio', params: { id: c.id }, headers: { range: 'bytes=-500' } });
      check(tail.status === 206, `Range: bytes=-500 answered ${tail.status}`);
      check(tail.bytes.length === 500, `bytes=-500 gave ${tail.bytes.length} bytes`);
      check(tail.headers.get('content-range') === `bytes ${size - 500}-${size - 1}/${size}`, `bytes=-500: Content-Range "${tail.headers.get('content-range')}"`);
      check(Buffer.from(tail.bytes).equals(Buffer.from(last.bytes)), 'bytes=-500 are not the last 500 bytes');
      const open = await ctx.call({ op: 'getRecordingAudio', params: { id: c.id }, headers: { range: `bytes=${size - 100}-` } });
      check(open.status === 206 && open.bytes.length === 100, `bytes=${size - 100}- gave ${open.status} with ${open.bytes.length} bytes`);
    },
  },
  {
    id: 'http.rate-limit-headers',
    title: 'Answers carry RateLimit-Limit, RateLimit-Remaining (counting down) and RateLimit-Reset',
    async run(ctx) {
      const seen: number[] = [];
      for (let i = 0; i < 3; i++) {
        const res = await ctx.call({ op: 'listQueues' });
        ctx.http.expectOk(res);
        const [limit, remaining, reset] = ['ratelimit-limit', 'ratelimit-remaining', 'ratelimit-reset'].map((h) => res.headers.get(h));
        check(limit && remaining && reset, `GET /v1/queues lacks RateLimit headers (limit ${limit}, remaining ${remaining}, reset ${reset})`);
        check(Number(remaining) <= Number(limit) && Number(reset) >= 0, `RateLimit-Remaining ${remaining} / Limit ${limit} / Reset ${reset} are inconsistent`);
        seen.push(Number(remaining));
      }
      check(seen[2]! < seen[0]! || seen[2]! > seen[1]!, `RateLimit-Remaining did not count down: ${seen.join(', ')}`);
    },
  },
];

/** Runs last: rules every answer of the run had to follow (x-request-id, UTC timestamps, error bodies). */
export const everyAnswerCheck: Check = {
  id: 'http.every-answer',
  title: 'Every answer of this run carried x-request-id, UTC "Z" timestamps, and ErrorBody on failures',
  async run(ctx) {
    check(ctx.http.violations.length === 0, [...new Set(ctx.http.violations)].slice(0, 8).join(' | '));
  },
};

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
