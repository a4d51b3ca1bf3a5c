// RowStore: the sparse, seekable window over a keyset-paginated list (pure, no DOM).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { RowStore, type FetchRequest, type SourcePage } from '../src/conversations-table/row-store.ts';

interface Row {
  id: string;
  t: number;
}

/** A newest-first list of `n` rows one second apart, with keyset cursors and `to` bounds, as the API pages it. */
function source(n: number, { total = true } = {}) {
  const calls: FetchRequest[] = [];
  const timeOf = (i: number) => 1_000_000_000 - i * 1000;
  const fetch = async (r: FetchRequest): Promise<SourcePage<Row>> => {
    calls.push(r);
    let lo = 0;
    if (r.bound?.to) lo = Math.max(0, Math.ceil((1_000_000_000 - Date.parse(r.bound.to)) / 1000 + 1e-9));
    if (r.reverse) return { items: [{ id: `r${n - 1}`, t: timeOf(n - 1) }], nextCursor: null, total: total ? n : undefined };
    const start = r.cursor ? Number(r.cursor) : lo;
    const end = Math.min(n, start + r.limit);
    const items = [];
    for (let i = start; i < end; i++) items.push({ id: `r${i}`, t: timeOf(i) });
    return { items, nextCursor: end < n ? String(end) : null, total: total ? n - lo : undefined };
  };
  return { fetch, calls };
}

const settle = () => new Promise((r) => setTimeout(r, 0));
async function until(check: () => boolean) {
  for (let i = 0; i < 200 && !check(); i++) await settle();
  assert.ok(check());
}

function store(n: number, options: { total?: boolean } = {}) {
  const src = source(n, options);
  const s = new RowStore<Row>({ fetch: src.fetch, idOf: (r) => r.id, timeOf: (r) => r.t, pageSize: 50, order: 'desc', onChange: () => {} });
  return { s, calls: src.calls };
}

test('loads the first page and knows the total', async () => {
  const { s } = store(1_000_000);
  await s.start();
  assert.equal(s.total, 1_000_000);
  assert.equal(s.get(0)?.id, 'r0');
  assert.equal(s.get(49)?.id, 'r49');
  assert.equal(s.get(50), undefined);
});

test('reaches row 600,000 of a million by seeking on start time, in a few requests', async () => {
  const { s, calls } = store(1_000_000);
  await s.start();
  s.ensure(600_000, 600_020);
  await until(() => s.get(600_020)?.id === 'r600020');
  assert.equal(s.get(600_000)?.id, 'r600000');
  assert.ok(calls.length <= 6, `${calls.length} requests`);
});

test('pages forward when the backend does not count', async () => {
  const { s } = store(120, { total: false });
  await s.start();
  assert.equal(s.totalKnown, false);
  assert.equal(s.total, 50);
  s.ensure(60, 100);
  await until(() => s.total === 120 && !s.hasMore);
});

test('prepend shifts every index; update replaces in place; remove closes the gap', async () => {
  const { s } = store(200);
  await s.start();
  assert.equal(s.prepend([{ id: 'new', t: 2e9 }]), 1);
  assert.equal(s.get(0)?.id, 'new');
  assert.equal(s.get(1)?.id, 'r0');
  assert.equal(s.total, 201);
  assert.equal(s.update({ id: 'r0', t: 5 }), 1);
  assert.equal(s.get(1)?.t, 5);
  assert.equal(s.remove('r0'), 1);
  assert.equal(s.get(1)?.id, 'r1');
  assert.equal(s.indexOf('r1'), 1);
  assert.equal(s.total, 200);
  assert.equal(s.remove('missing'), undefined);
  // Paging continues where the loaded run ends, after the removal.
  s.ensure(60, 80);
  await until(() => s.get(80) !== undefined);
  assert.equal(s.get(50)?.id, 'r50');
});
