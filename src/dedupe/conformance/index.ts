/**
 * The dedupe store suite: the behaviour every `DedupeStore` must show, under any runner with
 * describe/it/beforeEach/afterEach, so a store of your own can be checked like the built-in ones.
 * @module
 */
import type { TestRunner } from '../../testing/conformance/runner';
import { claimTests } from './claim-tests';
import { expiryTests } from './expiry-tests';
import type { DedupeConformanceOptions, DedupeStoreFixture, StoreScope } from './options';

export type { DedupeConformanceContext, DedupeConformanceOptions, DedupeStoreFixture } from './options';

/**
 * Registers the store suite: claims (one winner among concurrent ones), complete, release by
 * token, keys kept apart, argument checks, lease and TTL expiry (a late worker's release cannot
 * free a newer claim), then the store's `additionalTests`.
 *
 * @example
 * import * as vitest from 'vitest';
 * import { testDedupeStore } from 'hookbridge/testing';
 *
 * testDedupeStore(vitest, {
 *   name: 'my store',
 *   setup: () => ({ store: myStore({ namespace: crypto.randomUUID() }), elapse: (ms) => new Promise((r) => setTimeout(r, ms)) }),
 * });
 */
export function testDedupeStore<F extends DedupeStoreFixture>(runner: TestRunner, options: DedupeConformanceOptions<F>): void {
  let fixture: F | undefined;
  const current = (): F => {
    if (!fixture) throw new Error('dedupe store suite: no fixture; call fixture() inside a test');
    return fixture;
  };
  const scope: StoreScope = {
    it: runner.it,
    store: () => current().store,
    elapse: (ms) => current().elapse(ms),
    expiryMs: options.expiryMs ?? 60,
  };
  runner.describe(`DedupeStore conformance: ${options.name}`, () => {
    runner.beforeEach(async () => { fixture = await options.setup(); });
    runner.afterEach(async () => {
      const finished = fixture;
      fixture = undefined;
      await finished?.teardown?.();
    });
    claimTests(scope);
    expiryTests(scope);
    options.additionalTests?.({ runner, fixture: current });
  });
}
