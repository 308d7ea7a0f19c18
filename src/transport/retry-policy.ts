import pRetry from 'p-retry';
import { WebhookError } from '../errors';
import type { RetryOptions } from './client-options';

/** Retry settings with every default filled in. */
export interface RetryPolicy {
  retries: number;
  minDelay: number;
  maxDelay: number;
  sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
}

function defaultSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(() => { signal?.removeEventListener('abort', onAbort); resolve(); }, ms);
    const onAbort = () => { clearTimeout(timer); reject(signal?.reason); };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** The client's `retry` option with defaults: 2 retries, 500 ms doubling, waits capped at 30 s. */
export function retryPolicy(option: false | RetryOptions | undefined): RetryPolicy {
  const retry = option === false ? { retries: 0 } : (option ?? {});
  return {
    retries: retry.retries ?? 2,
    minDelay: retry.minDelay ?? 500,
    maxDelay: retry.maxDelay ?? 30_000,
    sleep: retry.sleep ?? defaultSleep,
  };
}

/** The wait before retry `retry` (1-based): `minDelay` doubling each time, capped, with up to half of it jittered away. */
export function backoff(retry: number, min: number, max: number): number {
  const base = Math.min(max, min * 2 ** (retry - 1));
  return Math.round(base / 2 + (Math.random() * base) / 2);
}

const SAFE_TO_REPEAT = new Set(['GET', 'PUT', 'PATCH', 'DELETE']);

/** Whether a request may be sent again after it may have reached the server. */
export function mayRepeat(method: string, carriesIdempotencyKey: boolean): boolean {
  return SAFE_TO_REPEAT.has(method) || carriesIdempotencyKey;
}

// A refused connection never reached the server, so even a POST without a key may repeat.
function neverReachedServer(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current instanceof Error; depth++) {
    if ((current as { code?: string }).code === 'ECONNREFUSED') return true;
    current = current.cause;
  }
  return false;
}

/** How `withRetries` runs one logical call. */
export interface RetryRun {
  policy: RetryPolicy;
  /** From `mayRepeat`: otherwise only a connection that never reached the server is retried. */
  repeatable: boolean;
  signal?: AbortSignal | undefined;
  /** Told before each wait, with the 1-based number of the attempt that failed. */
  onRetry?: (error: WebhookError, attempt: number, delayMs: number) => void;
}

/**
 * Runs `attempt` until it succeeds, fails for good, or retries run out. Only a retryable
 * `WebhookError` is retried; the wait is the provider's hint (`retryAfter`) or the backoff,
 * capped at `maxDelay`. The last error is thrown as it is.
 */
export function withRetries<T>(attempt: () => Promise<T>, run: RetryRun): Promise<T> {
  const { policy } = run;
  return pRetry(attempt, {
    retries: policy.retries,
    minTimeout: 0,
    maxTimeout: 0,
    ...(run.signal ? { signal: run.signal } : {}),
    shouldRetry: async ({ error, attemptNumber }) => {
      if (!WebhookError.isInstance(error) || !error.retryable) return false;
      if (!run.repeatable && !neverReachedServer(error.cause)) return false;
      const delayMs = Math.min(policy.maxDelay, error.retryAfter ?? backoff(attemptNumber, policy.minDelay, policy.maxDelay));
      run.onRetry?.(error, attemptNumber, delayMs);
      await policy.sleep(delayMs, run.signal);
      return true;
    },
  });
}
