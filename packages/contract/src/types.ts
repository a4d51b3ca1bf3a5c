export type CheckStatus = 'pass' | 'fail' | 'skip';

export interface CheckResult {
  id: string;
  title: string;
  status: CheckStatus;
  /** Why it failed or was skipped. */
  message?: string;
  durationMs: number;
}

export interface ConformanceOptions {
  /** The backend's base URL (paths start with /v1). */
  baseUrl: string;
  /** Token of any valid user. */
  token: string;
  /** A user holding every permission (default: `token`). Needed for permission-gated checks. */
  privilegedToken?: string;
  /** A user lacking permissions (e.g. a viewer). Without it, permission-denial and PII checks are skipped. */
  unprivilegedToken?: string;
  fetch?: typeof globalThis.fetch;
  /** Per-request timeout in ms. Default 15000. */
  timeoutMs?: number;
  /** Run only checks whose id starts with one of these. */
  only?: string[];
  /** Called as each check finishes (the CLI prints from here). */
  onResult?(result: CheckResult): void;
}

export interface ConformanceReport {
  results: CheckResult[];
  passed: number;
  failed: number;
  skipped: number;
  /** True when no check failed. */
  ok: boolean;
}

export class CheckFailure extends Error {
  override name = 'CheckFailure';
}

export class CheckSkip extends Error {
  override name = 'CheckSkip';
}

export function check(condition: unknown, message: string): asserts condition {
  if (!condition) throw new CheckFailure(message);
}

export function skip(reason: string): never {
  throw new CheckSkip(reason);
}
