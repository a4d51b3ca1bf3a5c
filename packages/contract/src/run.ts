import { ALL_CHECKS } from './checks/index.js';
import { CheckContext } from './context.js';
import { Contract } from './contract.js';
import { ContractHttp } from './http.js';
import { CheckSkip, type CheckResult, type ConformanceOptions, type ConformanceReport } from './types.js';

/** Runs every check against a backend and reports pass / fail / skip per check. */
let shared: Contract | undefined;

export async function runConformance(options: ConformanceOptions): Promise<ConformanceReport> {
  // Parsing the contract and compiling its schemas is the costly part of a short run: once per process.
  const contract = (shared ??= new Contract());
  const http = new ContractHttp(contract, options.baseUrl, options.fetch ?? globalThis.fetch, options.timeoutMs ?? 15_000);
  const ctx = new CheckContext(contract, http, {
    any: options.token,
    privileged: options.privilegedToken ?? options.token,
    unprivileged: options.unprivilegedToken ?? null,
  });
  const selected = ALL_CHECKS.filter((c) => !options.only?.length || options.only.some((prefix) => c.id.startsWith(prefix)));
  const results: CheckResult[] = [];
  for (const c of selected) {
    const started = Date.now();
    let result: CheckResult;
    try {
      await c.run(ctx);
      result = { id: c.id, title: c.title, status: 'pass', durationMs: Date.now() - started };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      result = { id: c.id, title: c.title, status: error instanceof CheckSkip ? 'skip' : 'fail', message: redact(message, options), durationMs: Date.now() - started };
    }
    results.push(result);
    options.onResult?.(result);
  }
  const count = (s: CheckResult['status']) => results.filter((r) => r.status === s).length;
  return { results, passed: count('pass'), failed: count('fail'), skipped: count('skip'), ok: count('fail') === 0 };
}

/** Tokens must not end up in CI logs, even if a backend echoes them. */
function redact(text: string, options: ConformanceOptions): string {
  let out = text;
  for (const t of [options.token, options.privilegedToken, options.unprivilegedToken]) if (t) out = out.split(t).join('[REDACTED]');
  return out;
}

export function formatResult(result: CheckResult): string {
  const label = { pass: 'PASS', fail: 'FAIL', skip: 'SKIP' }[result.status];
  return `${label} ${result.id} — ${result.title}${result.message ? `\n     ${result.message}` : ''}`;
}
