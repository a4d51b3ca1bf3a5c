// Scaled scrolling and slot arithmetic: the pure model under <conversations-table>'s windowing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MAX_SCROLL_HEIGHT, clampOffset, geometry, offsetForIndex, offsetForScroll, scrollForOffset, slotIndex } from '../src/conversations-table/virtual-scroll.ts';

test('a list that fits scrolls 1:1', () => {
  const g = geometry(1000, 40, 800);
  assert.equal(g.scale, 1);
  assert.equal(g.spacerHeight, 40_000);
  assert.equal(offsetForScroll(g, 1234, 800), 1234);
});

test('ten million rows stay reachable under the element-height ceiling, and the last row is exact', () => {
  const rows = 10_000_000;
  const g = geometry(rows, 40, 800);
  assert.ok(g.spacerHeight <= MAX_SCROLL_HEIGHT);
  assert.ok(g.scale > 1);
  // The bottom of the scroll range shows the last row's bottom at the viewport's bottom.
  const bottom = offsetForScroll(g, g.spacerHeight - 800, 800);
  assert.equal(Math.round(bottom), rows * 40 - 800);
  // scrollToIndex: an offset maps to a scroll position and back without drift.
  const offset = offsetForIndex(6_543_210, 40, 0, 800, 'start');
  assert.equal(offset, 6_543_210 * 40);
  assert.ok(Math.abs(offsetForScroll(g, scrollForOffset(g, offset), 800) - offset) < 1e-6);
});

test('offsets are clamped to the content', () => {
  const g = geometry(10, 40, 800);
  assert.equal(clampOffset(g, -5, 800), 0);
  assert.equal(clampOffset(g, 10_000, 800), 0);
  const h = geometry(100, 40, 800);
  assert.equal(clampOffset(h, 10_000, 800), 3200);
});

test('nearest alignment moves as little as possible', () => {
  assert.equal(offsetForIndex(5, 40, 0, 800, 'nearest'), 0);
  assert.equal(offsetForIndex(30, 40, 0, 800, 'nearest'), 31 * 40 - 800);
  assert.equal(offsetForIndex(2, 40, 400, 800, 'nearest'), 80);
  assert.equal(offsetForIndex(10, 40, 0, 800, 'center'), 400 - 380);
});

test('a row keeps its slot while the range moves, and every slot shows one row of the range', () => {
  const slots = 24;
  for (const from of [0, 7, 23, 24, 999_977]) {
    const shown = Array.from({ length: slots }, (_, s) => slotIndex(s, from, slots));
    assert.deepEqual([...shown].sort((a, b) => a - b), Array.from({ length: slots }, (_, k) => from + k));
    shown.forEach((i, s) => assert.equal(i % slots, s));
  }
  // Row 30 is in both ranges and in the same slot.
  assert.equal(slotIndex(30 % slots, 20, slots), 30);
  assert.equal(slotIndex(30 % slots, 28, slots), 30);
});
