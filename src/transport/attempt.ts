import type { KyInstance } from 'ky';
import { NetworkError, TimeoutError } from '../errors';
import type { ProviderId } from '../model';
import type { RequestInfo, TransportHooks } from './client-options';
import { errorForResponse } from './failed-response';
import { redactError } from './redaction';
import type { RequestSpec } from './request-spec';
import { readHttpResponse } from './response';

/** What every attempt of a transport shares. */
export interface AttemptSetup {
  http: KyInstance;
  provider: ProviderId;
  hooks: TransportHooks | undefined;
  /** Per-attempt timeout in ms when the call names none. */
  timeout: number;
}

/** One logical call, ready to send: the URL, the merged headers and every value to keep out of errors. */
export interface PreparedRequest<T> {
  spec: RequestSpec<T>;
  url: string;
  headers: Record<string, string>;
  secrets: readonly string[];
}

// ky wraps fetch's TypeError('fetch failed'), which wraps the socket error that says what went
// wrong (ECONNREFUSED, ECONNRESET, ...): that one names the failure and carries the code.
function rootCause(error: unknown): unknown {
  let current = error;
  for (let depth = 0; depth < 4 && current instanceof Error && current.cause instanceof Error; depth++) current = current.cause;
  return current;
}

/**
 * Sends one attempt and reads its response: a 2xx through `readSuccess`, anything else through
 * `readFailure` into a typed error. No response at all is a `TimeoutError` or `NetworkError`;
 * the caller's own abort rejects with the caller's reason. An error read from a response is
 * redacted here, where the secrets found in that response are known; the caller redacts the rest.
 */
export async function sendAttempt<T>(setup: AttemptSetup, request: PreparedRequest<T>, attempt: number): Promise<T> {
  const { spec, url } = request;
  const info: RequestInfo = { provider: setup.provider, operation: spec.operation, method: spec.method, url, attempt };
  const timeout = spec.options?.timeout ?? setup.timeout;
  const timer = AbortSignal.timeout(timeout);
  const user = spec.options?.signal;
  const signal = user ? AbortSignal.any([user, timer]) : timer;
  const ctx = { provider: setup.provider, operation: spec.operation };
  setup.hooks?.onRequest?.(info);
  const started = performance.now();
  let response: Response;
  let text: string;
  try {
    response = await setup.http(url, {
      method: spec.method,
      headers: request.headers,
      signal,
      ...(spec.query ? { searchParams: spec.query } : {}),
      ...(spec.body === undefined ? {} : { json: spec.body }),
    });
    text = await response.text();
  } catch (error) {
    if (user?.aborted) throw user.reason;
    if (timer.aborted) {
      throw new TimeoutError(`${spec.operation}: no response within ${timeout} ms`, { ...ctx, retryable: true });
    }
    const cause = rootCause(error);
    const message = cause instanceof Error ? cause.message : String(cause);
    throw new NetworkError(`${spec.operation}: request failed before a response (${message})`, {
      ...ctx, retryable: true, cause: Object.assign(new Error(message), { code: (cause as { code?: unknown })?.code }),
    });
  }
  setup.hooks?.onResponse?.({ ...info, status: response.status, durationMs: performance.now() - started });
  const read = readHttpResponse(response, text, request.secrets, spec.secretsInResponse);
  try {
    if (response.ok) return spec.readSuccess(read.response);
    throw errorForResponse(read.response, spec.readFailure(read.response), ctx);
  } catch (error) {
    throw redactError(error, read.secrets);
  }
}
