import { describe, expect, it } from 'vitest';
import { createMemoryProvider } from '../../../../entries/testing';
import { broken, collect, forgettingKeys, dropping, type Breakage } from './collecting-runner';

// The conformance suite is only worth running if it catches a broken adapter: run it with a
// collecting runner against deliberately broken providers and check the right test fails.
const unchanged: Breakage = () => ({});
const REFUSAL_MISSING = /expected ValidationError, but it succeeded/;

describe('the conformance suite', () => {
  it('passes a correct provider', async () => {
    const run = collect({ name: 'memory', setup: () => ({ provider: createMemoryProvider() }) }).run;
    await run('update changes only the named fields; events replaces the list');
  });

  it('catches an update that resets fields the caller did not name', async () => {
    const { run } = broken((real) => ({ update: (id, patch) => real.update(id, { events: ['webhook.test'], ...patch }) }));
    await expect(run('update changes only the named fields; events replaces the list')).rejects.toThrow(/deepStrictEqual|Expected/);
  });

  it('catches a get that leaks the secret', async () => {
    const { run } = broken((real) => ({ get: async (id) => ({ ...(await real.get(id)), secret: 'whsec_leaked_leaked_leaked' }) }));
    await expect(run('create returns the normalized webhook with its secret, once')).rejects.toThrow(/get never returns the secret/);
  });

  it('catches a delete that succeeds twice', async () => {
    const { run } = broken((real) => ({ delete: async (id) => { await real.delete(id).catch(() => undefined); } }));
    await expect(run('delete removes it; a second delete and a get are NotFoundError')).rejects.toThrow(/second delete/);
  });
});

describe('the conformance suite on capabilities', () => {
  const allOff = {
    sendTestEvent: false, listDeliveries: false, callerSecret: false, names: false, eventFilters: false,
    deliverySettings: false, search: false, maxPageSize: 10, idempotencyKeys: false,
  };

  it('passes every test on a provider that does all it declares, with every capability on or off', async () => {
    for (const suite of [broken(unchanged), broken(unchanged, { capabilities: allOff })]) {
      for (const name of suite.names) await suite.run(name);
    }
  });

  // [what the adapter gets wrong, the test that must fail, how it must fail, the broken adapter]
  const cases: Array<[string, string, RegExp, () => ReturnType<typeof broken>]> = [
    ['drops the name it declares', 'names:', /create keeps a name/, () => broken(dropping('name'))],
    ['ignores a name it cannot keep', 'names:', REFUSAL_MISSING, () => broken(dropping('name'), { capabilities: { names: false } })],
    ['loses event filters on get', 'eventFilters:', /get shows event filters/,
      () => broken((real) => ({ get: async (id) => ({ ...(await real.get(id)), eventFilters: undefined }) }))],
    ['ignores event filters it cannot keep', 'eventFilters:', REFUSAL_MISSING,
      () => broken(dropping('eventFilters'), { capabilities: { eventFilters: false } })],
    ['resets the delivery settings an update does not name', 'deliverySettings:', /update changes delivery settings/,
      () => broken((real) => ({
        update: (id, patch, call) => real.update(id, patch.delivery ? { ...patch, delivery: { retryCount: 3, timeoutSeconds: 30, ...patch.delivery } } : patch, call),
      }))],
    ['ignores delivery settings it cannot keep', 'deliverySettings:', REFUSAL_MISSING,
      () => broken(dropping('delivery'), { capabilities: { deliverySettings: false } })],
    ['ignores search it declares', 'search:', /search keeps only the matching webhook/,
      () => broken((real) => ({ list: (params, call) => real.list({ ...params, search: undefined }, call) }))],
    ['ignores search it cannot do', 'search:', REFUSAL_MISSING,
      () => broken((real) => ({ list: (params, call) => real.list({ ...params, search: undefined }, call) }), { capabilities: { search: false } })],
    ["replaces the caller's secret it declares it takes", 'callerSecret:', /create returns the chosen secret/, () => broken(dropping('secret'))],
    ["ignores a caller's secret it cannot take", 'callerSecret:', REFUSAL_MISSING,
      () => broken(dropping('secret'), { capabilities: { callerSecret: false } })],
    ['ignores the secret chosen for an emulated rotation', 'rotateSecret: a chosen', /rotateSecret returns the chosen secret/,
      () => broken((real) => ({ rotateSecret: (id) => real.rotateSecret(id) }), { capabilities: { rotateSecret: 'emulated' } })],
    ['ignores the secret chosen for a native rotation instead of refusing it', 'rotateSecret: a chosen', /rotateSecret returns the chosen secret/,
      () => broken((real) => ({ rotateSecret: (id) => real.rotateSecret(id) }))],
    ['accepts a rotation secret it cannot take', 'rotateSecret: a chosen', REFUSAL_MISSING,
      () => broken((real) => ({ rotateSecret: (id) => real.rotateSecret(id) }), { capabilities: { callerSecret: false } })],
    ['accepts pages larger than the maxPageSize it declares', 'maxPageSize:', REFUSAL_MISSING,
      () => broken((real) => ({ capabilities: { ...real.capabilities, maxPageSize: 10 } }))],
    ['sends a page size above the maximum before refusing it', 'maxPageSize:', /nothing was sent/, () => {
      let sent = 0;
      return broken((real) => ({ list: (params, call) => { sent++; return real.list(params, call); } }), {}, () => sent);
    }],
    ['declares idempotency keys but creates twice', 'idempotencyKeys:', /the repeated create answers with the first webhook/, () => broken(forgettingKeys)],
    ['deduplicates by key but declares it does not', 'idempotencyKeys:', /each create makes a webhook/,
      () => broken((real) => ({ capabilities: { ...real.capabilities, idempotencyKeys: false } }))],
  ];

  it.each(cases)('catches an adapter that %s', async (_what, test, failure, adapter) => {
    await expect(adapter().run(test)).rejects.toThrow(failure);
  });

  it('registers additionalTests inside the suite, with the same setup and teardown', async () => {
    const torn: string[] = [];
    let made = 0;
    const suite = collect({
      name: 'memory',
      setup: () => { const label = `fixture ${++made}`; return { provider: createMemoryProvider(), label, teardown: () => { torn.push(label); } }; },
      additionalTests: ({ runner, fixture, provider }) => {
        runner.it('own case', async () => {
          expect(fixture().label).toBe(`fixture ${made}`);
          expect(provider()).toBe(fixture().provider);
          await provider().create({ url: 'https://receiver.example/own', events: ['example.created'] });
        });
      },
    });
    expect(suite.names.at(-1)).toBe('own case');
    expect(suite.insideDescribe.has('own case')).toBe(true);
    await suite.run('own case');
    expect(torn).toEqual([`fixture ${made}`]);
  });
});
