import { describe, expect, it } from 'vitest';
import type { WebhookProvider } from '../../src/provider';
import { createMemoryProvider } from '../../entries/testing';
import { testProvider, type ConformanceOptions } from '../../entries/testing';

// The conformance suite is only worth running if it catches a broken adapter: run it with a
// collecting runner against deliberately broken providers and check the right test fails.
function collect(options: ConformanceOptions) {
  const tests = new Map<string, () => Promise<void>>();
  const before: Array<() => Promise<void>> = [];
  const after: Array<() => Promise<void>> = [];
  testProvider({
    describe: (_name, body) => body(),
    it: (name, body) => tests.set(name, body),
    beforeEach: (body) => before.push(body),
    afterEach: (body) => after.push(body),
  }, options);
  return async (name: string) => {
    const body = tests.get(name);
    if (!body) throw new Error(`no test named ${name}`);
    for (const hook of before) await hook();
    try { await body(); } finally { for (const hook of after) await hook(); }
  };
}

function broken(change: (real: WebhookProvider) => Partial<WebhookProvider>) {
  return collect({ name: 'broken', setup: () => { const real = createMemoryProvider(); return { provider: { ...real, ...change(real) } }; } });
}

describe('the conformance suite', () => {
  it('passes a correct provider', async () => {
    const run = collect({ name: 'memory', setup: () => ({ provider: createMemoryProvider() }) });
    await run('update changes only the named fields; events replaces the list');
  });

  it('catches an update that resets fields the caller did not name', async () => {
    const run = broken((real) => ({ update: (id, patch) => real.update(id, { events: ['webhook.test'], ...patch }) }));
    await expect(run('update changes only the named fields; events replaces the list')).rejects.toThrow(/deepStrictEqual|Expected/);
  });

  it('catches a get that leaks the secret', async () => {
    const run = broken((real) => ({ get: async (id) => ({ ...(await real.get(id)), secret: 'whsec_leaked_leaked_leaked' }) }));
    await expect(run('create returns the normalized webhook with its secret, once')).rejects.toThrow(/get never returns the secret/);
  });

  it('catches a delete that succeeds twice', async () => {
    const run = broken((real) => ({ delete: async (id) => { await real.delete(id).catch(() => undefined); } }));
    await expect(run('delete removes it; a second delete and a get are NotFoundError')).rejects.toThrow(/second delete/);
  });
});
