/** How many requests a simulator accepts per window. */
export interface RateLimitOptions {
  /** Requests per window (default 10 000: generous, so ordinary tests never trip it). */
  limit?: number;
  /** Window length in ms (default 60 000). */
  windowMs?: number;
}

/** The verdict for one request and the headers both providers send with every response. */
export interface RateLimitDecision {
  limited: boolean;
  /** `X-RateLimit-Limit`, `X-RateLimit-Remaining`, `X-RateLimit-Reset` (Unix seconds), and `Retry-After` when limited. */
  headers: Record<string, string>;
}

/**
 * A fixed-window counter per simulator (each simulator has one API key, and both providers limit
 * per key). Fixed rather than sliding so a test can predict exactly which request gets the 429.
 */
export class FixedWindowRateLimiter {
  readonly limit: number;
  readonly windowMs: number;
  #windowStart = -Infinity;
  #used = 0;
  readonly #now: () => number;

  constructor(options: RateLimitOptions = {}, now: () => number = Date.now) {
    this.limit = options.limit ?? 10_000;
    this.windowMs = options.windowMs ?? 60_000;
    if (!(Number.isInteger(this.limit) && this.limit > 0) || !(this.windowMs > 0)) {
      throw new TypeError('rateLimit: limit must be a positive integer and windowMs a positive number');
    }
    this.#now = now;
  }

  /** Starts a fresh window. */
  reset(): void {
    this.#windowStart = -Infinity;
    this.#used = 0;
  }

  /** Counts a request that just arrived. */
  take(): RateLimitDecision {
    const now = this.#now();
    if (now >= this.#windowStart + this.windowMs) {
      this.#windowStart = now;
      this.#used = 0;
    }
    const resetAt = this.#windowStart + this.windowMs;
    const limited = this.#used >= this.limit;
    if (!limited) this.#used += 1;
    const headers: Record<string, string> = {
      'X-RateLimit-Limit': String(this.limit),
      'X-RateLimit-Remaining': String(this.limit - this.#used),
      'X-RateLimit-Reset': String(Math.ceil(resetAt / 1000)),
    };
    if (limited) headers['Retry-After'] = String(Math.max(1, Math.ceil((resetAt - now) / 1000)));
    return { limited, headers };
  }
}
