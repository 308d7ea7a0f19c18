import { describe, expect, it } from 'vitest';
import { KEY_CACHE_CAPACITY, keyCache } from '../../../src/verify/key-cache';

describe('keyCache', () => {
  const counting = () => {
    const prepared: string[] = [];
    const keyOf = keyCache((secret) => {
      prepared.push(secret);
      return { for: secret };
    });
    return { prepared, keyOf };
  };

  it('prepares a secret once and hands back the same key after', () => {
    const { prepared, keyOf } = counting();
    const first = keyOf('s1');
    expect(keyOf('s1')).toBe(first);
    expect(keyOf('s2')).not.toBe(first);
    expect(prepared).toEqual(['s1', 's2']);
  });

  it(`keeps at most ${KEY_CACHE_CAPACITY} secrets, dropping the least recently used first once full`, () => {
    const { prepared, keyOf } = counting();
    for (let i = 0; i < KEY_CACHE_CAPACITY; i++) keyOf(`s${i}`);
    keyOf('s0'); // used again while full: now the most recent
    keyOf('new'); // evicts s1, the least recently used
    prepared.length = 0;
    keyOf('s0');
    keyOf('s2');
    expect(prepared).toEqual([]);
    keyOf('s1');
    expect(prepared).toEqual(['s1']);
  });

  it('caches nothing when preparing throws (an unusable secret fails every time)', () => {
    let calls = 0;
    const keyOf = keyCache((secret) => {
      calls++;
      throw new Error(`bad ${secret.length}`);
    });
    expect(() => keyOf('x')).toThrow('bad 1');
    expect(() => keyOf('x')).toThrow('bad 1');
    expect(calls).toBe(2);
  });

  it('forgets a key whose preparation rejected, so the next use prepares it again', async () => {
    let calls = 0;
    const keyOf = keyCache((secret) => {
      calls++;
      return calls === 1 ? Promise.reject(new Error(`no key for ${secret.length} chars`)) : Promise.resolve({ for: secret });
    });
    await expect(keyOf('s1')).rejects.toThrow('no key');
    await expect(keyOf('s1')).resolves.toEqual({ for: 's1' });
    expect(calls).toBe(2);
  });
});
