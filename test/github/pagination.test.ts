import { describe, expect, it } from 'vitest';
import { example } from './openapi';
import { api, link, REPO, repoClient, sent, useGitHubApi, wireHook } from './support';

useGitHubApi();

const HOOKS = `/repos/${REPO}/hooks`;
const DELIVERIES = `${HOOKS}/5/deliveries`;
const url = (query: string) => `https://api.github.com${HOOKS}?${query}`;
const deliveriesUrl = (cursor: string) => `https://api.github.com${DELIVERIES}?per_page=2&cursor=${cursor}`;
const delivery = (id: number) => ({ ...example<Array<Record<string, unknown>>>('hook-delivery-items')[0], id });

describe('GitHub pagination', () => {
  it('iterate follows pages while the Link header has rel="next", one request per page, in order', async () => {
    api()
      .get(HOOKS).query({ per_page: '20', page: '1' }).reply(200, [wireHook(1), wireHook(2)], { link: link({ next: url('page=2'), last: url('page=3') }) })
      .get(HOOKS).query({ per_page: '20', page: '2' }).reply(200, [wireHook(3)], { link: link({ prev: url('page=1'), next: url('page=3') }) })
      .get(HOOKS).query({ per_page: '20', page: '3' }).reply(200, [wireHook(4)], { link: link({ prev: url('page=2'), first: url('page=1') }) });
    const ids: string[] = [];
    for await (const webhook of repoClient().iterate()) ids.push(webhook.id);
    expect(ids).toEqual(['1', '2', '3', '4']);
    expect(sent.map((r) => r.query.page)).toEqual(['1', '2', '3']);
  });

  it('iterate stops at maxItems without fetching further pages', async () => {
    api().get(HOOKS).query({ per_page: '20', page: '1' }).reply(200, [wireHook(1), wireHook(2)], { link: link({ next: url('page=2') }) });
    const ids: string[] = [];
    for await (const webhook of repoClient().iterate({ maxItems: 2 })) ids.push(webhook.id);
    expect(ids).toEqual(['1', '2']);
    expect(sent).toHaveLength(1);
  });

  it('iterate({ active }) goes past a page the filter leaves empty, and maxItems counts only kept hooks', async () => {
    api()
      .get(HOOKS).query({ per_page: '20', page: '1' }).reply(200, [wireHook(1), wireHook(2)], { link: link({ next: url('page=2') }) })
      .get(HOOKS).query({ per_page: '20', page: '2' }).reply(200, [wireHook(3, { active: false }), wireHook(4)], { link: link({ next: url('page=3') }) })
      .get(HOOKS).query({ per_page: '20', page: '3' }).reply(200, [wireHook(5, { active: false }), wireHook(6, { active: false })]);
    const ids: string[] = [];
    for await (const webhook of repoClient().iterate({ active: false, maxItems: 2 })) ids.push(webhook.id);
    expect(ids).toEqual(['3', '5']);
    expect(sent.map((r) => r.query.page)).toEqual(['1', '2', '3']);
  });

  it('pageSize goes out as per_page, up to 100', async () => {
    api().get(HOOKS).query({ per_page: '100', page: '1' }).reply(200, []);
    await repoClient().list({ pageSize: 100 });
    expect(sent[0]!.query.per_page).toBe('100');
  });

  it('listDeliveries page 1, then 2 and 3 follow the next cursors, one request each', async () => {
    api()
      .get(DELIVERIES).query({ per_page: '2' }).reply(200, [delivery(10), delivery(9)], { link: link({ next: deliveriesUrl('v1_9') }) })
      .get(DELIVERIES).query({ per_page: '2', cursor: 'v1_9' }).reply(200, [delivery(8), delivery(7)], { link: link({ next: deliveriesUrl('v1_7') }) })
      .get(DELIVERIES).query({ per_page: '2', cursor: 'v1_7' }).reply(200, [delivery(6)]);
    const hooks = repoClient();
    const pages = [];
    for (const page of [1, 2, 3]) pages.push(await hooks.listDeliveries('5', { page, pageSize: 2 }));
    expect(pages.map((p) => [p.page, p.items.map((d) => d.id), p.hasMore])).toEqual([
      [1, ['10', '9'], true], [2, ['8', '7'], true], [3, ['6'], false],
    ]);
    expect(sent.map((r) => r.query.cursor)).toEqual([undefined, 'v1_9', 'v1_7']);
  });

  it('listDeliveries page 3 asked first walks the cursors from page 1 (GitHub pages deliveries by cursor only)', async () => {
    api()
      .get(DELIVERIES).query({ per_page: '2' }).reply(200, [delivery(10), delivery(9)], { link: link({ next: deliveriesUrl('v1_9') }) })
      .get(DELIVERIES).query({ per_page: '2', cursor: 'v1_9' }).reply(200, [delivery(8), delivery(7)], { link: link({ next: deliveriesUrl('v1_7') }) })
      .get(DELIVERIES).query({ per_page: '2', cursor: 'v1_7' }).reply(200, [delivery(6)]);
    const page = await repoClient().listDeliveries('5', { page: 3, pageSize: 2 });
    expect(page).toMatchObject({ page: 3, pageSize: 2, hasMore: false });
    expect(page.items.map((d) => d.id)).toEqual(['6']);
    expect(sent).toHaveLength(3);
  });

  it('listDeliveries past the last page is an empty page without more', async () => {
    api().get(DELIVERIES).query({ per_page: '2' }).reply(200, [delivery(1)]);
    expect(await repoClient().listDeliveries('5', { page: 4, pageSize: 2 })).toEqual({ items: [], page: 4, pageSize: 2, hasMore: false });
    expect(sent).toHaveLength(1);
  });

  it('listDeliveries remembers cursors per hook and page size: another page size starts over', async () => {
    api()
      .get(DELIVERIES).query({ per_page: '2' }).reply(200, [delivery(10), delivery(9)], { link: link({ next: deliveriesUrl('v1_9') }) })
      .get(DELIVERIES).query({ per_page: '3' }).reply(200, [delivery(10), delivery(9), delivery(8)]);
    const hooks = repoClient();
    await hooks.listDeliveries('5', { pageSize: 2 });
    expect((await hooks.listDeliveries('5', { page: 1, pageSize: 3 })).items).toHaveLength(3);
    expect(sent.map((r) => r.query)).toEqual([{ per_page: '2' }, { per_page: '3' }]);
  });
});
