import ky, { type KyInstance } from 'ky';
import pRetry from 'p-retry';
import { NetworkError, TimeoutError, WebhookError, type WebhookErrorInit } from './errors';
import type { CallOptions, ProviderId } from './model';
import { redactError, redactText } from './redact';
import { clip, parseJsonSafely, type HttpResponse } from './response-body';
import { retryAfterMs } from './retry-after';
import { errorForStatus } from './status-errors';

/** Retry settings. `false` turns retries off. */
export interface RetryOptions {
  /** Retries after the first attempt (default 2). */
  retries?: number;
  /** First backoff delay in ms (default 500); doubles each retry, with jitter. */
  minDelay?: number;
  /** Cap on any wait in ms, including a provider's `Retry-After` (default 30 000). */
  maxDelay?: number;
  /** Replaces the wait between attempts: a seam for tests (fake clocks) and custom schedulers. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

/** What hooks are told about a request. Never includes headers, so never a key. */
export interface RequestInfo {
  provider: ProviderId;
  operation: string;
  method: string;
  url: string;
  /** 1 for the first attempt. */
  attempt: number;
}

/** Observers for logging and metrics; they cannot change the request. */
export interface TransportHooks {
  onRequest?: (info: RequestInfo) => void;
  onResponse?: (info: RequestInfo & { status: number; durationMs: number }) => void;
  onRetry?: (info: RequestInfo & { error: WebhookError; delayMs: number }) => void;
}

/** Options every provider factory shares. */
export interface ClientOptions {
  apiKey: string;
  /** Replaces the provider's default base URL whole (a simulator, a proxy). */
  baseUrl?: string;
  /** A Fetch API implementation to use instead of the global one. */
  fetch?: typeof fetch;
  /** Per-attempt timeout in ms (default 30 000). */
  timeout?: number;
  retry?: false | RetryOptions;
  /** Headers added to every request. */
  headers?: Record<string, string>;
  hooks?: TransportHooks;
}

/** What a provider tells the transport about itself. */
export interface TransportConfig extends ClientOptions {
  provider: ProviderId;
  baseUrl: string;
  /** The headers that carry the credentials. */
  authHeaders: Record<string, string>;
  /** Reads the provider's error body into message and fields; must not throw. */
  describeError: (response: HttpResponse) => { message: string } & WebhookErrorInit;
  /** Header that makes a mutation safe to repeat (sent.dm `Idempotency-Key`). */
  idempotencyHeader?: string;
  /** Parts of the key that are secret on their own, so errors redact each of them too. */
  keyParts?: (apiKey: string) => string[];
  /**
   * For a 2xx only: the status to fail it with when the body says the call failed (sent.dm can
   * answer 200 with `success: false`), or `undefined` when it really succeeded. The failure then
   * takes the same path as an HTTP error: `describeError`, the status's class, retries. Must not throw.
   */
  failureStatus?: (response: HttpResponse) => number | undefined;
}

/** One request, and how to read its response. */
export interface RequestSpec<T> {
  operation: string;
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
  query?: Record<string, string | number | boolean | undefined>;
  body?: unknown;
  headers?: Record<string, string>;
  options?: CallOptions;
  /** Values to keep out of errors besides the API key (a secret in the body). */
  secrets?: string[];
  /** Reads a 2xx response; throwing a WebhookError here goes through the same retry rules. */
  parse: (response: HttpResponse) => T;
}

/** Sends provider requests: ky for HTTP, p-retry for retries, typed errors for every failure. */
export interface Transport {
  readonly provider: ProviderId;
  request<T>(spec: RequestSpec<T>): Promise<T>;
}

const DEFAULT_TIMEOUT = 30_000;
const SAFE_TO_REPEAT = new Set(['GET', 'PUT', 'PATCH', 'DELETE']);
const KEYED_METHODS = new Set(['POST', 'PUT', 'PATCH']);

function defaultSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(() => { signal?.removeEventListener('abort', onAbort); resolve(); }, ms);
    const onAbort = () => { clearTimeout(timer); reject(signal?.reason); };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

function backoff(retry: number, min: number, max: number): number {
  const base = Math.min(max, min * 2 ** (retry - 1));
  return Math.round(base / 2 + (Math.random() * base) / 2);
}

// ky wraps fetch's TypeError('fetch failed'), which wraps the socket error that says what went
// wrong (ECONNREFUSED, ECONNRESET, ...): that one names the failure and carries the code.
function rootCause(error: unknown): unknown {
  let current = error;
  for (let depth = 0; depth < 4 && current instanceof Error && current.cause instanceof Error; depth++) current = current.cause;
  return current;
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

/** Builds the transport a provider adapter sends through. */
export function createTransport(config: TransportConfig): Transport {
  const retry = config.retry === false ? { retries: 0 } : (config.retry ?? {});
  const retries = retry.retries ?? 2;
  const minDelay = retry.minDelay ?? 500;
  const maxDelay = retry.maxDelay ?? 30_000;
  const sleep = retry.sleep ?? defaultSleep;
  const baseUrl = config.baseUrl.replace(/\/+$/, '');
  // The header values and the bare key (a provider message may echo either), plus any part of the
  // key the provider says may appear on its own.
  const keySecrets = [
    ...Object.values(config.authHeaders), config.apiKey, ...(config.keyParts?.(config.apiKey) ?? []),
  ];
  const http: KyInstance = ky.create({
    retry: 0, // p-retry owns retries
    timeout: false, // our per-attempt signal also covers reading the body
    throwHttpErrors: false,
    ...(config.fetch ? { fetch: config.fetch } : {}),
  });

  async function attempt<T>(
    spec: RequestSpec<T>, url: string, headers: Record<string, string>, secrets: readonly string[], n: number,
  ): Promise<T> {
    const info: RequestInfo = { provider: config.provider, operation: spec.operation, method: spec.method, url, attempt: n };
    const timeout = spec.options?.timeout ?? config.timeout ?? DEFAULT_TIMEOUT;
    const timer = AbortSignal.timeout(timeout);
    const user = spec.options?.signal;
    const signal = user ? AbortSignal.any([user, timer]) : timer;
    const base = { provider: config.provider, operation: spec.operation };
    config.hooks?.onRequest?.(info);
    const started = performance.now();
    let response: Response;
    let text: string;
    try {
      response = await http(url, {
        method: spec.method,
        headers,
        signal,
        ...(spec.query ? { searchParams: spec.query } : {}),
        ...(spec.body === undefined ? {} : { json: spec.body }),
      });
      text = await response.text();
    } catch (error) {
      if (user?.aborted) throw user.reason;
      if (timer.aborted) {
        throw new TimeoutError(`${spec.operation}: no response within ${timeout} ms`, { ...base, retryable: true });
      }
      const cause = rootCause(error);
      const message = cause instanceof Error ? cause.message : String(cause);
      throw new NetworkError(`${spec.operation}: request failed before a response (${message})`, {
        ...base, retryable: true, cause: Object.assign(new Error(message), { code: (cause as { code?: unknown })?.code }),
      });
    }
    config.hooks?.onResponse?.({ ...info, status: response.status, durationMs: performance.now() - started });
    // Redacted before any clipping: a key cut in half by the 2 KB clip would slip past redaction.
    const shown = redactText(text, secrets);
    const res: HttpResponse = { status: response.status, headers: response.headers, text: shown, json: parseJsonSafely(text) };
    const failed = response.ok ? config.failureStatus?.(res) : response.status;
    if (failed === undefined) return spec.parse(res);
    const described = config.describeError(res);
    throw errorForStatus(failed, `${spec.operation}: ${described.message}`, {
      ...base, responseBody: clip(shown), ...described, retryAfter: retryAfterMs(response.headers, Date.now(), failed === 429),
    });
  }

  return {
    provider: config.provider,
    async request<T>(spec: RequestSpec<T>): Promise<T> {
      const url = baseUrl + spec.path;
      // Header names are case-insensitive, so they are lower-cased before merging: a caller's
      // `Authorization` must not join ours ("Bearer x, Bearer key"), and credentials always come
      // from the client's key, never from caller headers.
      const headers: Record<string, string> = { accept: 'application/json' };
      for (const [name, value] of Object.entries({ ...config.headers, ...spec.headers, ...spec.options?.headers })) {
        headers[name.toLowerCase()] = value;
      }
      for (const [name, value] of Object.entries(config.authHeaders)) headers[name.toLowerCase()] = value;
      // Generated once per logical call, so every retry carries the same key; a key the caller
      // gave (as an option or as the header itself) is never replaced.
      const keyed = config.idempotencyHeader !== undefined && KEYED_METHODS.has(spec.method);
      if (keyed) {
        const name = config.idempotencyHeader!.toLowerCase();
        headers[name] = spec.options?.idempotencyKey ?? headers[name] ?? crypto.randomUUID();
      }
      const repeatable = SAFE_TO_REPEAT.has(spec.method) || keyed;
      const secrets = [...keySecrets, ...(spec.secrets ?? [])];
      let n = 0;
      // Each attempt's error is redacted as it is thrown, before onRetry hooks (loggers) see it.
      const once = () => attempt(spec, url, headers, secrets, ++n).catch((error: unknown) => { throw redactError(error, secrets); });
      try {
        return await pRetry(once, {
          retries,
          minTimeout: 0,
          maxTimeout: 0,
          ...(spec.options?.signal ? { signal: spec.options.signal } : {}),
          shouldRetry: async ({ error, attemptNumber }) => {
            if (!WebhookError.isInstance(error) || !error.retryable) return false;
            if (!repeatable && !neverReachedServer(error.cause)) return false;
            const delayMs = Math.min(maxDelay, error.retryAfter ?? backoff(attemptNumber, minDelay, maxDelay));
            config.hooks?.onRetry?.({
              provider: config.provider, operation: spec.operation, method: spec.method, url, attempt: attemptNumber, error, delayMs,
            });
            await sleep(delayMs, spec.options?.signal);
            return true;
          },
        });
      } catch (error) {
        throw redactError(error, secrets);
      }
    },
  };
}
