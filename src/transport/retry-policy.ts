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

/**
 * The client's `retry` option with defaults: 2 retries, 500 ms doubling, waits capped at 30 s.
 * A call's own `retry` goes over it: `false` for one attempt, or the fields it names (the rest,
 * `sleep` included, stay the client's).
 */
export function retryPolicy(option: false | RetryOptions | undefined, base?: RetryPolicy): RetryPolicy {
  const retry = option === false ? { retries: 0 } : (option ?? {});
  return {
    retries: retry.retries ?? base?.retries ?? 2,
    minDelay: retry.minDelay ?? base?.minDelay ?? 500,
    maxDelay: retry.maxDelay ?? base?.maxDelay ?? 30_000,
    sleep: retry.sleep ?? base?.sleep ?? defaultSleep,
  };
}

/** The wait before retry `retry` (1-based): `minDelay` doubling each time, capped, with up to half of it jittered away. */
export function backoff(retry: number, min: number, max: number): number {
  const base = Math.min(max, min * 2 ** (retry - 1));
  return Math.round(base / 2 + (Math.random() * base) / 2);
}

/**
 * A wait the provider asked for, with a little jitter on top (up to 10 %, at most 1 s), so that
 * many clients told "60 s" do not all come back in the same millisecond. Never shorter than asked.
 */
export function jitteredRetryAfter(asked: number): number {
  return Math.round(asked + Math.random() * Math.min(asked * 0.1, 1000));
}

const SAFE_TO_REPEAT = new Set(['GET', 'PUT', 'PATCH', 'DELETE']);

/** Whether a request may be sent again after it may have reached the server. */
export function mayRepeat(method: string, carriesIdempotencyKey: boolean): boolean {
  return SAFE_TO_REPEAT.has(method) || carriesIdempotencyKey;
}

const IP_LITERAL = /^(?:\d{1,3}(?:\.\d{1,3}){3}|\[[0-9a-f:.]+\])$/i;

/**
 * Whether a failure is a refused connection to the request's own host and port, which means it
 * never reached the server, so even a POST without a key may repeat. A refusal from elsewhere (a
 * second hop a custom `fetch` followed) proves nothing about the first, so it does not count.
 */
export function neverReachedServer(error: unknown, url: string): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current instanceof Error; depth++) {
    const { code, port, address } = current as { code?: unknown; port?: unknown; address?: unknown };
    if (code === 'ECONNREFUSED') return refusedBy(url, port, address);
    current = current.cause;
  }
  return false;
}

function refusedBy(url: string, port: unknown, address: unknown): boolean {
  const target = new URL(url);
  const targetPort = Number(target.port || (target.protocol === 'https:' ? 443 : 80));
  if (port !== undefined && Number(port) !== targetPort) return false;
  const host = target.hostname.replace(/^\[|\]$/g, '');
  // A host name resolves to an address we cannot check; an IP literal must be the one refused.
  if (address !== undefined && IP_LITERAL.test(target.hostname) && address !== host) return false;
  return true;
}

/** How `withRetries` runs one logical call. */
export interface RetryRun {
  retries: number;
  signal?: AbortSignal | undefined;
  /** Decides, after attempt `attemptNumber` failed, whether to try again; it also waits. */
  shouldRetry: (error: unknown, attemptNumber: number) => Promise<boolean>;
}

// Imported when a first attempt fails, as ky is on the first request (see http-client.ts):
// importing hookbridge sends nothing, and a call that succeeds at once never needs it.
let pRetryModule: Promise<typeof import('p-retry')> | undefined;

/**
 * Runs `attempt` until it succeeds, `shouldRetry` says no, or retries run out; the last error is
 * thrown as it is. The first attempt is made here, checked against the signal before and after as
 * p-retry checks every attempt; only once it has failed does p-retry take over, handed that
 * failure as its own first attempt, so most calls (which succeed at once) never pay for it.
 */
export async function withRetries<T>(attempt: (attemptNumber: number) => Promise<T>, run: RetryRun): Promise<T> {
  run.signal?.throwIfAborted();
  let result: T;
  try {
    result = await attempt(1);
  } catch (error) {
    return retryAfter(error, attempt, run);
  }
  run.signal?.throwIfAborted();
  return result;
}

async function retryAfter<T>(first: unknown, attempt: (attemptNumber: number) => Promise<T>, run: RetryRun): Promise<T> {
  const { default: pRetry } = await (pRetryModule ??= import('p-retry'));
  return pRetry((attemptNumber) => (attemptNumber === 1 ? Promise.reject(first) : attempt(attemptNumber)), {
    retries: run.retries,
    minTimeout: 0,
    maxTimeout: 0,
    ...(run.signal ? { signal: run.signal } : {}),
    shouldRetry: ({ error, attemptNumber }) => run.shouldRetry(error, attemptNumber),
  });
}
