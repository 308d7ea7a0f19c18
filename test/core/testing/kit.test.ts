import { describe, expect, it } from 'vitest';
import {
  deliveryTargets, findRoute, parseJsonBody, RecordStore, type Route, type SimRequest,
} from '../../../src/testing/kit';

interface Item { id: string; tags: string[]; on: boolean }

describe('RecordStore', () => {
  it('inserts, gets, updates, lists in creation order and deletes, handing out copies only', () => {
    let n = 0;
    const store = new RecordStore<Item>(() => `it_${++n}`);
    const first = store.insert({ id: store.nextId(), tags: ['a'], on: true });
    store.insert({ id: store.nextId(), tags: [], on: false });
    first.tags.push('changed outside');
    expect(store.get('it_1')).toEqual({ id: 'it_1', tags: ['a'], on: true });
    store.get('it_1')?.tags.push('changed outside');
    expect(store.update('it_1', { tags: ['b'] })).toEqual({ id: 'it_1', tags: ['b'], on: true });
    expect(store.list().map((item) => item.id)).toEqual(['it_1', 'it_2']);
    expect(store.list((item) => !item.on).map((item) => item.id)).toEqual(['it_2']);
    expect(store.update('nope', { on: true })).toBeUndefined();
    expect(store.delete('it_1')).toBe(true);
    expect(store.delete('it_1')).toBe(false);
    store.clear();
    expect(store.list()).toEqual([]);
  });

  it('nextId never hands out an id a stored record has', () => {
    const ids = ['same', 'same', 'other'];
    const store = new RecordStore<Item>(() => ids.shift() ?? 'spent');
    store.insert({ id: store.nextId(), tags: [], on: true });
    expect(store.nextId()).toBe('other');
  });
});

describe('deliveryTargets', () => {
  const hooks: Item[] = [
    { id: 'a', tags: ['x'], on: true }, { id: 'b', tags: ['x'], on: false },
    { id: 'c', tags: ['y'], on: true }, { id: 'd', tags: ['x'], on: true },
  ];
  const rule = { isActive: (item: Item) => item.on, subscribes: (item: Item) => item.tags.includes('x') };

  it('keeps active, subscribed webhooks in their order, narrowed by webhookIds', () => {
    expect(deliveryTargets(hooks, rule).map((item) => item.id)).toEqual(['a', 'd']);
    expect(deliveryTargets(hooks, rule, { webhookIds: ['d', 'b', 'c'] }).map((item) => item.id)).toEqual(['d']);
    expect(deliveryTargets(hooks, rule, { webhookIds: [] })).toEqual([]);
  });
});

describe('parseJsonBody', () => {
  const badJson = (error: SyntaxError) => ({ status: 400, body: { why: error.name } });

  it('reads JSON, an empty body as {}, and answers broken JSON with the provider response', () => {
    expect(parseJsonBody('{"a":1}', badJson)).toEqual({ ok: true, value: { a: 1 } });
    expect(parseJsonBody('  ', badJson)).toEqual({ ok: true, value: {} });
    expect(parseJsonBody('[1]', badJson)).toEqual({ ok: true, value: [1] });
    expect(parseJsonBody('{nope', badJson)).toEqual({ ok: false, response: { status: 400, body: { why: 'SyntaxError' } } });
  });
});

describe('findRoute', () => {
  const routes: Route<string>[] = [
    { method: 'GET', path: /^\/things\/?$/, handler: 'list' },
    { method: 'GET', path: /^\/things\/([^/]+)$/, handler: 'get' },
    { method: 'DELETE', path: /^\/things\/([^/]+)$/, handler: 'delete' },
  ];
  const misses = { notFound: () => ({ status: 404 }), methodNotAllowed: () => ({ status: 405 }) };
  const request = (method: string, path: string) => ({ method, path }) as SimRequest;

  it('finds the handler by method and path, with raw path parameters', () => {
    expect(findRoute(routes, request('GET', '/things/'), misses)).toEqual({ found: true, handler: 'list', params: [] });
    expect(findRoute(routes, request('DELETE', '/things/a%20b'), misses)).toEqual({ found: true, handler: 'delete', params: ['a%20b'] });
  });

  it("answers a miss with the provider's 404, or its 405 when only the method is wrong", () => {
    expect(findRoute(routes, request('GET', '/other'), misses)).toEqual({ found: false, response: { status: 404 } });
    expect(findRoute(routes, request('PUT', '/things/1'), misses)).toEqual({ found: false, response: { status: 405 } });
  });
});
