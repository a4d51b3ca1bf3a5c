import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { unzipSync } from 'fflate';
import { startTestServer, type TestServer } from '../src/testing.js';
import { call, get } from './helpers.js';
import { csvCell } from '../src/http/csv.js';

let server: TestServer;
before(async () => {
  server = await startTestServer();
});
after(() => server.close());

test('CSV cells that a spreadsheet would run as formulas are neutralised', () => {
  assert.equal(csvCell('=HYPERLINK("http://evil","click")'), `"'=HYPERLINK(""http://evil"",""click"")"`);
  assert.equal(csvCell('+1 555'), "'+1 555");
  assert.equal(csvCell('-2+3'), "'-2+3");
  assert.equal(csvCell('@SUM(A1)'), "'@SUM(A1)");
  assert.equal(csvCell('plain, with comma'), '"plain, with comma"');
  assert.equal(csvCell(42), '42');
  assert.equal(csvCell(null), '');
});

test('conversation export streams every match of a query, PII obscured without pii.view', async () => {
  const count = (await get(server, 'admin', '/v1/conversations?channel=email&limit=1')).body.total;
  const res = await call(server, 'analyst', 'POST', '/v1/exports/conversations', { json: { query: { channel: ['email'] } } });
  assert.equal(res.status, 200);
  assert.match(res.headers.get('content-type')!, /text\/csv/);
  assert.match(res.headers.get('content-disposition')!, /conversations-\d{4}-\d{2}-\d{2}-\d{2}-\d{2}-\d{2}\.csv/);
  const lines = res.text.trim().split('\r\n');
  assert.equal(lines.length, count + 1);
  const header = lines[0].split(',');
  const emailColumn = header.indexOf('customerEmail');
  for (const line of lines.slice(1, 30)) assert.equal(line.split(',')[emailColumn], '');
  const both = await call(server, 'admin', 'POST', '/v1/exports/conversations', { json: { ids: ['conv_000001'], query: {} } });
  assert.equal(both.status, 400);
});

test('transcript export: a zip named per spec, one file per conversation, blank when there is no transcript, at most 25', async () => {
  const rows = (await get(server, 'admin', '/v1/conversations?limit=3')).body.items.map((c: any) => c.id);
  const ids = [...rows, 'conv_999999'];
  const res = await call(server, 'supervisor', 'POST', '/v1/exports/transcripts', { json: { ids } });
  assert.equal(res.status, 200);
  assert.equal(res.headers.get('content-type'), 'application/zip');
  assert.match(res.headers.get('content-disposition')!, /filename="transcripts-\d{4}-\d{2}-\d{2}-\d{2}-\d{2}-\d{2}\.zip"/);
  const files = unzipSync(res.bytes);
  assert.deepEqual(Object.keys(files).sort(), ids.map((id) => `${id}.csv`).sort());
  assert.equal(files['conv_999999.csv'].length, 0);
  const first = new TextDecoder().decode(files[`${rows[0]}.csv`]);
  assert.match(first, /^seq,at,offsetSeconds,kind,speaker,speakerName,text\r\n1,/);

  const tooMany = Array.from({ length: 26 }, (_x, i) => `conv_${String(i + 1).padStart(6, '0')}`);
  const over = await call(server, 'supervisor', 'POST', '/v1/exports/transcripts', { json: { ids: tooMany } });
  assert.equal(over.status, 400);
  assert.equal(over.body.error.code, 'export_limit_exceeded');
});

test('events export skips conversations older than the retention window', async () => {
  const recent = (await get(server, 'admin', '/v1/conversations?status=completed&limit=1')).body.items[0];
  const old = (await get(server, 'admin', `/v1/conversations?to=${new Date(server.seededAt - 40 * 86_400_000).toISOString()}&limit=1`)).body.items[0];
  const res = await call(server, 'analyst', 'POST', '/v1/exports/events', { json: { ids: [recent.id, old.id] } });
  assert.equal(res.status, 200);
  const lines = res.text.trim().split('\r\n');
  assert.equal(lines[0], 'conversationId,id,type,at,actor,details');
  assert.ok(lines.length > 2);
  assert.ok(lines.slice(1).every((l) => l.startsWith(`${recent.id},`)));
  const expired = await get(server, 'analyst', `/v1/conversations/${old.id}/events`);
  assert.equal(expired.status, 410);
  assert.equal(expired.body.error.code, 'events_expired');
});

test('transcripts hide customer PII without pii.view, also inside e-mail headers', async () => {
  const email = (await get(server, 'admin', '/v1/conversations?channel=email&status=completed&limit=1')).body.items[0];
  const full = await get(server, 'supervisor', `/v1/conversations/${email.id}/transcript`);
  const hidden = await get(server, 'analyst', `/v1/conversations/${email.id}/transcript`);
  const inbound = (t: any) => t.body.items.find((i: any) => i.kind === 'email' && i.direction === 'inbound');
  assert.match(inbound(full).from, /@/);
  assert.equal(inbound(hidden).from, null);
  const firstName = full.body.items.find((i: any) => i.kind === 'email' && i.direction === 'outbound').bodyText.split('\n')[0];
  assert.doesNotMatch(hidden.body.items.map((i: any) => i.bodyText ?? '').join('\n'), new RegExp(firstName.replace(/^\S+ /, '').replace(/,$/, '')));
});
