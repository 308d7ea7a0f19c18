/**
 * How many secrets one scheme keeps prepared keys for: a deployment has a handful (two while
 * rotating); a multi-tenant receiver with more still verifies, it just prepares keys more often.
 */
export const KEY_CACHE_CAPACITY = 64;

/**
 * `prepare` remembered for up to `KEY_CACHE_CAPACITY` secrets (once full, the least recently used
 * is dropped first), so a secret's key is derived and imported once instead of per delivery.
 * The secrets stay inside this closure, only as keys of its map: nothing reads them back out,
 * and at most `KEY_CACHE_CAPACITY` of them are kept alive. A `prepare` that throws caches nothing;
 * one whose promise rejects is forgotten.
 */
export function keyCache<K>(prepare: (secret: string) => K): (secret: string) => K {
  const keys = new Map<string, K>();
  return (secret) => {
    let key = keys.get(secret);
    if (key === undefined) {
      const prepared = prepare(secret);
      key = prepared;
      // A key prepared asynchronously (Web Crypto's importKey) that fails is forgotten, so the
      // next delivery tries again; the catch also keeps an unawaited failure from going unhandled.
      if (prepared instanceof Promise) prepared.catch(() => { if (keys.get(secret) === prepared) keys.delete(secret); });
      if (keys.size >= KEY_CACHE_CAPACITY) keys.delete(keys.keys().next().value!);
    } else if (keys.size >= KEY_CACHE_CAPACITY) {
      // Moved to the end: the map's order is least recently used first. Only needed once full,
      // where the next insert evicts; below that, a hit costs one lookup.
      keys.delete(secret);
    } else {
      return key;
    }
    keys.set(secret, key);
    return key;
  };
}
