import assert from 'node:assert/strict';
import { crudTests } from './crud-tests';
import { idempotencyTests } from './idempotency-tests';
import { listingTests } from './listing-tests';
import { operationTests } from './operation-tests';
import { optionalFieldTests } from './optional-field-tests';
import type { ConformanceFixture, ConformanceOptions } from './options';
import type { TestRunner } from './runner';
import { secretTests } from './secret-tests';
import type { TestGroup, TestScope } from './scope';

const GROUPS: readonly TestGroup[] = [crudTests, listingTests, secretTests, operationTests, optionalFieldTests, idempotencyTests];

/**
 * The behaviour every `WebhookProvider` must show: round trips, errors by class, pagination, and
 * every capability it declares (names, event filters, delivery settings, search, caller secrets,
 * rotate mode, maximum page size, idempotency keys, test events, the delivery log). A capability
 * it does not declare is checked to be refused cleanly. Then the provider's `additionalTests`.
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
 *     return {
 *       provider: dialnexa({ apiKey: sim.apiKey, baseUrl: sim.baseUrl }),
 *       teardown: sim.close,
 *       sentRequests: () => sim.requests.length,
 *     };
 *   },
 * });
 */
export function testProvider<F extends ConformanceFixture>(runner: TestRunner, options: ConformanceOptions<F>): void {
  const { describe, beforeEach, afterEach } = runner;
  let fixture: F | undefined;
  let events: [string, string] | undefined;
  const current = (): F => {
    if (!fixture) throw new Error('conformance: no fixture; call fixture() and provider() inside a test');
    return fixture;
  };
  const currentEvents = (): [string, string] => {
    if (!events) throw new Error('conformance: no event names; call events() inside a test');
    return events;
  };
  const scope: TestScope = {
    it: runner.it,
    provider: () => current().provider,
    events: currentEvents,
    input: (n, extra = {}) => ({ url: `https://receiver.example/hooks/${n}`, events: [currentEvents()[0]], ...extra }),
    sentRequests: () => current().sentRequests?.(),
    missingId: options.missingId ?? 'missing-id',
    testEvent: options.testEvent,
  };

  describe(`WebhookProvider conformance: ${options.name}`, () => {
    beforeEach(async () => {
      fixture = await options.setup();
      if (options.events) events = options.events;
      else {
        const types = await fixture.provider.listEventTypes();
        assert.ok(types.length >= 2, 'listEventTypes returns at least two event names');
        events = [types[0]!.name, types[1]!.name];
      }
    });
    afterEach(async () => {
      const finished = fixture;
      fixture = undefined;
      events = undefined;
      await finished?.teardown?.();
    });
    for (const group of GROUPS) group(scope);
    options.additionalTests?.({ runner, fixture: current, provider: scope.provider, events: currentEvents });
  });
}
