import { ConfigurationError } from '../errors';
import { claimToken, ClaimTokens } from './claim-tokens';
import type { ClaimResult, DedupeStore } from './dedupe-store';
import { checkStoreArguments } from './store-arguments';

/** Options of `memoryDedupeStore`. */
export interface MemoryDedupeStoreOptions {
  /** How many keys it holds at most (default 10 000); past that the oldest done keys go first. */
  maxKeys?: number;
  /** The clock in epoch ms (default `Date.now`): a test seam. */
  now?: () => number;
}

interface Claim {
  token: string;
  expiresAt: number;
}

/** The default bound of a memory store: about a megabyte of keys. */
export const DEFAULT_MEMORY_DEDUPE_KEYS = 10_000;

function checkMaxKeys(maxKeys: unknown): number {
  if (maxKeys === undefined) return DEFAULT_MEMORY_DEDUPE_KEYS;
  if (typeof maxKeys === 'number' && Number.isSafeInteger(maxKeys) && maxKeys > 0) return maxKeys;
  throw new ConfigurationError('memoryDedupeStore: maxKeys must be a positive whole number of keys.');
}

/**
 * A `DedupeStore` in this process's memory: right for one instance, and for tests. Several
 * instances behind a load balancer need a shared one (`redisDedupeStore`). At most `maxKeys`
 * keys are held; past that the oldest done keys are forgotten first (then the oldest claims), so
 * a flood of events bounds memory at the price of forgetting the earliest ones.
 *
 * @example
 * createWebhookHandler({ provider: 'sentdm', secret, dedupe: memoryDedupeStore(), onEvent });
 */
export function memoryDedupeStore(options: MemoryDedupeStoreOptions = {}): DedupeStore {
  const maxKeys = checkMaxKeys(options.maxKeys);
  const now = options.now ?? Date.now;
  // Two maps in insertion order: the first key of `done` is the oldest done key.
  const claims = new Map<string, Claim>();
  const done = new Map<string, number>();
  const tokens = new ClaimTokens();

  const evict = () => {
    while (claims.size + done.size > maxKeys) {
      const oldest = done.size > 0 ? done : claims;
      oldest.delete(oldest.keys().next().value!);
    }
  };

  return {
    async claim(key, leaseMs, token): Promise<ClaimResult> {
      checkStoreArguments('claim', key, { name: 'leaseMs', value: leaseMs });
      const at = now();
      const doneUntil = done.get(key);
      if (doneUntil !== undefined && doneUntil > at) return 'done';
      done.delete(key);
      const held = claims.get(key);
      if (held && held.expiresAt > at) return 'processing';
      const mine = claimToken(token);
      if (token === undefined) tokens.remember(key, mine);
      claims.delete(key);
      claims.set(key, { token: mine, expiresAt: at + leaseMs });
      evict();
      return 'claimed';
    },
    async complete(key, ttlMs) {
      checkStoreArguments('complete', key, { name: 'ttlMs', value: ttlMs });
      claims.delete(key);
      tokens.forget(key);
      done.delete(key);
      done.set(key, now() + ttlMs);
      evict();
    },
    async release(key, token) {
      checkStoreArguments('release', key);
      const mine = tokens.forRelease(key, token);
      if (claims.get(key)?.token === mine) claims.delete(key);
    },
  };
}
