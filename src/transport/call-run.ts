import { NotFoundError, TimeoutError, ValidationError, WebhookError } from '../errors';
import type { CallOptions } from '../model';
import { sendAttempt, type AttemptSetup, type AttemptTrace, type PreparedRequest } from './attempt';
import { attemptLine, type AttemptNext } from './attempt-line';
import { startCallClock, type CallClock } from './call-clock';
import type { RequestInfo } from './client-options';
import type { TransportConfig } from './create-transport';
import { callerIdempotencyKey, carriesIdempotencyKey, withIdempotencyKey } from './idempotency-key';
import { createLog, type Log, type Logger, type LogLevel } from './log';
import { describeIssues, transportOptionIssues } from './option-checks';
import { redactError, redactText } from './redaction';
import type { RequestSpec } from './request-spec';
import { decideRetry, explainCutShort } from './retry-decision';
import { mayRepeat, neverReachedServer, retryPolicy, withRetries, type RetryPolicy } from './retry-policy';

/** What a transport keeps between calls. */
export interface TransportState {
  config: TransportConfig;
  setup: AttemptSetup;
  baseUrl: string;
  credentialSecrets: readonly string[];
  /** The headers of a call that adds none: `accept`, the client's, the credentials (from `mergeHeaders`). */
  baseHeaders: Readonly<Record<string, string>>;
  /** The client's log, scrubbed of the credentials: the log of every call with no logging options or secrets of its own. */
  log: Log;
  level: LogLevel;
  logger: Logger;
  policy: RetryPolicy;
  /** The "idempotencyKey is not sent" warning is given once per client. */
  warnedIdempotencyKey: boolean;
}

const NO_OPTIONS: CallOptions = /* @__PURE__ */ Object.freeze({});

// Thrown through p-retry in place of a beforeRequest failure, which must reach the caller as it
// was thrown (p-retry would wrap a non-Error, and might retry a retryable WebhookError).
const GATE_FAILED = new Error('beforeRequest failed');

function checkTransportCallOptions(spec: RequestSpec<unknown>, provider: string): void {
  const call = spec.options;
  if (call === undefined) return;
  const issues = typeof call !== 'object' || call === null
    ? [{ field: 'options', message: 'must be an object' }]
    : transportOptionIssues(call as Record<string, unknown>, 'call');
  if (issues.length === 0) return;
  const { details, summary } = describeIssues(issues);
  throw new ValidationError(`${spec.operation}: invalid call options (${summary}). Nothing was sent.`, { provider, operation: spec.operation, details });
}

/**
 * The headers of a request: `accept: application/json`, then each layer in turn (the client's,
 * the adapter's, the call's), then the credentials. Header names are case-insensitive, so they
 * are lower-cased as they merge: a caller's `Authorization` must not join ours ("Bearer x, Bearer
 * key"), and credentials always come from the client's own, never from caller headers.
 */
export function mergeHeaders(
  layers: readonly (Readonly<Record<string, string>> | undefined)[], credentials: Readonly<Record<string, string>>,
): Record<string, string> {
  const headers: Record<string, string> = { accept: 'application/json' };
  for (const layer of [...layers, credentials]) {
    if (layer === undefined) continue;
    for (const name of Object.keys(layer)) headers[name.toLowerCase()] = layer[name]!;
  }
  return headers;
}

function headersFor(state: TransportState, spec: RequestSpec<unknown>): Readonly<Record<string, string>> {
  const call = spec.options?.headers;
  if (spec.headers === undefined && call === undefined) return state.baseHeaders;
  return mergeHeaders([state.config.headers, spec.headers, call], state.config.credentials.headers);
}

// The query as sent, appended to the URL once per call: ky's `searchParams` would parse the URL
// and build a second Request on every attempt. Undefined values are left out, as ky leaves them.
function withQuery(url: string, query: RequestSpec<unknown>['query']): string {
  if (query === undefined) return url;
  const params = new URLSearchParams();
  for (const name of Object.keys(query)) {
    const value = query[name];
    if (value !== undefined) params.append(name, String(value));
  }
  const search = params.toString();
  return search === '' ? url : `${url}${url.includes('?') ? '&' : '?'}${search}`;
}

function warnNoIdempotencyKey(state: TransportState, log: Log): void {
  if (state.warnedIdempotencyKey || log.level === 'off') return;
  state.warnedIdempotencyKey = true;
  const { provider, withoutIdempotency } = state.config;
  log.warn(`hookbridge: ${provider} has no idempotency keys, so the idempotencyKey option is not sent. ` +
    `${withoutIdempotency ?? 'A POST is never repeated once it may have reached the server (only a refused connection is retried).'} ` +
    'Reported once per client.');
}

/** Awaits `beforeRequest` within the call's deadline and abort signal. */
function gate(state: TransportState, info: RequestInfo, clock: CallClock, signal: AbortSignal | undefined): Promise<void> {
  const hook = state.config.hooks?.beforeRequest;
  if (!hook) return Promise.resolve();
  const remaining = clock.remaining();
  return new Promise<void>((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const settle = (finish: () => void) => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      finish();
    };
    const onAbort = () => settle(() => reject(signal!.reason));
    signal?.addEventListener('abort', onAbort, { once: true });
    if (remaining !== Infinity) {
      timer = setTimeout(() => settle(() => reject(new TimeoutError(
        `${info.operation}: the call's deadline of ${clock.deadline} ms ran out while beforeRequest held attempt ${info.attempt} ` +
          `(${info.attempt - 1} attempt${info.attempt === 2 ? '' : 's'} made)`,
        { provider: info.provider, operation: info.operation, retryable: true },
      ))), Math.max(0, remaining));
    }
    Promise.resolve().then(() => hook(info)).then(() => settle(resolve), (error: unknown) => settle(() => reject(error)));
  });
}

/**
 * Runs one logical call: checks its options, sends attempts until one succeeds or the retry
 * rules stop (see `decideRetry`), logs one debug line per attempt, and throws a redacted, typed
 * error that carries the idempotency key when the call had one.
 */
export async function runCall<T>(state: TransportState, spec: RequestSpec<T>): Promise<T> {
  const { config, setup } = state;
  checkTransportCallOptions(spec, config.provider);
  const call = spec.options ?? NO_OPTIONS;
  const policy = call.retry === undefined ? state.policy : retryPolicy(call.retry, state.policy);
  const secrets = spec.secrets === undefined || spec.secrets.length === 0 ? state.credentialSecrets : [...state.credentialSecrets, ...spec.secrets];
  const log = call.logLevel === undefined && call.logger === undefined && secrets === state.credentialSecrets
    ? state.log
    : createLog(call.logLevel ?? state.level, call.logger ?? state.logger, (line) => redactText(line, secrets));
  let headers = headersFor(state, spec);
  // Generated once per logical call, so every retry carries the same key.
  const keyed = carriesIdempotencyKey(config.idempotencyHeader, spec.method);
  let key: string | undefined;
  if (keyed) {
    const name = config.idempotencyHeader!.toLowerCase();
    key = callerIdempotencyKey({ idempotencyKey: call.idempotencyKey, headers }, name) ?? crypto.randomUUID();
    headers = { ...headers, [name]: key };
  } else if (call.idempotencyKey !== undefined && config.idempotencyHeader === undefined) {
    warnNoIdempotencyKey(state, log);
  }
  const url = state.baseUrl + spec.path;
  const request: PreparedRequest<T> = {
    spec, url, sendUrl: withQuery(url, spec.query), headers, secrets, ctx: { provider: config.provider, operation: spec.operation },
  };
  const clock = startCallClock(call.deadline ?? config.deadline);
  const repeatable = mayRepeat(spec.method, keyed);
  const infoFor = (attempt: number): RequestInfo => ({ provider: config.provider, operation: spec.operation, method: spec.method, url, attempt });
  // Debug lines only: nothing of them is built unless the level is debug.
  const debugging = log.level === 'debug';
  let path: string | undefined;
  const debugLine = (attempt: number, trace: AttemptTrace, error: unknown, next: AttemptNext) => {
    if (debugging) log.debug(attemptLine(config.provider, spec, (path ??= new URL(url).pathname), attempt, trace, error, next));
  };
  let gateFailure: { error: unknown } | undefined;
  let reachedBefore = false;
  // The failed attempt whose line waits for the retry decision, which the line ends with.
  let pending: { attempt: number; trace: AttemptTrace; error: unknown } | undefined;
  const flush = (next: AttemptNext) => {
    if (!pending) return;
    debugLine(pending.attempt, pending.trace, pending.error, next);
    pending = undefined;
  };

  const attemptOnce = async (attempt: number): Promise<T> => {
    const info = infoFor(attempt);
    if (config.hooks?.beforeRequest) {
      try {
        await gate(state, info, clock, call.signal);
      } catch (error) {
        gateFailure = { error };
        throw GATE_FAILED;
      }
    }
    const trace: AttemptTrace = {};
    try {
      const result = await sendAttempt(setup, request, info, { remaining: clock.remaining(), deadline: clock.deadline }, trace);
      debugLine(attempt, trace, undefined, undefined);
      return result;
    } catch (thrown) {
      const error = redactError(thrown, secrets);
      // The earlier attempt's response was lost after the server deleted it: gone means done.
      if (spec.method === 'DELETE' && reachedBefore && NotFoundError.isInstance(error)) {
        debugLine(attempt, trace, error, { stop: 'an earlier attempt already deleted it: done' });
        return undefined as T;
      }
      if (!neverReachedServer(WebhookError.isInstance(error) ? error.cause : error, url)) reachedBefore = true;
      pending = { attempt, trace, error };
      throw error;
    }
  };

  try {
    return await withRetries(attemptOnce, {
      retries: policy.retries,
      signal: call.signal,
      shouldRetry: async (error, attempt) => {
        if (error === GATE_FAILED) return false;
        const decision = decideRetry(error, { attempt, policy, repeatable, url, clock });
        if (!decision.retry) {
          if (decision.cutShort && WebhookError.isInstance(error)) explainCutShort(error, attempt, decision.cutShort);
          flush(decision.cutShort ? { stop: `not retried: ${decision.cutShort.why}` } : undefined);
          return false;
        }
        flush({ retryInMs: decision.waitMs });
        setup.observe('onRetry', () => config.hooks?.onRetry?.({ ...infoFor(attempt), error: error as WebhookError, delayMs: decision.waitMs }));
        await clock.wait(decision.waitMs, policy.sleep, call.signal);
        return true;
      },
    });
  } catch (error) {
    const spent = pending !== undefined && pending.attempt > policy.retries && WebhookError.isInstance(pending.error) && pending.error.retryable;
    flush(spent ? { stop: 'no retries left' } : undefined);
    const final = error === GATE_FAILED && gateFailure ? gateFailure.error : error;
    throw redactError(key === undefined ? final : withIdempotencyKey(final, key), secrets);
  }
}
