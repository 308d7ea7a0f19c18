import type { Options as KyOptions } from 'ky';
import { NetworkError, TimeoutError, WebhookError } from '../errors';
import type { ProviderId } from '../model';
import { attemptSignal } from './attempt-signal';
import type { RequestInfo, TransportHooks } from './client-options';
import { errorForResponse, type FailureContext } from './failed-response';
import type { HttpClient } from './http-client';
import { redactError } from './redaction';
import { redirectError } from './redirect';
import type { RequestSpec } from './request-spec';
import { readHttpResponse, type HttpResponse } from './response';
import { visibleHeaders } from './response-headers';

/** What every attempt of a transport shares. */
export interface AttemptSetup {
  http: HttpClient;
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
  /** The URL hooks and errors are told about: the base URL and the path, without the query. */
  url: string;
  /** The URL sent: `url` and the query string, built once for every attempt. */
  sendUrl: string;
  /** The call an error belongs to. */
  ctx: FailureContext;
  headers: Readonly<Record<string, string>>;
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
  const { spec, url, ctx } = request;
  const perAttempt = spec.options?.timeout ?? setup.timeout;
  const byDeadline = budget.remaining < perAttempt;
  // Whole ms: a deadline's remainder is a fraction, and the message names the number.
  const timeout = Math.max(1, Math.ceil(Math.min(perAttempt, budget.remaining)));
  const user = spec.options?.signal;
  const pending = setup.http.get();
  const http = pending instanceof Promise ? await pending : pending;
  if (setup.hooks?.onRequest) setup.observe('onRequest', () => setup.hooks?.onRequest?.(info));
  // No signal at all unless the caller gave one: ky times the attempt itself (a cleared timer, not
  // an AbortSignal.timeout kept alive for the whole timeout after the call).
  const linked = user ? attemptSignal(user) : undefined;
  const started = performance.now();
  let response: Response;
  let text: string;
  try {
    // ky's `totalTimeout` covers the response and, read through ky's `.text()`, the body too.
    const init: KyOptions = { method: spec.method, headers: request.headers, totalTimeout: timeout, redirect: 'manual' };
    if (linked) init.signal = linked.signal;
    if (spec.body !== undefined) init.json = spec.body;
    const sent = http(request.sendUrl, init);
    const both = await Promise.all([sent, sent.text()]);
    response = both[0];
    text = both[1];
  } catch (error) {
    trace.durationMs = performance.now() - started;
    if (user?.aborted) throw user.reason;
    if (setup.http.isTimeout(error)) {
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
  } finally {
    linked?.dispose();
  }
  trace.durationMs = performance.now() - started;
  trace.status = response.status;
  const read = readHttpResponse(response, text, request.secrets, spec.secretsInResponse);
  const requestId = safeRequestId(setup, read.response);
  if (requestId !== undefined) trace.requestId = requestId;
  if (setup.hooks?.onResponse) {
    setup.observe('onResponse', () => setup.hooks?.onResponse?.({
      ...info, status: response.status, durationMs: trace.durationMs!,
      ...(requestId === undefined ? {} : { requestId }),
      headers: visibleHeaders(response.headers, setup.credentialHeaders, read.secrets),
    }));
  }
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
