import assert from 'node:assert/strict';
import type { StoreScope } from './options';

const LONG = 60_000;

/** Claim, complete and release on one key, and keys kept apart. */
export function claimTests({ it, store }: StoreScope): void {
  it('a new key is claimed once: the next claim is processing', async () => {
    assert.equal(await store().claim('k1', LONG, 't1'), 'claimed');
    assert.equal(await store().claim('k1', LONG, 't2'), 'processing', 'a held key is processing for everyone else');
  });

  it('a completed key is done, for claims with or without a token', async () => {
    await store().claim('k1', LONG, 't1');
    await store().complete('k1', LONG, 't1');
    assert.equal(await store().claim('k1', LONG, 't2'), 'done');
    assert.equal(await store().claim('k1', LONG), 'done');
  });

  it('a released key can be claimed again (the retry of a failed delivery)', async () => {
    await store().claim('k1', LONG, 't1');
    await store().release('k1', 't1');
    assert.equal(await store().claim('k1', LONG, 't2'), 'claimed');
  });

  it('release without a token releases the claim this store made without one', async () => {
    assert.equal(await store().claim('k1', LONG), 'claimed');
    await store().release('k1');
    assert.equal(await store().claim('k1', LONG), 'claimed');
  });

  it('a release under another token leaves the claim held', async () => {
    await store().claim('k1', LONG, 'mine');
    await store().release('k1', 'someone-else');
    assert.equal(await store().claim('k1', LONG, 't3'), 'processing');
  });

  it('a release after complete leaves the key done', async () => {
    await store().claim('k1', LONG, 't1');
    await store().complete('k1', LONG, 't1');
    await store().release('k1', 't1');
    assert.equal(await store().claim('k1', LONG, 't2'), 'done');
  });

  it('complete without a claim marks the key done', async () => {
    await store().complete('k1', LONG);
    assert.equal(await store().claim('k1', LONG, 't1'), 'done');
  });

  it('keys are independent', async () => {
    await store().claim('k1', LONG, 't1');
    await store().complete('k2', LONG);
    assert.equal(await store().claim('k3', LONG, 't3'), 'claimed');
    assert.equal(await store().claim('k1', LONG, 't4'), 'processing');
    assert.equal(await store().claim('k2', LONG, 't5'), 'done');
  });

  it('keys with separators and other characters are kept apart', async () => {
    const keys = ['sentdm/message.delivered/a', 'sentdm/message.delivered/a/b', 'dialnexa/call_ended/%3A x', 'ünïcode/🙂'];
    for (const key of keys) assert.equal(await store().claim(key, LONG, key), 'claimed', key);
    for (const key of keys) assert.equal(await store().claim(key, LONG, `${key}-again`), 'processing', key);
  });

  it('of 50 concurrent claims of one key exactly one is claimed', async () => {
    const results = await Promise.all(Array.from({ length: 50 }, (_, n) => store().claim('hot', LONG, `t${n}`)));
    assert.equal(results.filter((result) => result === 'claimed').length, 1, 'one winner');
    assert.ok(results.every((result) => result === 'claimed' || result === 'processing'), 'the rest are processing');
  });

  it('refuses a blank key and a lease or TTL that is not a positive number, before touching the store', async () => {
    await assert.rejects(store().claim('', LONG, 't'), /key/);
    await assert.rejects(store().claim('k1', 0, 't'), /leaseMs/);
    await assert.rejects(store().complete('k1', Number.NaN), /ttlMs/);
    assert.equal(await store().claim('k1', LONG, 't'), 'claimed', 'nothing was claimed by the refused calls');
  });
}
