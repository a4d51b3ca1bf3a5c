import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { formatResult, runConformance } from '@conversations-kit/contract';
import { ALTERNATIVE_BACKEND, startTestServer, type TestServer } from '../src/testing.js';

// The variant element tests run against: it differs wherever the contract lets backends differ.
describe('the alternative test backend', () => {
  let server: TestServer;
  const get = async (path: string) => {
    const res = await fetch(server.baseUrl + path, { headers: { authorization: `Bearer ${server.tokens.admin}` } });
    assert.equal(res.status, 200, path);
    return (await res.json()) as Record<string, unknown>;
  };
  before(async () => {
    server = await startTestServer({ ...ALTERNATIVE_BACKEND, count: 200 });
  });
  after(() => server?.close());

  it('advertises 10 transcripts per export and refuses 11', async () => {
    const caps = (await get('/v1/capabilities')) as { features: { maxTranscriptExport: number } };
    assert.equal(caps.features.maxTranscriptExport, 10);
    const ids = ((await get('/v1/conversations?limit=11')) as { items: { id: string }[] }).items.map((c) => c.id);
    const res = await fetch(`${server.baseUrl}/v1/exports/transcripts`, {
      method: 'POST',
      headers: { authorization: `Bearer ${server.tokens.admin}`, 'content-type': 'application/json' },
      body: JSON.stringify({ ids }),
    });
    assert.equal(res.status, 400);
    assert.equal(((await res.json()) as { error: { code: string } }).error.code, 'export_limit_exceeded');
  });

  it('passes the conformance checks its differences touch (the kit hard-codes none of the reference values)', async () => {
    const report = await runConformance({
      baseUrl: server.baseUrl,
      token: server.tokens.analyst,
      privilegedToken: server.tokens.admin,
      unprivilegedToken: server.tokens.viewer,
      only: ['capabilities', 'catalogue', 'conversations.list', 'conversations.pagination', 'conversations.filters', 'exports.', 'pagination.', 'http.every-answer'],
    });
    const failed = report.results.filter((r) => r.status === 'fail');
    assert.equal(failed.length, 0, failed.map(formatResult).join('\n'));
    assert.equal(report.results.find((r) => r.id === 'exports.limit')?.status, 'pass');
  });

  it('omits total from list answers', async () => {
    const page = await get('/v1/conversations?limit=5');
    assert.equal('total' in page, false);
  });

  it('serves a SmartStatus outside the documented examples', async () => {
    const page = (await get('/v1/conversations?smartStatus=Callback%20scheduled&limit=5')) as { items: { smartStatus: string }[] };
    assert.ok(page.items.length > 0);
    assert.ok(page.items.every((c) => c.smartStatus === 'Callback scheduled'));
    const old = (await get('/v1/conversations?smartStatus=Escalated&limit=5')) as { items: unknown[] };
    assert.equal(old.items.length, 0);
    const { smartStatuses } = (await get('/v1/catalogue')) as { smartStatuses: string[] };
    assert.ok(smartStatuses.includes('Callback scheduled') && !smartStatuses.includes('Escalated'), smartStatuses.join());
  });
});
