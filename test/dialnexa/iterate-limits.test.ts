import nock from 'nock';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { collectIds as collect, ids, pagedServer } from './paged-server';
import { client } from './support';

beforeAll(() => nock.disableNetConnect());
afterEach(() => nock.cleanAll());
afterAll(() => nock.enableNetConnect());

describe('iterate: limits, duplicates and the no-total envelope', () => {
  it('maxItems caps what is yielded, and no page beyond the one needed is fetched', async () => {
    const server = pagedServer({ total: 20 });
    expect(await collect(client().iterate({ pageSize: 2, maxItems: 5 }))).toEqual(ids(1, 5));
    expect([...server.requested].sort()).toEqual([1, 2, 3]);
  });

  it('maxItems on a list without a total stops before asking for the next page', async () => {
    const server = pagedServer({ total: 20, envelope: 'bare' });
    expect(await collect(client().iterate({ pageSize: 2, maxItems: 4 }))).toEqual(ids(1, 4));
    expect(server.requested).toEqual([1, 2]);
  });

  it('never yields the same id twice when a page repeats an id from the previous page', async () => {
    // wh_2 moved onto page 2 because a webhook before it was deleted mid-walk.
    pagedServer({ total: 6, items: { 2: ['wh_2', 'wh_3'], 3: ['wh_4', 'wh_5'] } });
    expect(await collect(client().iterate({ pageSize: 2 }))).toEqual(ids(1, 5));
  });

  it('without a total (the bare {data} envelope), follows hasMore page by page', async () => {
    const server = pagedServer({ total: 5, envelope: 'bare' });
    const requestedAt: Record<string, number[]> = {};
    for await (const webhook of client().iterate({ pageSize: 2 })) requestedAt[webhook.id] = [...server.requested];
    expect(Object.keys(requestedAt)).toEqual(ids(1, 5));
    // Page 2 is only asked for once page 1 has been handed out, and so on.
    expect(requestedAt.wh_2).toEqual([1]);
    expect(requestedAt.wh_3).toEqual([1, 2]);
    expect(requestedAt.wh_5).toEqual([1, 2, 3]);
    expect(server.requested).toEqual([1, 2, 3]); // a short page 3 ends the walk
  });

  it('an empty first page yields nothing and asks for nothing more', async () => {
    const server = pagedServer({ total: 0 });
    expect(await collect(client().iterate())).toEqual([]);
    expect(server.requested).toEqual([1]);
  });
});
