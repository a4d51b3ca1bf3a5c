import assert from 'node:assert/strict';
import { test } from 'node:test';
// The contract package exports its built dist; tests run its TypeScript source directly.
import { formatResult, runConformance, type ConformanceReport } from '@conversations-kit/contract';
import { startTestServer, type TestServer } from '../src/testing.js';

async function conformance(server: TestServer, only?: string[]): Promise<ConformanceReport> {
  return runConformance({
    baseUrl: server.baseUrl,
    token: server.tokens.analyst,
    privilegedToken: server.tokens.admin,
    unprivilegedToken: server.tokens.viewer,
    only,
  });
}

function problems(report: ConformanceReport, allowedSkips: string[]): string {
  return report.results.filter((r) => r.status === 'fail' || (r.status === 'skip' && !allowedSkips.includes(r.id))).map(formatResult).join('\n');
}

test('the reference server passes every conformance check', async () => {
  const server = await startTestServer();
  try {
    const report = await conformance(server);
    // search.id-only only applies when full-text search is off (next test).
    assert.equal(problems(report, ['search.id-only']), '');
    assert.ok(report.passed >= 30, `only ${report.passed} checks passed`);
  } finally {
    await server.close();
  }
});

test('with full-text search off, the search checks pass in ID-only mode', async () => {
  const server = await startTestServer({ fullTextSearch: false });
  try {
    const report = await conformance(server, ['capabilities', 'search']);
    const full = ['search.shape', 'search.tiers', 'search.ranking', 'search.partial', 'search.stop-words', 'search.sort-and-filters', 'search.notes', 'search.planted-tiers'];
    assert.equal(problems(report, full), '');
    assert.equal(report.results.find((r) => r.id === 'search.id-only')?.status, 'pass');
    assert.equal(report.results.find((r) => r.id === 'search.id')?.status, 'pass');
  } finally {
    await server.close();
  }
});
