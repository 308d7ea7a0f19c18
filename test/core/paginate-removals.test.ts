import { describe, expect, it } from 'vitest';
import type { Page } from '../../src/model';
import { paginate } from '../../src/paginate';
import { createRemovalFeed } from '../../src/removal-feed';

type Item = { id: string };

/**
 * An offset-paged list that really shifts: pages are cut from the list as it is when asked, as
 * DialNexa and sent.dm do. `remove` deletes and tells the walk, as a client's `delete` does.
 */
function shiftingList(total: number, options: { tellTotal?: boolean; answerAfterMs?: number } = {}) {
  let items: Item[] = Array.from({ length: total }, (_, i) => ({ id: `wh_${i + 1}` }));
  const feed = createRemovalFeed();
  const asked: number[] = [];
  const fetchPage = async (page: number, _signal: AbortSignal, pageSize = 10): Promise<Page<Item>> => {
    asked.push(page);
    const start = (page - 1) * pageSize;
    const slice = items.slice(start, start + pageSize);
    const current = items.length;
    if (options.answerAfterMs) await new Promise((resolve) => setTimeout(resolve, options.answerAfterMs));
    return { items: slice, page, pageSize, hasMore: start + pageSize < current, ...(options.tellTotal === false ? {} : { total: current }) };
  };
  const remove = async (id: string) => {
    items = items.filter((item) => item.id !== id);
    feed.announce(id);
  };
  return { fetchPage, remove, feed, asked, left: () => items.map((item) => item.id) };
}

describe('paginate: deletes through the same client while walking', () => {
  for (const tellTotal of [true, false]) {
    it(`deleting every item as it is yielded leaves none (${tellTotal ? 'total known, pages ahead' : 'no total'})`, async () => {
      const list = shiftingList(95, { tellTotal });
      const yielded: string[] = [];
      for await (const item of paginate({ fetchPage: list.fetchPage, idOf: (i) => i.id, removals: list.feed })) {
        yielded.push(item.id);
        await list.remove(item.id);
      }
      expect(list.left()).toEqual([]);
      expect(yielded).toHaveLength(95);
      expect(new Set(yielded).size).toBe(95);
    });
  }

  it('deleting every other item still yields each item once, none skipped', async () => {
    const list = shiftingList(53);
    const yielded: string[] = [];
    let n = 0;
    for await (const item of paginate({ fetchPage: list.fetchPage, idOf: (i) => i.id, removals: list.feed, concurrency: 3 })) {
      yielded.push(item.id);
      if (n++ % 2 === 0) await list.remove(item.id);
    }
    expect(yielded).toEqual(Array.from({ length: 53 }, (_, i) => `wh_${i + 1}`));
    expect(list.left()).toHaveLength(26);
  });

  it('deletes that finish while the next page is being fetched are counted on the safe side: nothing skipped', async () => {
    const list = shiftingList(40, { answerAfterMs: 2 });
    const yielded: string[] = [];
    const pending: Promise<void>[] = [];
    for await (const item of paginate({ fetchPage: list.fetchPage, idOf: (i) => i.id, removals: list.feed })) {
      yielded.push(item.id);
      // Not awaited: the delete lands while the walk asks for the next page.
      pending.push(new Promise((resolve) => setTimeout(resolve, 1)).then(() => list.remove(item.id)));
    }
    await Promise.all(pending);
    expect(new Set(yielded).size).toBe(40);
    expect(list.left()).toEqual([]);
  });

  it("a removal of an item the walk never yielded moves nothing (it is another walk's business)", async () => {
    const list = shiftingList(30);
    const yielded: string[] = [];
    for await (const item of paginate({ fetchPage: list.fetchPage, idOf: (i) => i.id, removals: list.feed })) {
      yielded.push(item.id);
      if (item.id === 'wh_1') list.feed.announce('wh_999');
    }
    expect(yielded).toHaveLength(30);
    expect(list.asked.sort((a, b) => a - b)).toEqual([1, 2, 3]);
  });

  it('stops listening when the walk ends', async () => {
    const list = shiftingList(5);
    let listeners = 0;
    const feed = { subscribe: (listener: (id: string) => void) => { listeners++; const stop = list.feed.subscribe(listener); return () => { listeners--; stop(); }; } };
    for await (const _ of paginate({ fetchPage: list.fetchPage, idOf: (i) => i.id, removals: feed })) { /* walk */ }
    expect(listeners).toBe(0);
  });
});
