import { expect } from '@open-wc/testing';
import { createMessages } from '../../i18n/messages.js';
import { textSegments } from './text-segments.js';
import { findMatches } from './transcript-search.js';
import { itemNearest, itemPlayingAt } from './media-sync.js';
import { mergeItems } from './merge-items.js';
import { message } from '../test-support/fixtures.js';
import { eventsExpired } from '../events/retention.js';

const t = createMessages();

describe('transcript helpers', () => {
  it('splits text at redaction and highlight boundaries, clamping bad offsets', () => {
    const segments = textSegments('Card ████ ok', [{ start: 5, end: 9, entity: 'credit_card' }], [{ start: 0, end: 7, current: true }]);
    expect(segments.map((s) => [s.text, s.redaction, s.redactionStart, s.highlight])).to.deep.equal([
      ['Card ', null, false, 'current'],
      ['██', 'credit_card', true, 'current'],
      ['██', 'credit_card', false, null],
      [' ok', null, false, null],
    ]);
    expect(textSegments('abc', [{ start: 2, end: 99, entity: 'x' }, { start: -5, end: 0, entity: 'y' }]).map((s) => s.text)).to.deep.equal(['ab', 'c']);
  });

  it('finds case-insensitive matches in reading order, with regex characters taken literally', () => {
    const items = [message('c', 1, 'customer', 'Price is $5.00 (five)'), message('c', 2, 'ai_agent', 'PRICE? price.')];
    expect(findMatches(items, 'price', t).map((m) => [m.item, m.start])).to.deep.equal([[0, 0], [1, 0], [1, 7]]);
    expect(findMatches(items, '$5.00 (', t)).to.have.length(1);
    expect(findMatches(items, '  ', t)).to.have.length(0);
  });

  it('finds the turn playing at a time, and nothing between turns', () => {
    const items = [message('c', 1, 'customer', 'a', { offset: 0, duration: 2 }), message('c', 2, 'ai_agent', 'b', { offset: 3, duration: 2 }), message('c', 3, 'customer', 'c', { offset: null })];
    expect(itemPlayingAt(items, 1)).to.equal(0);
    expect(itemPlayingAt(items, 2.5)).to.equal(-1);
    expect(itemPlayingAt(items, 4.99)).to.equal(1);
    expect(itemNearest(items, 2.5)).to.equal(0);
    expect(itemNearest(items, 99)).to.equal(1);
  });

  it('merges pages and live items without duplicates, in seq order', () => {
    const a = [message('c', 1, 'customer', 'a'), message('c', 2, 'customer', 'b')];
    expect(mergeItems(a, [a[1]!])).to.equal(a);
    const merged = mergeItems(a, [message('c', 4, 'customer', 'd'), message('c', 3, 'customer', 'c')]);
    expect(merged.map((i) => i.seq)).to.deep.equal([1, 2, 3, 4]);
  });

  it('knows when events are past the retention window', () => {
    const now = Date.parse('2026-11-25T12:00:00Z');
    expect(eventsExpired('2026-10-25T11:00:00Z', 30, now)).to.be.true;
    expect(eventsExpired('2026-10-27T12:00:00Z', 30, now)).to.be.false;
    expect(eventsExpired(null, 30, now)).to.be.false;
  });
});
