import assert from 'node:assert/strict';
import type { StoreScope } from './options';

/** Leases and done keys run out. */
export function expiryTests({ it, store, elapse, expiryMs }: StoreScope): void {
  const past = Math.ceil(expiryMs * 1.5);

  it('a claim whose lease ran out can be claimed again (its worker died)', async () => {
    await store().claim('k1', expiryMs, 'first');
    await elapse(past);
    assert.equal(await store().claim('k1', expiryMs, 'second'), 'claimed');
  });

  it('a late release by the worker whose lease ran out leaves the newer claim held', async () => {
    await store().claim('k1', expiryMs, 'late');
    await elapse(past);
    await store().claim('k1', 60_000, 'newer');
    await store().release('k1', 'late');
    assert.equal(await store().claim('k1', 60_000, 'third'), 'processing');
  });

  it('a late complete by the worker whose lease ran out still marks the key done (the work was done)', async () => {
    await store().claim('k1', expiryMs, 'late');
    await elapse(past);
    await store().claim('k1', 60_000, 'newer');
    await store().complete('k1', 60_000, 'late');
    await store().release('k1', 'newer');
    assert.equal(await store().claim('k1', 60_000, 'third'), 'done');
  });

  it('a done key is forgotten after its TTL', async () => {
    await store().complete('k1', expiryMs);
    assert.equal(await store().claim('k1', 60_000, 't1'), 'done');
    await elapse(past);
    assert.equal(await store().claim('k1', 60_000, 't2'), 'claimed');
  });

  it('a held claim stays held before its lease runs out', async () => {
    await store().claim('k1', 60_000, 't1');
    await elapse(past);
    assert.equal(await store().claim('k1', 60_000, 't2'), 'processing');
  });
}
