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

describe('paginate: a walk longer than its id window', () => {
  it('deleting every item as it is yielded over 2,500 items (past the 1,000-id window) leaves none and yields each once', async () => {
    const list = shiftingList(2_500);
    const yielded: string[] = [];
    for await (const item of paginate({ fetchPage: list.fetchPage, idOf: (i) => i.id, removals: list.feed })) {
      yielded.push(item.id);
      await list.remove(item.id);
    }
    expect(list.left()).toEqual([]);
    expect(new Set(yielded).size).toBe(2_500);
    expect(yielded).toHaveLength(2_500);
  });

  it('deletes that lag the walk by more than the window (1,005 items behind) are still counted: none skipped', async () => {
    const list = shiftingList(1_300);
    const yielded: string[] = [];
    for await (const item of paginate({ fetchPage: list.fetchPage, idOf: (i) => i.id, removals: list.feed })) {
      yielded.push(item.id);
      if (yielded.length > 1_005) await list.remove(yielded[yielded.length - 1_006]!);
    }
    expect(yielded).toEqual(Array.from({ length: 1_300 }, (_, i) => `wh_${i + 1}`));
    expect(list.left()).toHaveLength(1_005);
  });

  it('removals of items the walk never gave (another list, the same client) make it re-read at most, never skip or repeat', async () => {
    const list = shiftingList(300);
    const yielded: string[] = [];
    let n = 0;
    for await (const item of paginate({ fetchPage: list.fetchPage, idOf: (i) => i.id, removals: list.feed })) {
      yielded.push(item.id);
      if (n++ % 3 === 0) list.feed.announce(`elsewhere_${n}`);
    }
    expect(yielded).toEqual(Array.from({ length: 300 }, (_, i) => `wh_${i + 1}`));
  });

  it('a repeat from within the window is skipped; the window is what bounds memory, so one from 1,000 items back is not', async () => {
    // A list that, on its last page, repeats the item yielded just before and the very first one.
    const pages: Item[][] = Array.from({ length: 120 }, (_, p) => Array.from({ length: 10 }, (_, i) => ({ id: `wh_${p * 10 + i}` })));
    pages.push([{ id: 'wh_1199' }, { id: 'wh_0' }, { id: 'wh_new' }]);
    const fetchPage = async (page: number): Promise<Page<Item>> =>
      ({ items: pages[page - 1]!, page, pageSize: 10, hasMore: page < pages.length });
    const yielded: string[] = [];
    for await (const item of paginate({ fetchPage, idOf: (i) => i.id })) yielded.push(item.id);
    expect(yielded.slice(-2)).toEqual(['wh_0', 'wh_new']);
    expect(yielded.filter((id) => id === 'wh_1199')).toHaveLength(1);
  });
});
