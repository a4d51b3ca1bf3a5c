// A backend that stops counting (`totalIsLowerBound`): the count reads "at least N" and the list
// still pages past N, like a list without a count.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { until } from '../test-support/backend.js';
import './conversations-table.define.js';
import type { ConversationsTable } from './conversations-table.js';
import { createMemoryClient } from './testing/memory-client.js';
import { loaded, row, shadow } from './testing/table-helpers.js';

/** The in-memory backend with 400 conversations that says "at least 100" on every list page. */
function boundedClient() {
  const base = createMemoryClient({ count: 400 });
  const conversations = new Proxy(base.conversations, {
    get(target, prop, receiver) {
      if (prop === 'list') {
        return (...args: Parameters<typeof target.list>) =>
          Promise.resolve(target.list(...args)).then((page) => ({ ...page, total: 100, totalIsLowerBound: true }));
      }
      const value = Reflect.get(target, prop, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  return new Proxy(base, { get: (target, prop, receiver) => (prop === 'conversations' ? conversations : Reflect.get(target, prop, receiver)) });
}

describe('<conversations-table> with a bounded total', () => {
  it('reports the count as a lower bound and scrolls past it', async () => {
    const el = document.createElement('conversations-table') as ConversationsTable;
    el.style.height = '600px';
    el.noLive = true;
    el.client = boundedClient() as never;
    const results = oneEvent(el, 'results-change');
    await fixture(html`<div>${el}</div>`);
    const { detail } = await results;
    expect(detail.total).to.be.at.least(100);
    expect(detail.exact).to.equal(false);
    expect(detail.lowerBound).to.equal(true);

    await loaded(el);
    const scroller = shadow(el).querySelector<HTMLElement>('.scroller')!;
    await until(() => {
      scroller.scrollTop = scroller.scrollHeight;
      return row(el, 150) !== null;
    }, 'a row past the lower bound');
    expect(row(el, 150)).to.not.equal(null);
  });
});
