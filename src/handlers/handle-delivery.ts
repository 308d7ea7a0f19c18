import type { DedupeStore } from '../dedupe/dedupe-store';
import { ConfigurationError, SignatureVerificationError, ValidationError } from '../errors';
import type { HeaderSource } from '../verify/headers';
import type { RawBody } from '../verify/raw-body';
import type { InboundEvent } from '../verify/verified-event';
import { AppCodeFailure } from './app-error';
import { BodyTooLargeError, DEFAULT_MAX_BODY_BYTES } from './body-limit';
import { dedupeFrom, DeliveryInProgressError, retryAfterSeconds, type Dedupe, type DedupeSetting } from './dedupe-step';
import { logWebhookError, reportSafely, type WebhookErrorReporter } from './error-reporter';
import { reply } from './replies';

/** Verifies one raw delivery and returns it normalized (a provider's verify, bound to its secret). */
export type DeliveryVerifier<E extends InboundEvent = InboundEvent> = (delivery: { body: RawBody; headers: HeaderSource }) => Promise<E>;

/** What the generic handlers need: how to verify, what to do with an event, where errors go. `C` is what `onEvent` gets beside it. */
export interface DeliveryHandlerOptions<E extends InboundEvent = InboundEvent, C = unknown> {
  verify: DeliveryVerifier<E>;
  /** Called once per verified event (once per `dedupeKey` with `dedupe`); a throw (or rejection) answers 500 so the provider retries. */
  onEvent: (event: E, context: C) => unknown;
  /** Process each event once: claim its `dedupeKey` in this store before `onEvent`. */
  dedupe?: DedupeSetting;
  /**
   * Default: `console.error` for 5xx, `console.warn` for the rest (messages never hold secrets).
   * A reporter that throws or rejects changes nothing: the answer is the same and the handler
   * keeps serving; its throw is swallowed after one `console.error` line naming only its type.
   */
  onError?: WebhookErrorReporter;
  /** Larger bodies are answered 413 without being read to the end (default 1 MiB). */
  maxBodyBytes?: number;
}

/** One incoming request, whatever the server: the body is read only for a POST. */
export interface IncomingDelivery<C> {
  method: string;
  headers: HeaderSource;
  /** Reads the raw body; throws `BodyTooLargeError` past `limit` bytes. */
  readBody: (limit: number) => Promise<RawBody>;
  /** What `onEvent` gets as its second argument (the request). */
  context: C;
}

/** Handler options checked once, at construction. */
export interface PreparedHandler<E extends InboundEvent, C> {
  options: DeliveryHandlerOptions<E, C>;
  dedupe?: Dedupe;
}

/** Throws a `ConfigurationError` at construction when the options cannot work, instead of failing every delivery. */
export function prepareHandler<E extends InboundEvent, C>(options: DeliveryHandlerOptions<E, C>, name: string): PreparedHandler<E, C> {
  if (typeof options?.onEvent !== 'function') throw new ConfigurationError(`${name}: onEvent must be a function that handles one verified event.`);
  if (options.onError !== undefined && typeof options.onError !== 'function') {
    throw new ConfigurationError(`${name}: onError must be a function (error, status) => void, or left out to log to the console.`);
  }
  const dedupe = dedupeFrom(options.dedupe, name);
  return dedupe ? { options, dedupe } : { options };
}

type Reporting = Pick<DeliveryHandlerOptions, 'onError'>;

function report(options: Reporting, error: unknown, status: number): void {
  reportSafely(options.onError ?? logWebhookError, error, status);
}

function rejected(options: Reporting, error: unknown, status: number, headers?: Record<string, string>): Response {
  report(options, error, status);
  return reply(status, headers);
}

function verifyFailureStatus(error: unknown): number {
  // A missing secret is this server's misconfiguration, not the sender's fault: 500 makes the
  // provider retry once it is fixed instead of counting the deliveries as refused.
  if (SignatureVerificationError.isInstance(error)) return error.reason === 'no_secret' ? 500 : 400;
  // Authentic but unreadable: resending the same bytes cannot help.
  if (ValidationError.isInstance(error)) return 400;
  return 500;
}

async function releaseAfterFailure(options: Reporting, store: DedupeStore, key: string, token: string): Promise<void> {
  // Reported, not thrown: the answer is 500 either way, and the retry waits out the lease instead.
  await store.release(key, token).catch((error: unknown) => report(options, error, 500));
}

/** Runs `onEvent` at most once per `dedupeKey` under `dedupe`; see `handleDelivery`. */
async function handleOnce<E extends InboundEvent, C>(options: DeliveryHandlerOptions<E, C>, dedupe: Dedupe, event: E, context: C): Promise<Response> {
  const { store, leaseMs, ttlMs } = dedupe;
  const key = event.dedupeKey;
  const token = crypto.randomUUID();
  let claim: Awaited<ReturnType<DedupeStore['claim']>>;
  try {
    claim = await store.claim(key, leaseMs, token);
  } catch (error) {
    return rejected(options, error, 500);
  }
  if (claim === 'done') return reply(200);
  if (claim === 'processing') return rejected(options, new DeliveryInProgressError(key), 409, { 'retry-after': retryAfterSeconds(dedupe) });
  try {
    await options.onEvent(event, context);
  } catch (error) {
    await releaseAfterFailure(options, store, key, token);
    return rejected(options, error, 500);
  }
  // The event was handled: a store that cannot record it is reported, and the answer stays 204
  // (a 500 would make the provider resend an event that was processed).
  await store.complete(key, ttlMs, token).catch((error: unknown) => report(options, error, 204));
  return reply(204);
}

/**
 * Answers one delivery as a Fetch `Response`: 405 unless POST; 413 for a body over the limit;
 * 400 (generic body) when it fails verification; 500 when reading the body, the configuration,
 * the `secret` function, the dedupe store or `onEvent` fails; else 204. With `dedupe`: 200
 * without calling `onEvent` for an event already handled, 409 with `Retry-After` while another
 * worker is handling it.
 */
export async function handleDelivery<E extends InboundEvent, C>(handler: PreparedHandler<E, C>, incoming: IncomingDelivery<C>): Promise<Response> {
  const { options } = handler;
  if (incoming.method.toUpperCase() !== 'POST') return reply(405);
  let body: RawBody;
  try {
    body = await incoming.readBody(options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES);
  } catch (error) {
    if (error instanceof BodyTooLargeError) return rejected(options, error, 413);
    // A body parser that ran first is a setup mistake (500); a client that hung up is not (400).
    return rejected(options, error, ConfigurationError.isInstance(error) ? 500 : 400);
  }
  let event: E;
  try {
    event = await options.verify({ body, headers: incoming.headers });
  } catch (error) {
    if (error instanceof AppCodeFailure) return rejected(options, error.error, 500);
    return rejected(options, error, verifyFailureStatus(error));
  }
  if (handler.dedupe) return handleOnce(options, handler.dedupe, event, incoming.context);
  try {
    await options.onEvent(event, incoming.context);
  } catch (error) {
    return rejected(options, error, 500);
  }
  return reply(204);
}
