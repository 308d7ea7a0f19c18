import nock from 'nock';
import { describe, expect, it } from 'vitest';
import { BASE, client, ok, useNock, wireWebhook } from './fixtures';

useNock();

const hook = (n: number) => wireWebhook({ id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}` });
const pagination = (page: number, pageSize: number, total: number) => ({
  page, page_size: pageSize, total_count: total, total_pages: Math.ceil(total / pageSize),
  has_more: page * pageSize < total, cursors: null,
});

describe('list', () => {
  it('sends page, page_size, search and is_active; fills total from total_count', async () => {
    nock(BASE).get('/v3/webhooks').query({ page: '2', page_size: '50', search: 'orders', is_active: 'false' })
      .reply(200, ok({ webhooks: [hook(51), hook(52)], pagination: pagination(2, 50, 120) }));
    const page = await client().list({ page: 2, pageSize: 50, search: 'orders', active: false });
    expect(page).toMatchObject({ page: 2, pageSize: 50, total: 120, hasMore: true });
    expect(page.items.map((w) => w.id)).toEqual([hook(51).id, hook(52).id]);
  });

  it('defaults to page 1 of 20 and leaves unset filters out of the query', async () => {
    nock(BASE).get('/v3/webhooks').query({ page: '1', page_size: '20' })
      .reply(200, ok({ webhooks: [], pagination: pagination(1, 20, 0) }));
    await expect(client().list()).resolves.toEqual({ items: [], page: 1, pageSize: 20, total: 0, hasMore: false });
  });

  it('without pagination, a full page may be followed by more', async () => {
    nock(BASE).get('/v3/webhooks').query(true).reply(200, ok({ webhooks: [hook(1), hook(2)] }));
    await expect(client().list({ pageSize: 2 })).resolves.toMatchObject({ hasMore: true, page: 1, pageSize: 2 });
  });
});

describe('iterate', () => {
  it('walks 3+ pages, fetching pages after the first concurrently when the total is known', async () => {
    let inFlight = 0;
    let maxInFlight = 0;
    const pages = [1, 2, 3, 4];
    for (const n of pages) {
      nock(BASE).get('/v3/webhooks').query({ page: String(n), page_size: '2' }).reply(async () => {
        inFlight += 1;
        maxInFlight = Math.max(maxInFlight, inFlight);
        await new Promise((resolve) => setTimeout(resolve, 30));
        inFlight -= 1;
        const items = [hook(n * 2 - 1), hook(n * 2)].slice(0, n === 4 ? 1 : 2);
        return [200, ok({ webhooks: items, pagination: pagination(n, 2, 7) })];
      });
    }
    const ids: string[] = [];
    for await (const webhook of client().iterate({ pageSize: 2 })) ids.push(webhook.id);
    expect(ids).toEqual([1, 2, 3, 4, 5, 6, 7].map((n) => hook(n).id));
    expect(maxInFlight).toBeGreaterThanOrEqual(2);
  });

  it('follows has_more page by page when sent.dm gives no total', async () => {
    for (const n of [1, 2, 3]) {
      nock(BASE).get('/v3/webhooks').query({ page: String(n), page_size: '1' })
        .reply(200, ok({ webhooks: [hook(n)], pagination: { page: n, page_size: 1, has_more: n < 3 } }));
    }
    const ids: string[] = [];
    for await (const webhook of client().iterate({ pageSize: 1 })) ids.push(webhook.id);
    expect(ids).toEqual([hook(1).id, hook(2).id, hook(3).id]);
  });

  it('stops at maxItems without fetching pages it does not need', async () => {
    nock(BASE).get('/v3/webhooks').query({ page: '1', page_size: '2' })
      .reply(200, ok({ webhooks: [hook(1), hook(2)], pagination: pagination(1, 2, 10) }));
    const ids: string[] = [];
    for await (const webhook of client().iterate({ pageSize: 2, maxItems: 2 })) ids.push(webhook.id);
    expect(ids).toHaveLength(2);
  });
});
