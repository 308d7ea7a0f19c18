/** What a request learns when it presents an idempotency key. */
export type IdempotencyClaim<R> =
  /** First use: go ahead, then `complete` (or `release`). */
  | { state: 'claimed' }
  /** Another request with this key has not finished: the provider answers 409. */
  | { state: 'in-flight' }
  /** Seen before: replay this response. */
  | { state: 'completed'; response: R; requestId: string };

interface Slot<R> {
  requestId: string;
  expiresAt: number;
  response?: R;
}

/**
 * Idempotency keys and the first response given for each, kept for `ttlMs` (sent.dm: 24 h per key
 * per customer). Callers scope keys themselves (e.g. `customer:key`).
 */
export class IdempotencyStore<R> {
  readonly #slots = new Map<string, Slot<R>>();
  readonly #ttlMs: number;
  readonly #now: () => number;

  constructor(ttlMs: number = 24 * 60 * 60 * 1000, now: () => number = Date.now) {
    this.#ttlMs = ttlMs;
    this.#now = now;
  }

  /** Claims `key` for the request `requestId`, or tells why it cannot. */
  claim(key: string, requestId: string): IdempotencyClaim<R> {
    const now = this.#now();
    const slot = this.#slots.get(key);
    if (slot && slot.expiresAt > now) {
      return slot.response === undefined
        ? { state: 'in-flight' }
        : { state: 'completed', response: slot.response, requestId: slot.requestId };
    }
    this.#slots.set(key, { requestId, expiresAt: now + this.#ttlMs });
    return { state: 'claimed' };
  }

  /** Stores the response a claimed key is answered with from now on. */
  complete(key: string, response: R): void {
    const slot = this.#slots.get(key);
    if (slot) slot.response = response;
  }

  /** Frees a claimed key without storing anything (a server error is not worth replaying). */
  release(key: string): void {
    const slot = this.#slots.get(key);
    if (slot && slot.response === undefined) this.#slots.delete(key);
  }

  /** Forgets every key. */
  clear(): void {
    this.#slots.clear();
  }
}
