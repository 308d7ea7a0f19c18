import type { KyInstance } from 'ky';
import { NetworkError, TimeoutError, WebhookError } from '../errors';
import type { ProviderId } from '../model';
import type { RequestInfo, TransportHooks } from './client-options';
import { errorForResponse } from './failed-response';
import { redactError } from './redaction';
import { redirectError } from './redirect';
import type { RequestSpec } from './request-spec';
import { readHttpResponse, type HttpResponse } from './response';
import { visibleHeaders } from './response-headers';

/** What every attempt of a transport shares. */
export interface AttemptSetup {
  http: KyInstance;
  provider: ProviderId;
  hooks: TransportHooks | undefined;
  /** Per-attempt timeout in ms when the call names none. */
  timeout: number;
  /** The provider's id for a request, read from its response. */
  requestIdOf: (response: HttpResponse) => string | undefined;
  /** Header names that carry credentials, lower-cased: kept from `onResponse`. */
  credentialHeaders: readonly string[];
  /** Runs an observer hook so that a throw never changes the call's outcome. */
  observe: (hook: string, run: () => void) => void;
}

/** One logical call, ready to send: the URL, the merged headers and every value to keep out of errors. */
export interface PreparedRequest<T> {
  spec: RequestSpec<T>;
  url: string;
  headers: Record<string, string>;
  secrets: readonly string[];
}

/** What one attempt did, for the debug line. */
export interface AttemptTrace {
  status?: number;
  durationMs?: number;
  requestId?: string;
}

/** The limits on one attempt: the call's deadline (ms left, and the whole) when it has one. */
export interface AttemptBudget {
  remaining: number;
  deadline: number | undefined;
}

// ky wraps fetch's TypeError('fetch failed'), which wraps the socket error that says what went
// wrong (ECONNREFUSED, ECONNRESET, ...): that one names the failure and carries the code.
function rootCause(error: unknown): unknown {
  let current = error;
  for (let depth = 0; depth < 4 && current instanceof Error && current.cause instanceof Error; depth++) current = current.cause;
  return current;
}

// The socket error's code, and the address and port it was about (which host refused matters).
function socketFacts(cause: unknown): Record<string, unknown> {
  const { code, address, port } = (cause ?? {}) as { code?: unknown; address?: unknown; port?: unknown };
  return { code, ...(address === undefined ? {} : { address }), ...(port === undefined ? {} : { port }) };
}

/**
 * Sends one attempt and reads its response: a 2xx through `readSuccess`, a redirect as an error
 * (no provider redirects, and following one would carry the credentials along), anything else
 * through `readFailure` into a typed error. No response at all is a `TimeoutError` or
 * `NetworkError`; the caller's own abort rejects with the caller's reason. An error read from a
 * response is redacted here, where the secrets found in that response are known.
 */
export async function sendAttempt<T>(
  setup: AttemptSetup, request: PreparedRequest<T>, info: RequestInfo, budget: AttemptBudget, trace: AttemptTrace,
): Promise<T> {
  const { spec, url } = request;
  const ctx = { provider: setup.provider, operation: spec.operation };
  const perAttempt = spec.options?.timeout ?? setup.timeout;
  const byDeadline = budget.remaining < perAttempt;
  // Whole ms: AbortSignal.timeout refuses a fraction (a deadline's remainder always is one).
  const timeout = Math.max(1, Math.ceil(Math.min(perAttempt, budget.remaining)));
  const timer = AbortSignal.timeout(timeout);
  const user = spec.options?.signal;
  const signal = user ? AbortSignal.any([user, timer]) : timer;
  setup.observe('onRequest', () => setup.hooks?.onRequest?.(info));
  const started = performance.now();
  let response: Response;
  let text: string;
  try {
    response = await setup.http(url, {
      method: spec.method,
      headers: request.headers,
      signal,
      redirect: 'manual',
      ...(spec.query ? { searchParams: spec.query } : {}),
      ...(spec.body === undefined ? {} : { json: spec.body }),
    });
    text = await response.text();
  } catch (error) {
    trace.durationMs = performance.now() - started;
    if (user?.aborted) throw user.reason;
    if (timer.aborted) {
      const message = byDeadline
        ? `${spec.operation}: the call's deadline of ${budget.deadline} ms ran out during attempt ${info.attempt} (${info.attempt} attempt${info.attempt === 1 ? '' : 's'} made)`
        : `${spec.operation}: no response within ${timeout} ms`;
      throw new TimeoutError(message, { ...ctx, retryable: true });
    }
    const cause = rootCause(error);
    const message = cause instanceof Error ? cause.message : String(cause);
    throw new NetworkError(`${spec.operation}: request failed before a response (${message})`, {
      ...ctx, retryable: true, cause: Object.assign(new Error(message), socketFacts(cause)),
    });
  }
  trace.durationMs = performance.now() - started;
  trace.status = response.status;
  const read = readHttpResponse(response, text, request.secrets, spec.secretsInResponse);
  const requestId = safeRequestId(setup, read.response);
  if (requestId !== undefined) trace.requestId = requestId;
  setup.observe('onResponse', () => setup.hooks?.onResponse?.({
    ...info, status: response.status, durationMs: trace.durationMs!,
    ...(requestId === undefined ? {} : { requestId }),
    headers: visibleHeaders(response.headers, setup.credentialHeaders, read.secrets),
  }));
  try {
    const redirect = redirectError(response, url, ctx);
    if (redirect) throw redirect;
    if (response.ok) return spec.readSuccess(read.response);
    throw errorForResponse(read.response, spec.readFailure(read.response), ctx);
  } catch (error) {
    if (requestId !== undefined && WebhookError.isInstance(error) && error.requestId === undefined) Object.assign(error, { requestId });
    throw redactError(error, read.secrets);
  }
}

// The reader is the provider's; an odd body must not turn into a crash here.
function safeRequestId(setup: AttemptSetup, response: HttpResponse): string | undefined {
  try {
    return setup.requestIdOf(response);
  } catch {
    return undefined;
  }
}
