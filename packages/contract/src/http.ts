import type { Contract } from './contract.js';
import { check, CheckFailure } from './types.js';

type QueryValue = string | number | boolean | undefined | null | readonly (string | number)[];

export interface CallSpec {
  /** operationId from the contract. */
  op: string;
  params?: Record<string, string>;
  query?: Record<string, QueryValue>;
  headers?: Record<string, string>;
  json?: unknown;
  /** Bearer token; `null` sends none. */
  token: string | null;
}

export interface CallResult {
  op: string;
  method: string;
  url: string;
  status: number;
  headers: Headers;
  contentType: string;
  bytes: Uint8Array;
  text: string;
  /** Parsed when the body is JSON, else undefined. */
  json: unknown;
}

/** An ISO-8601 date-time that is not in UTC `Z` form (an offset such as `+00:00` or none at all). */
const NON_UTC_TIME = /"(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:[+-]\d{2}:?\d{2})?)"/g;

/** Sends contract operations and checks answers against the contract's schemas. */
export class ContractHttp {
  /**
   * Rules every answer must follow, whichever check sent the request: collected here and reported by
   * the `http.every-answer` check at the end, so a violation on any operation is caught.
   */
  readonly violations: string[] = [];

  constructor(
    private readonly contract: Contract,
    private readonly baseUrl: string,
    private readonly fetchImpl: typeof globalThis.fetch,
    private readonly timeoutMs: number,
  ) {}

  url(path: string, query?: Record<string, QueryValue>): string {
    const params = new URLSearchParams();
    for (const [k, v] of Object.entries(query ?? {})) {
      if (v === undefined || v === null) continue;
      if (Array.isArray(v)) for (const item of v) params.append(k, String(item));
      else params.append(k, String(v));
    }
    const qs = params.toString();
    return this.baseUrl.replace(/\/+$/, '') + path + (qs ? `?${qs}` : '');
  }

  async raw(method: string, path: string, init: { token: string | null; headers?: Record<string, string>; body?: string; query?: Record<string, QueryValue>; signal?: AbortSignal }): Promise<Response> {
    const headers: Record<string, string> = { ...init.headers };
    if (init.token) headers.authorization = `Bearer ${init.token}`;
    if (init.body !== undefined) headers['content-type'] ??= 'application/json';
    return this.fetchImpl(this.url(path, init.query), {
      method,
      headers,
      body: init.body,
      signal: init.signal ?? AbortSignal.timeout(this.timeoutMs),
    });
  }

  async call(spec: CallSpec): Promise<CallResult> {
    const op = this.contract.operation(spec.op);
    const path = op.path.replace(/\{(\w+)\}/g, (_, name: string) => {
      const value = spec.params?.[name];
      if (value === undefined) throw new Error(`${spec.op}: missing path parameter ${name}`);
      return encodeURIComponent(value);
    });
    const response = await this.raw(op.method, path, {
      token: spec.token,
      headers: spec.headers,
      body: spec.json === undefined ? undefined : JSON.stringify(spec.json),
      query: spec.query,
    });
    const bytes = new Uint8Array(await response.arrayBuffer());
    const text = new TextDecoder().decode(bytes);
    const contentType = response.headers.get('content-type') ?? '';
    let json: unknown;
    if (/json/i.test(contentType)) {
      try {
        json = JSON.parse(text);
      } catch {
        json = undefined;
      }
    }
    const result = { op: spec.op, method: op.method, url: response.url, status: response.status, headers: response.headers, contentType, bytes, text, json };
    this.observe(result);
    return result;
  }

  /** Records violations of the rules for every answer (x-request-id, UTC `Z` timestamps, error bodies). */
  observe(result: Pick<CallResult, 'method' | 'url' | 'status' | 'headers' | 'contentType' | 'text' | 'json'>): void {
    const where = `${result.method} ${pathOf(result.url)} (${result.status})`;
    if (this.violations.length > 50) return;
    if (!result.headers.get('x-request-id')) this.violations.push(`${where}: no x-request-id header`);
    if (result.json !== undefined) {
      for (const m of result.text.matchAll(NON_UTC_TIME)) {
        if (!m[1]!.endsWith('Z')) this.violations.push(`${where}: timestamp "${m[1]}" is not UTC with Z`);
      }
    }
    if (result.status >= 400) {
      const problems = this.contract.problems('ErrorBody', result.json);
      if (problems.length) this.violations.push(`${where}: error answer is not ErrorBody (${result.contentType}): ${problems.join('; ')}`);
    }
  }

  /** Asserts the status and that the JSON body matches the contract's schema for it. */
  expectOk(result: CallResult, status = 200): unknown {
    const op = this.contract.operation(result.op);
    if (result.status !== status) {
      throw new CheckFailure(`${result.method} ${pathOf(result.url)} answered ${result.status}, expected ${status}${describeError(result)}`);
    }
    const schema = op.responses[String(status)];
    if (schema) {
      check(result.json !== undefined, `${result.method} ${pathOf(result.url)}: body is not JSON (content-type "${result.contentType}")`);
      const problems = this.contract.problems(schema, result.json);
      check(problems.length === 0, `${result.method} ${pathOf(result.url)}: response does not match the contract: ${problems.join('; ')}`);
    }
    return result.json;
  }

  /** Asserts status, `ErrorBody` shape, the code, and that `requestId` equals the `x-request-id` header. */
  expectError(result: CallResult, status: number, code?: string): { code: string; message: string; requestId: string; details?: Record<string, unknown> } {
    const where = `${result.method} ${pathOf(result.url)}`;
    check(result.status === status, `${where} answered ${result.status}, expected ${status}${code ? ` ${code}` : ''}${describeError(result)}`);
    check(/json/i.test(result.contentType), `${where}: error body is not JSON (content-type "${result.contentType}")`);
    const problems = this.contract.problems('ErrorBody', result.json);
    check(problems.length === 0, `${where}: error body does not match ErrorBody: ${problems.join('; ')}`);
    const error = (result.json as { error: { code: string; message: string; requestId: string; details?: Record<string, unknown> } }).error;
    if (code) check(error.code === code, `${where}: error code "${error.code}", expected "${code}"`);
    // The operation's own answer for this status types `details` per code (e.g. ValidationErrorBody).
    const typed = this.contract.operations.get(result.op)?.responses[String(status)];
    if (typed) {
      const typedProblems = this.contract.problems(typed, result.json);
      check(typedProblems.length === 0, `${where}: error body does not match the contract's ${status} answer: ${typedProblems.join('; ')}`);
    }
    const header = result.headers.get('x-request-id');
    check(header, `${where}: no x-request-id header`);
    check(header === error.requestId, `${where}: error.requestId "${error.requestId}" differs from x-request-id "${header}"`);
    return error;
  }
}

export function pathOf(url: string): string {
  try {
    const u = new URL(url);
    return u.pathname + u.search;
  } catch {
    return url;
  }
}

function describeError(result: CallResult): string {
  const error = (result.json as { error?: { code?: string; message?: string } } | undefined)?.error;
  if (error?.code) return ` (${error.code}: ${error.message ?? ''})`;
  return result.text && result.text.length < 200 ? ` (${result.text})` : '';
}
