import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { startTestServer, type TestServer } from '@conversations-kit/server/testing';
import { ALL_CHECKS, formatResult, runConformance, type ConformanceReport } from '../src/index.ts';

const BIN = fileURLToPath(new URL('../bin/conformance.mjs', import.meta.url));

/** Runs the CLI without blocking this process's event loop (the server under test lives here). */
function cli(args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args]);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d));
    child.stderr.on('data', (d: Buffer) => (stderr += d));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

function failures(report: ConformanceReport, allowedSkips: string[] = []): string {
  return report.results
    .filter((r) => r.status === 'fail' || (r.status === 'skip' && !allowedSkips.includes(r.id)))
    .map(formatResult)
    .join('\n');
}

describe('the reference server passes the conformance kit', () => {
  let server: TestServer;
  let report: ConformanceReport;

  before(async () => {
    server = await startTestServer({ count: 1000, fullTextSearch: true });
    report = await runConformance({
      baseUrl: server.baseUrl,
      token: server.tokens.analyst,
      privilegedToken: server.tokens.admin,
      unprivilegedToken: server.tokens.viewer,
    });
  });
  after(() => server?.close());

  it('runs every check', () => {
    assert.deepEqual(report.results.map((r) => r.id), ALL_CHECKS.map((c) => c.id));
  });

  // One test per check, so a failure names the check and says why.
  for (const c of ALL_CHECKS) {
    it(`${c.id}: ${c.title}`, () => {
      const result = report.results.find((r) => r.id === c.id)!;
      if (c.id === 'search.id-only') {
        assert.equal(result.status, 'skip', 'full-text search is on for this run');
        return;
      }
      // On the reference server nothing may be skipped: a skip means missing seed data or a missing feature.
      assert.equal(result.status, 'pass', formatResult(result));
    });
  }
});

describe('a backend without full-text search', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer({ count: 200, fullTextSearch: false });
  });
  after(() => server?.close());

  it('offers ID search only and says search_unavailable otherwise', async () => {
    const report = await runConformance({ baseUrl: server.baseUrl, token: server.tokens.admin, only: ['search.', 'capabilities.shape'] });
    const byId = Object.fromEntries(report.results.map((r) => [r.id, r]));
    assert.equal(byId['search.id-only']!.status, 'pass', formatResult(byId['search.id-only']!));
    assert.equal(byId['search.id']!.status, 'pass', formatResult(byId['search.id']!));
    assert.equal(byId['search.tiers']!.status, 'skip');
    assert.equal(report.failed, 0, failures(report, Object.keys(byId)));
  });
});

describe('the CLI', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer({ count: 200 });
  });
  after(() => server?.close());

  it('prints a line per check and exits 0 when they pass', async () => {
    const run = await cli(['--base-url', server.baseUrl, '--token', server.tokens.admin, '--only', 'capabilities.shape,errors.unauthorized']);
    assert.equal(run.status, 0, run.stdout + run.stderr);
    assert.match(run.stdout, /^PASS capabilities\.shape/m);
    assert.match(run.stdout, /^PASS errors\.unauthorized/m);
    assert.ok(!run.stdout.includes(server.tokens.admin), 'the token must not be printed');
  });

  it('exits non-zero when a check fails, and 2 on bad arguments', async () => {
    const wrong = await cli(['--base-url', server.baseUrl, '--token', 'not-a-real-token', '--only', 'capabilities.shape']);
    assert.equal(wrong.status, 1, wrong.stdout + wrong.stderr);
    assert.match(wrong.stdout, /^FAIL capabilities\.shape/m);
    const bad = await cli(['--token', 'x']);
    assert.equal(bad.status, 2);
  });
});
