/**
 * The tokens of claims a store took without one (`claim(key, leaseMs)`), per key, so that a
 * later `release(key)` without a token still releases only the claim this store made.
 */
export class ClaimTokens {
  readonly #byKey = new Map<string, string>();

  /** Remembers the token of a successful claim made without one. */
  remember(key: string, token: string): void {
    this.#byKey.set(key, token);
  }

  /** The token to release `key` with (`given`, else the remembered one); forgets the remembered one. */
  forRelease(key: string, given: string | undefined): string | undefined {
    const remembered = this.#byKey.get(key);
    this.#byKey.delete(key);
    return given ?? remembered;
  }

  /** Forgets the remembered token of a key that is done. */
  forget(key: string): void {
    this.#byKey.delete(key);
  }
}

/** The token a claim is made with: the caller's, or a new random one. */
export const claimToken = (given: string | undefined): string => given ?? crypto.randomUUID();
