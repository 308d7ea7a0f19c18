import * as vitest from 'vitest';
import { describe, expect, it } from 'vitest';
import { memoryDedupeStore, type MemoryDedupeStoreOptions } from '../../../src/dedupe';
import { testDedupeStore } from '../../../entries/testing';

/** A memory store on a clock the test moves. */
function clocked(options: MemoryDedupeStoreOptions = {}) {
  let now = 1_700_000_000_000;
  return { store: memoryDedupeStore({ ...options, now: () => now }), elapse: async (ms: number) => { now += ms; } };
}

testDedupeStore(vitest, { name: 'memoryDedupeStore', setup: () => clocked() });

describe('memoryDedupeStore bounds', () => {
  it('past maxKeys it forgets the oldest done keys first, and keeps live claims', async () => {
    const { store } = clocked({ maxKeys: 3 });
    await store.claim('live', 60_000, 't');
    await store.complete('done-1', 60_000);
    await store.complete('done-2', 60_000);
    await store.complete('done-3', 60_000); // a fourth key: done-1 goes
    expect(await store.claim('done-1', 60_000, 'a')).toBe('claimed'); // forgotten, so claimable; done-2 goes now
    expect(await store.claim('done-2', 60_000, 'b')).toBe('claimed');
    expect(await store.claim('live', 60_000, 'c')).toBe('processing');
  });

  it('with only claims left, the oldest claim goes', async () => {
    const { store } = clocked({ maxKeys: 2 });
    await store.claim('a', 60_000, 't');
    await store.claim('b', 60_000, 't');
    await store.claim('c', 60_000, 't');
    expect(await store.claim('a', 60_000, 'again')).toBe('claimed');
  });

  it('refuses a maxKeys that is not a positive whole number at construction', () => {
    for (const maxKeys of [0, -1, 1.5, Number.NaN]) expect(() => memoryDedupeStore({ maxKeys })).toThrow(/maxKeys/);
  });
});
