import assert from 'node:assert/strict';
import { collect, refusedBeforeSending } from './assertions';
import type { TestGroup } from './scope';

/** `list` and `iterate`: paging, the active filter, `search` and the page-size ceiling. */
export const listingTests: TestGroup = (scope) => {
  const { it, provider, input } = scope;

  it('list pages and iterate walks every page once, in order', async () => {
    const hooks = provider();
    const ids: string[] = [];
    for (let n = 0; n < 5; n++) ids.push((await hooks.create(input(10 + n))).id);
    const first = await hooks.list({ pageSize: 2 });
    assert.equal(first.items.length, 2);
    assert.equal(first.pageSize, 2);
    assert.equal(first.hasMore, true);
    const third = await hooks.list({ page: 3, pageSize: 2 });
    assert.equal(third.items.length, 1);
    assert.equal(third.hasMore, false);
    const all = await collect(hooks.iterate({ pageSize: 2 }));
    assert.deepEqual(all.map((w) => w.id).sort(), [...ids].sort());
    assert.equal((await collect(hooks.iterate({ pageSize: 2, maxItems: 3 }))).length, 3);
  });

  it('list filters by active', async () => {
    const hooks = provider();
    const on = await hooks.create(input(20));
    const off = await hooks.create(input(21));
    await hooks.update(off.id, { active: false });
    const inactive = await hooks.list({ active: false });
    assert.deepEqual(inactive.items.map((w) => w.id), [off.id]);
    assert.ok((await hooks.list({ active: true })).items.some((w) => w.id === on.id));
  });

  it('search: list({ search }) narrows to matching URLs, or is refused as capabilities say', async () => {
    const hooks = provider();
    if (!hooks.capabilities.search) {
      await refusedBeforeSending(scope, () => hooks.list({ search: 'needle' }), 'search', 'list with search');
      return;
    }
    const match = await hooks.create(input(22, { url: 'https://receiver.example/needle/22' }));
    await hooks.create(input(23, { url: 'https://receiver.example/other/23' }));
    const found = await hooks.list({ search: 'needle' });
    assert.deepEqual(found.items.map((w) => w.id), [match.id], 'search keeps only the matching webhook');
    assert.equal((await hooks.list({ search: 'nothing-matches-this' })).items.length, 0);
  });

  it('maxPageSize: a page of the maximum size works; one more is refused before sending', async () => {
    const hooks = provider();
    const max = hooks.capabilities.maxPageSize;
    assert.ok(Number.isInteger(max) && max >= 1, 'capabilities.maxPageSize is a whole number');
    const created = await hooks.create(input(24));
    const page = await hooks.list({ pageSize: max });
    assert.equal(page.pageSize, max);
    assert.deepEqual(page.items.map((w) => w.id), [created.id]);
    assert.equal(page.hasMore, false);
    await refusedBeforeSending(scope, () => hooks.list({ pageSize: max + 1 }), 'pageSize', `list with pageSize ${max + 1}`);
  });
};
