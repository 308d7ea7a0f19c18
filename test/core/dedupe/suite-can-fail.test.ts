import { describe, expect, it } from 'vitest';
import { memoryDedupeStore, type DedupeStore } from '../../../src/dedupe';
import { testDedupeStore } from '../../../entries/testing';

// The store suite is only worth running if it catches a broken store: register it with a runner
// that only collects, on deliberately broken stores, and check the right test fails.
function collect(store: () => DedupeStore): (name: string) => Promise<void> {
  const tests = new Map<string, () => Promise<void>>();
  const before: Array<() => Promise<void>> = [];
  testDedupeStore({
    describe: (_name, body) => body(),
    it: (name, body) => tests.set(name, body),
    beforeEach: (body) => before.push(body),
    afterEach: () => undefined,
  }, { name: 'broken', setup: () => ({ store: store(), elapse: async () => undefined }) });
  return async (prefix) => {
    const names = [...tests.keys()].filter((name) => name.startsWith(prefix));
    if (names.length !== 1) throw new Error(`${names.length} tests start with ${prefix}`);
    for (const hook of before) await hook();
    await tests.get(names[0]!)!();
  };
}

/** A memory store with `change` over it. */
const broken = (change: (real: DedupeStore) => Partial<DedupeStore>) => () => {
  const real = memoryDedupeStore();
  return { ...real, ...change(real) };
};

describe('the dedupe store suite', () => {
  it('passes a correct store', async () => {
    await collect(() => memoryDedupeStore())('of 50 concurrent claims');
  });

  it('catches a release that ignores the token', async () => {
    const run = collect(() => {
      const held = new Map<string, 'held' | 'done'>();
      return {
        claim: async (key) => (held.get(key) === 'done' ? 'done' : held.has(key) ? 'processing' : (held.set(key, 'held'), 'claimed')),
        complete: async (key) => { held.set(key, 'done'); },
        release: async (key) => { if (held.get(key) === 'held') held.delete(key); },
      };
    });
    await expect(run('a release under another token leaves the claim held')).rejects.toThrow(/processing/);
  });

  it('catches a claim that reads, then writes (two concurrent claims both win)', async () => {
    const seen = new Set<string>();
    const run = collect(() => {
      const real = memoryDedupeStore();
      return {
        ...real,
        claim: async (key, leaseMs, token) => {
          const first = !seen.has(key);
          await new Promise((resolve) => setTimeout(resolve, 1));
          seen.add(key);
          return first ? 'claimed' : real.claim(key, leaseMs, token);
        },
      };
    });
    await expect(run('of 50 concurrent claims')).rejects.toThrow(/one winner/);
  });

  it('catches a store that forgets done keys at once', async () => {
    const run = collect(broken((real) => ({ complete: async (key) => { await real.release(key); } })));
    await expect(run('a completed key is done')).rejects.toThrow();
  });
});
