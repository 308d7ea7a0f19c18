import { claimToken, ClaimTokens } from './claim-tokens';
import type { ClaimResult, DedupeStore } from './dedupe-store';
import { redisCommandOf, replyText, type RedisLikeClient } from './redis-client';
import { checkStoreArguments } from './store-arguments';

/** Options of `redisDedupeStore`. */
export interface RedisDedupeStoreOptions {
  /** Put before every key (default `hookbridge:dedupe:`), to keep the store's keys apart from the app's. */
  prefix?: string;
}

const DONE = 'done';
const CLAIMED = 'claimed:';
// How often a claim retries when the key it saw held had expired before it could read it.
const CLAIM_ATTEMPTS = 3;

// Deletes the key only while it still holds this claim: one round trip, so nothing can claim it
// between the check and the delete.
const RELEASE_SCRIPT = "if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end return 0";

/**
 * A `DedupeStore` in Redis, shared by every instance of a receiver, through the app's own
 * node-redis (v4 or later) or ioredis client; hookbridge depends on neither. A claim is
 * `SET key claimed:<token> NX PX leaseMs` (atomic: one claimant wins), `complete` is
 * `SET key done PX ttlMs`, and `release` deletes the key in a Lua script only while it still
 * holds that claim's token, so a worker whose lease ran out cannot release a newer claim.
 * Redis errors (a closed client, a timeout) are thrown as the client throws them.
 *
 * @example
 * import { createClient } from 'redis';
 * const redis = await createClient({ url: process.env.REDIS_URL }).connect();
 * const dedupe = redisDedupeStore(redis, { prefix: 'myapp:webhooks:' });
 */
export function redisDedupeStore(client: RedisLikeClient, options: RedisDedupeStoreOptions = {}): DedupeStore {
  const send = redisCommandOf(client);
  const prefix = options.prefix ?? 'hookbridge:dedupe:';
  const tokens = new ClaimTokens();
  const keyOf = (key: string) => prefix + key;

  return {
    async claim(key, leaseMs, token): Promise<ClaimResult> {
      checkStoreArguments('claim', key, { name: 'leaseMs', value: leaseMs });
      const mine = claimToken(token);
      for (let attempt = 0; attempt < CLAIM_ATTEMPTS; attempt++) {
        if (replyText(await send(['SET', keyOf(key), CLAIMED + mine, 'NX', 'PX', String(Math.ceil(leaseMs))])) === 'OK') {
          if (token === undefined) tokens.remember(key, mine);
          return 'claimed';
        }
        const held = replyText(await send(['GET', keyOf(key)]));
        if (held === DONE) return 'done';
        if (held !== null) return 'processing';
        // The key expired between SET and GET: try to claim it again.
      }
      return 'processing';
    },
    async complete(key, ttlMs) {
      checkStoreArguments('complete', key, { name: 'ttlMs', value: ttlMs });
      tokens.forget(key);
      await send(['SET', keyOf(key), DONE, 'PX', String(Math.ceil(ttlMs))]);
    },
    async release(key, token) {
      checkStoreArguments('release', key);
      const mine = tokens.forRelease(key, token);
      if (mine !== undefined) await send(['EVAL', RELEASE_SCRIPT, '1', keyOf(key), CLAIMED + mine]);
    },
  };
}
