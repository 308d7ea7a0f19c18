import { describe, expect, it } from 'vitest';
import type { Page } from '../../src/model';
import { paginate } from '../../src/paginate';

type Item = { id: string };

/** A paged list of `total` items held in memory; records every page asked for and its signal. */
function pagedList(total: number, pageSize: number, options: { tellTotal?: boolean } = {}) {
  const asked: number[] = [];
  const signals = new Map<number, AbortSignal>();
  const fetchPage = async (page: number, signal: AbortSignal): Promise<Page<Item>> => {
    asked.push(page);
    signals.set(page, signal);
    const start = (page - 1) * pageSize;
    const items = Array.from({ length: Math.max(0, Math.min(pageSize, total - start)) }, (_, i) => ({ id: `wh_${start + i + 1}` }));
    return {
      items, page, pageSize, hasMore: start + pageSize < total, ...(options.tellTotal === false ? {} : { total }),
    };
  };
  return { fetchPage, asked, signals };
}

async function collect(iterable: AsyncIterable<Item>): Promise<string[]> {
  const ids: string[] = [];
  for await (const item of iterable) ids.push(item.id);
  return ids;
}

const ids = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => `wh_${from + i}`);

describe('paginate', () => {
  it('yields every item in order, across pages', async () => {
    const list = pagedList(7, 3);
    expect(await collect(paginate({ fetchPage: list.fetchPage, idOf: (i) => i.id }))).toEqual(ids(1, 7));
    expect(list.asked.sort()).toEqual([1, 2, 3]);
  });

  it('without a total, follows hasMore one page at a time', async () => {
    const list = pagedList(5, 2, { tellTotal: false });
    const seenWhenAsked: number[] = [];
    let yielded = 0;
    const fetchPage = (page: number, signal: AbortSignal) => { seenWhenAsked.push(yielded); return list.fetchPage(page, signal); };
    for await (const _ of paginate({ fetchPage, idOf: (i) => i.id })) yielded++;
    expect(yielded).toBe(5);
    expect(list.asked).toEqual([1, 2, 3]);
    // Page n+1 is only asked for once page n has been handed out completely.
    expect(seenWhenAsked).toEqual([0, 2, 4]);
  });

  it('stops at maxItems without asking for pages it does not need', async () => {
    const list = pagedList(100, 10);
    expect(await collect(paginate({ fetchPage: list.fetchPage, idOf: (i) => i.id, maxItems: 15 }))).toEqual(ids(1, 15));
    expect(list.asked.sort()).toEqual([1, 2]);
  });

  it('maxItems: 0 asks for nothing', async () => {
    const list = pagedList(10, 5);
    expect(await collect(paginate({ fetchPage: list.fetchPage, idOf: (i) => i.id, maxItems: 0 }))).toEqual([]);
    expect(list.asked).toEqual([]);
  });

  it('never yields the same id twice when items shift between pages', async () => {
    const pages: Item[][] = [[{ id: 'a' }, { id: 'b' }], [{ id: 'b' }, { id: 'c' }], [{ id: 'd' }]];
    const fetchPage = async (page: number): Promise<Page<Item>> =>
      ({ items: pages[page - 1] ?? [], page, pageSize: 2, total: 5, hasMore: page < 3 });
    expect(await collect(paginate({ fetchPage, idOf: (i) => i.id }))).toEqual(['a', 'b', 'c', 'd']);
  });

  it('aborts the pages in flight when the loop is left early', async () => {
    const list = pagedList(50, 10);
    for await (const item of paginate({ fetchPage: list.fetchPage, idOf: (i) => i.id })) {
      expect(item.id).toBe('wh_1');
      break;
    }
    expect(list.asked.sort()).toEqual([1, 2, 3, 4, 5]);
    for (const page of [2, 3, 4, 5]) expect(list.signals.get(page)?.aborted).toBe(true);
  });

  it("rejects with the caller's abort reason and asks for nothing when the signal is already aborted", async () => {
    const list = pagedList(10, 5);
    const reason = new Error('cancelled');
    await expect(collect(paginate({ fetchPage: list.fetchPage, idOf: (i) => i.id, signal: AbortSignal.abort(reason) }))).rejects.toBe(reason);
    expect(list.asked).toEqual([]);
  });

  it("passes a later abort of the caller's signal on to the pages in flight", async () => {
    const list = pagedList(50, 10);
    const controller = new AbortController();
    const reason = new Error('cancelled');
    const walk = (async () => {
      for await (const item of paginate({ fetchPage: list.fetchPage, idOf: (i) => i.id, signal: controller.signal })) {
        if (item.id === 'wh_1') controller.abort(reason);
      }
    })();
    await expect(walk).rejects.toBe(reason);
    expect(list.signals.get(2)?.aborted).toBe(true);
    expect(list.signals.get(2)?.reason).toBe(reason);
  });

  it('an abort inside the loop stops at once: the rest of the page is not yielded', async () => {
    const list = pagedList(50, 10);
    const controller = new AbortController();
    const reason = new Error('stop now');
    const seen: string[] = [];
    const walk = (async () => {
      for await (const item of paginate({ fetchPage: list.fetchPage, idOf: (i) => i.id, signal: controller.signal })) {
        seen.push(item.id);
        if (item.id === 'wh_3') controller.abort(reason);
      }
    })();
    await expect(walk).rejects.toBe(reason);
    expect(seen).toEqual(['wh_1', 'wh_2', 'wh_3']);
  });

  it('treats a nonsense concurrency as 1 instead of stalling', async () => {
    const list = pagedList(6, 2);
    expect(await collect(paginate({ fetchPage: list.fetchPage, idOf: (i) => i.id, concurrency: Number.NaN }))).toEqual(ids(1, 6));
  });
});
