import assert from 'node:assert/strict';
import { NotFoundError, UnsupportedOperationError, ValidationError, WebhookError } from '../errors';
import type { Webhook, WebhookInput } from '../model';
import type { WebhookProvider } from '../provider';

/**
 * The four functions a test runner provides. vitest (`import * as vitest from 'vitest'`), jest's
 * globals, mocha's and `node:test` all fit, so the suite needs no particular runner.
 */
export interface TestRunner {
  describe: (name: string, body: () => void) => unknown;
  it: (name: string, body: () => Promise<void>) => unknown;
  beforeEach: (body: () => Promise<void>) => unknown;
  afterEach: (body: () => Promise<void>) => unknown;
}

/** A fresh provider for one test, and how to clean up after it. */
export interface ConformanceFixture {
  provider: WebhookProvider;
  teardown?: () => Promise<void> | void;
}

/** What the suite needs to know about the adapter under test. */
export interface ConformanceOptions {
  /** Shown in the describe block. */
  name: string;
  /** Called before every test: each test gets an empty account (a new simulator, a new memory store). */
  setup: () => Promise<ConformanceFixture> | ConformanceFixture;
  /** Two event names the provider accepts (default: its first two `listEventTypes`). */
  events?: [string, string];
  /** An id in the provider's format that does not exist (default `missing-id`). */
  missingId?: string;
}

async function rejectsWith(promise: Promise<unknown>, kind: typeof WebhookError, what: string): Promise<WebhookError> {
  try {
    await promise;
  } catch (error) {
    assert.ok(kind.isInstance(error), `${what}: expected ${kind.name}, got ${String(error)}`);
    return error as WebhookError;
  }
  assert.fail(`${what}: expected ${kind.name}, but it succeeded`);
}

async function collect(iterable: AsyncIterable<Webhook>): Promise<Webhook[]> {
  const out: Webhook[] = [];
  for await (const item of iterable) out.push(item);
  return out;
}

/**
 * The behaviour every `WebhookProvider` must show: round trips, errors by class, pagination,
 * and optional capabilities skipped (or checked to fail cleanly) according to `capabilities`.
 *
 * @example
 * import * as vitest from 'vitest';
 * import { testProvider, startSimulator } from 'hookbridge/testing';
 * import { dialnexa } from 'hookbridge';
 *
 * testProvider(vitest, {
 *   name: 'dialnexa',
 *   setup: async () => {
 *     const sim = await startSimulator('dialnexa');
 *     return { provider: dialnexa({ apiKey: sim.apiKey, baseUrl: sim.baseUrl }), teardown: sim.close };
 *   },
 * });
 */
export function testProvider(runner: TestRunner, options: ConformanceOptions): void {
  const { describe, it, beforeEach, afterEach } = runner;
  let fixture: ConformanceFixture;
  let hooks: WebhookProvider;
  let events: [string, string];
  const input = (n: number, extra: Partial<WebhookInput> = {}): WebhookInput => ({
    url: `https://receiver.example/hooks/${n}`, events: [events[0]], ...extra,
  });

  describe(`WebhookProvider conformance: ${options.name}`, () => {
    beforeEach(async () => {
      fixture = await options.setup();
      hooks = fixture.provider;
      if (options.events) events = options.events;
      else {
        const types = await hooks.listEventTypes();
        assert.ok(types.length >= 2, 'listEventTypes returns at least two event names');
        events = [types[0]!.name, types[1]!.name];
      }
    });
    afterEach(async () => { await fixture?.teardown?.(); });

    it('create returns the normalized webhook with its secret, once', async () => {
      const created = await hooks.create(input(1));
      assert.equal(created.provider, hooks.id);
      assert.equal(typeof created.id, 'string');
      assert.equal(created.url, 'https://receiver.example/hooks/1');
      assert.deepEqual(created.events, [events[0]]);
      assert.equal(created.active, true);
      assert.ok(created.createdAt instanceof Date && !Number.isNaN(created.createdAt.getTime()));
      assert.ok(typeof created.secret === 'string' && created.secret.length >= 16, 'create returns the secret');
      assert.ok(!JSON.stringify(created.raw).includes(created.secret), 'raw never carries the secret');
      const fetched = await hooks.get(created.id);
      assert.equal(fetched.id, created.id);
      assert.equal(fetched.url, created.url);
      assert.equal(fetched.secret, undefined, 'get never returns the secret');
    });

    it('update changes only the named fields; events replaces the list', async () => {
      const created = await hooks.create(input(2));
      const moved = await hooks.update(created.id, { url: 'https://receiver.example/moved' });
      assert.equal(moved.url, 'https://receiver.example/moved');
      assert.deepEqual(moved.events, [events[0]]);
      const retuned = await hooks.update(created.id, { events: [events[1]] });
      assert.deepEqual(retuned.events, [events[1]]);
      assert.equal(retuned.url, 'https://receiver.example/moved');
      const paused = await hooks.update(created.id, { active: false });
      assert.equal(paused.active, false);
      assert.deepEqual((await hooks.get(created.id)).events, [events[1]]);
    });

    it('delete removes it; a second delete and a get are NotFoundError', async () => {
      const created = await hooks.create(input(3));
      await hooks.delete(created.id);
      await rejectsWith(hooks.get(created.id), NotFoundError, 'get after delete');
      await rejectsWith(hooks.delete(created.id), NotFoundError, 'second delete');
    });

    it('an unknown id is NotFoundError', async () => {
      await rejectsWith(hooks.get(options.missingId ?? 'missing-id'), NotFoundError, 'get of an unknown id');
    });

    it('bad input is a ValidationError and nothing is created', async () => {
      const error = await rejectsWith(hooks.create({ url: 'http://plain.example', events: [events[0]] }), ValidationError, 'http url');
      assert.ok(error.details && 'url' in error.details, 'details name the url field');
      await rejectsWith(hooks.create({ url: 'https://ok.example', events: [] }), ValidationError, 'no events');
      assert.equal((await hooks.list()).items.length, 0);
    });

    it('list pages and iterate walks every page once, in order', async () => {
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
      const on = await hooks.create(input(20));
      const off = await hooks.create(input(21));
      await hooks.update(off.id, { active: false });
      const inactive = await hooks.list({ active: false });
      assert.deepEqual(inactive.items.map((w) => w.id), [off.id]);
      assert.ok((await hooks.list({ active: true })).items.some((w) => w.id === on.id));
    });

    it('rotateSecret returns a new secret', async () => {
      const created = await hooks.create(input(30));
      const { secret } = await hooks.rotateSecret(created.id);
      assert.ok(typeof secret === 'string' && secret.length >= 16);
      assert.notEqual(secret, created.secret);
    });

    it('sendTestEvent works or is refused as capabilities say', async () => {
      const created = await hooks.create(input(40));
      if (hooks.capabilities.sendTestEvent) {
        const result = await hooks.sendTestEvent(created.id, events[0]);
        assert.equal(typeof result.delivered, 'boolean');
      } else {
        await rejectsWith(hooks.sendTestEvent(created.id, events[0]), UnsupportedOperationError, 'sendTestEvent');
      }
    });

    it('listDeliveries works or is refused as capabilities say', async () => {
      const created = await hooks.create(input(50));
      if (hooks.capabilities.listDeliveries) {
        const page = await hooks.listDeliveries(created.id);
        assert.ok(Array.isArray(page.items));
      } else {
        await rejectsWith(hooks.listDeliveries(created.id), UnsupportedOperationError, 'listDeliveries');
      }
    });

    it('listEventTypes gives names that create accepts', async () => {
      const types = await hooks.listEventTypes();
      assert.ok(types.every((t) => typeof t.name === 'string' && t.name.length > 0));
      const created = await hooks.create({ url: 'https://receiver.example/all', events: types.slice(0, 2).map((t) => t.name) });
      assert.equal(created.events.length, Math.min(2, types.length));
    });
  });
}
