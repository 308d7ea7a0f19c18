/**
 * What a dedupe store answers to a claim: `'claimed'` (go ahead, the key is yours for the
 * lease), `'processing'` (another worker holds it), `'done'` (already handled).
 */
export type ClaimResult = 'claimed' | 'processing' | 'done';

/**
 * Remembers which events were handled, shared by every instance of a receiver, so that each
 * event is processed once however many times (and wherever) it is delivered. A key is claimed
 * for a lease before the work, completed after it (kept for `ttlMs`, the provider's retry
 * window), or released when the work failed so the provider's retry can claim it again.
 *
 * `token` identifies one claim: pass the same one to `claim` and `release`. A release acts only
 * while the key is still held under that token, so a worker whose lease ran out (and whose key
 * another worker has claimed since) cannot release the newer claim. Without a token a store
 * uses one of its own per key, which is right only when one process never claims a key twice at
 * once. `complete` needs no token: the work was done, whoever holds the key now.
 *
 * `memoryDedupeStore` and `redisDedupeStore` implement it; `testDedupeStore` (hookbridge/testing)
 * checks any other.
 */
export interface DedupeStore {
  /** Claims `key` for `leaseMs` unless it is held or done; an expired claim can be claimed again. */
  claim(key: string, leaseMs: number, token?: string): Promise<ClaimResult>;
  /** Marks `key` done for `ttlMs`: claims answer `'done'` until then. */
  complete(key: string, ttlMs: number, token?: string): Promise<void>;
  /** Drops the claim on `key` held under `token`, so it can be claimed again; a done key stays done. */
  release(key: string, token?: string): Promise<void>;
}

/** How long a claim lasts when nobody completes or releases it (a crashed worker): 60 s. */
export const DEFAULT_LEASE_MS = 60_000;

/** How long a done key is remembered: 72 h, longer than the providers' retry windows. */
export const DEFAULT_DONE_TTL_MS = 72 * 60 * 60 * 1000;
