/**
 * The conformance kit's own test: a proxy in front of one reference server breaks one rule at a
 * time, and the kit must notice every mutant (and pass when nothing is broken).
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestServer, type TestServer } from '@conversations-kit/server/testing';
import { formatResult, runConformance } from '../src/index.ts';
import { startMutatingProxy, type MutatingProxy } from './mutants/mutating-proxy.ts';
import { MUTANTS } from './mutants/mutants.ts';

let server: TestServer;
let proxy: MutatingProxy;

before(async () => {
  server = await startTestServer({ count: 1000, fullTextSearch: true });
  proxy = await startMutatingProxy(server.baseUrl, server.tokens);
  // Render the recording the media checks use once, before any check's timeout runs.
  await runConformance({ baseUrl: server.baseUrl, token: server.tokens.admin, only: ['recordings.peaks-and-range'], timeoutMs: 120_000 });
});
after(async () => {
  await proxy?.close();
  await server?.close();
});

const run = (only: string[]) =>
  runConformance({ baseUrl: proxy.baseUrl, token: server.tokens.analyst, privilegedToken: server.tokens.admin, unprivilegedToken: server.tokens.viewer, only, timeoutMs: 20_000 });

describe('the conformance kit kills every mutant', () => {
  it('passes every targeted check when the proxy breaks nothing', async () => {
    proxy.mutant = null;
    const report = await run([...new Set(MUTANTS.flatMap((m) => m.checks))]);
    const bad = report.results.filter((r) => r.status !== 'pass');
    assert.equal(bad.length, 0, bad.map(formatResult).join('\n'));
  });

  for (const mutant of MUTANTS) {
    it(`${mutant.name}: ${mutant.breaks}`, async () => {
      proxy.mutant = mutant;
      try {
        const report = await run(mutant.checks);
        assert.ok(report.results.length > 0, `no check matched ${mutant.checks.join(', ')}`);
        const killed = report.results.filter((r) => r.status === 'fail');
        assert.ok(killed.length > 0, `the mutant survived: ${report.results.map(formatResult).join('\n')}`);
      } finally {
        proxy.mutant = null;
      }
    });
  }
});
