/**
 * GitHub's rate limit as the simulator applies it: the kit's fixed window, counted once per
 * request, reported in GitHub's five headers on every response, and answered when exhausted as a
 * primary limit (403, `x-ratelimit-remaining: 0`) or a secondary one (429 with `retry-after`).
 * @module
 */
import { FixedWindowRateLimiter, type RateLimitOptions, type SimRequest, type SimResponse } from '../../../src/testing/kit';
import { gitHubError, RATE_LIMIT_DOCS, SECONDARY_LIMIT_MESSAGE } from './errors';

/** How an exhausted limit is answered. */
export type GitHubRateLimitResponse = 'primary' | 'secondary';

interface Decision {
  limited: boolean;
  headers: Record<string, string>;
  retryAfter?: string;
}

/**
 * The simulator's limiter. The kit's server runs with its own limiter off, because GitHub's
 * headers and limited answers differ from the kit's; a request's decision is taken on first use
 * (the handler, or the error answer of an injected fault) and kept for its response headers.
 */
export class GitHubRateLimit {
  readonly #limiter: FixedWindowRateLimiter | undefined;
  readonly #response: GitHubRateLimitResponse;
  readonly #decisions = new WeakMap<SimRequest, Decision>();

  /** `options` as the simulator's `rateLimit` (`false`: no limit and no headers). */
  constructor(options: RateLimitOptions | false | undefined, response: GitHubRateLimitResponse = 'primary') {
    this.#limiter = options === false ? undefined : new FixedWindowRateLimiter(options ?? {});
    this.#response = response;
  }

  #decide(request: SimRequest): Decision | undefined {
    if (!this.#limiter) return undefined;
    const known = this.#decisions.get(request);
    if (known) return known;
    const taken = this.#limiter.take();
    const remaining = Number(taken.headers['X-RateLimit-Remaining']);
    const decision: Decision = {
      limited: taken.limited,
      headers: {
        'x-ratelimit-limit': String(this.#limiter.limit),
        'x-ratelimit-remaining': String(remaining),
        'x-ratelimit-used': String(this.#limiter.limit - remaining),
        'x-ratelimit-reset': taken.headers['X-RateLimit-Reset'] ?? '0',
        'x-ratelimit-resource': 'core',
      },
      ...(taken.headers['Retry-After'] === undefined ? {} : { retryAfter: taken.headers['Retry-After'] }),
    };
    this.#decisions.set(request, decision);
    return decision;
  }

  /** Counts the request; the answer when the window is exhausted, else undefined. */
  refusal(request: SimRequest): SimResponse | undefined {
    const decision = this.#decide(request);
    if (!decision?.limited) return undefined;
    if (this.#response === 'secondary') {
      return { ...gitHubError(429, SECONDARY_LIMIT_MESSAGE, `${RATE_LIMIT_DOCS}#about-secondary-rate-limits`), headers: { 'retry-after': decision.retryAfter ?? '60' } };
    }
    // A primary limit says when it resets in `x-ratelimit-reset`; GitHub sends no retry-after with it.
    return gitHubError(403, 'API rate limit exceeded for user ID 1.', RATE_LIMIT_DOCS);
  }

  /** GitHub's rate-limit headers for the request's response (none when the limit is off). */
  headers(request: SimRequest): Record<string, string> {
    return this.#decide(request)?.headers ?? {};
  }

  /** Starts a fresh window. */
  reset(): void {
    this.#limiter?.reset();
  }
}
