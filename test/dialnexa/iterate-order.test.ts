import nock from 'nock';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { collectIds as collect, ids, pagedServer } from './paged-server';
import { client, ORIGIN, wireWebhook } from './support';

beforeAll(() => nock.disableNetConnect());
afterEach(() => nock.cleanAll());
afterAll(() => nock.enableNetConnect());

describe('iterate: order and concurrency', () => {
  it('yields every webhook in order across three pages', async () => {
    const server = pagedServer({ total: 7 });
    expect(await collect(client().iterate({ pageSize: 3 }))).toEqual(ids(1, 7));
    expect([...server.requested].sort()).toEqual([1, 2, 3]);
  });

  it('asks for pages 2..N together, before any item of page 2 is handed out, when page 1 tells the total', async () => {
    const server = pagedServer({ total: 10, delays: { 2: 40, 3: 5, 4: 5, 5: 5 } });
    let requestedWhenPage2Started: number[] | undefined;
    const out: string[] = [];
    for await (const webhook of client().iterate({ pageSize: 2 })) {
      if (webhook.id === 'wh_3') requestedWhenPage2Started = [...server.requested];
      out.push(webhook.id);
    }
    expect(out).toEqual(ids(1, 10));
    expect(requestedWhenPage2Started?.sort()).toEqual([1, 2, 3, 4, 5]);
  });

  it('still yields in page order when page 3 answers before page 2', async () => {
    const server = pagedServer({ total: 6, delays: { 2: 60 } });
    expect(await collect(client().iterate({ pageSize: 2 }))).toEqual(ids(1, 6));
    expect(server.answered.indexOf(3)).toBeLessThan(server.answered.indexOf(2));
  });

  it('concurrency bounds the requests open at once', async () => {
    // Long enough that requests started together are all open at once, even on a busy machine.
    const delays = { 2: 50, 3: 50, 4: 50, 5: 50, 6: 50 };
    const bounded = pagedServer({ total: 12, delays });
    expect(await collect(client().iterate({ pageSize: 2, concurrency: 2 }))).toEqual(ids(1, 12));
    expect(bounded.maxOpen()).toBe(2);
    nock.cleanAll();
    const byDefault = pagedServer({ total: 12, delays });
    expect(await collect(client().iterate({ pageSize: 2 }))).toEqual(ids(1, 12));
    expect(byDefault.maxOpen()).toBe(4);
  });

  it('concurrency: 1 reads one page at a time', async () => {
    const server = pagedServer({ total: 6, delays: { 2: 5, 3: 5 } });
    expect(await collect(client().iterate({ pageSize: 2, concurrency: 1 }))).toEqual(ids(1, 6));
    expect(server.maxOpen()).toBe(1);
  });

  it('sends the filters on every page', async () => {
    const seen: string[] = [];
    nock(ORIGIN).get('/v1/user-webhooks').query(true).times(2).reply((request: Request) => {
      const query = new URL(request.url).searchParams;
      seen.push(query.toString());
      const page = Number(query.get('page'));
      return [200, { data: [wireWebhook(`wh_${page}`, { is_active: false })], meta: { page, limit: 1, total: 2 } }];
    });
    expect(await collect(client().iterate({ pageSize: 1, active: false }))).toEqual(['wh_1', 'wh_2']);
    expect(seen.sort()).toEqual(['page=1&limit=1&is_active=false', 'page=2&limit=1&is_active=false']);
  });
});
