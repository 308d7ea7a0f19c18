import { ConfigurationError, SignatureVerificationError, ValidationError } from '../errors';
import type { InboundEvent } from '../model';
import type { HeaderSource } from '../verify/headers';
import type { RawBody } from '../verify/raw-body';
import { BodyTooLargeError, checkDeclaredLength, DEFAULT_MAX_BODY_BYTES, readLimited } from './body-limit';

/** Verifies one raw delivery and returns it normalized (a provider's verify, bound to its secret). */
export type DeliveryVerifier = (delivery: { body: RawBody; headers: HeaderSource }) => Promise<InboundEvent>;

/**
 * Told about every delivery the handler did not accept, with the status it answered. The sender
 * only ever sees a generic body; this is where the developer sees why.
 */
export type WebhookErrorReporter = (error: unknown, status: number) => void;

/** What the generic handlers need: how to verify, what to do with an event, where errors go. */
export interface DeliveryHandlerOptions {
  verify: DeliveryVerifier;
  /** Called once per verified event; a throw (or rejection) answers 500 so the provider retries. */
  onEvent: (event: InboundEvent) => unknown;
  /** Default: `console.error` for 5xx, `console.warn` for 4xx (messages never hold secrets). */
  onError?: WebhookErrorReporter;
  /** Larger bodies are answered 413 without being read to the end (default 1 MiB). */
  maxBodyBytes?: number;
}

/** One incoming request, whatever the server: the body is read only for a POST. */
export interface IncomingDelivery {
  method: string;
  headers: HeaderSource;
  /** Reads the raw body; throws `BodyTooLargeError` past `limit` bytes. */
  readBody: (limit: number) => Promise<RawBody>;
}

/** The default reporter: logs what went wrong, for the developer. */
export const logWebhookError: WebhookErrorReporter = (error, status) => {
  if (status >= 500) console.error(`[hookbridge] webhook handler answered ${status}:`, error);
  else console.warn(`[hookbridge] webhook rejected with ${status}: ${error instanceof Error ? error.message : String(error)}`);
};

// Generic on purpose: whoever sent a bad request learns nothing about why.
const ERROR_BODIES: Record<number, string> = {
  400: 'invalid_webhook', 405: 'method_not_allowed', 413: 'payload_too_large', 500: 'webhook_handler_failed',
};

function reply(status: number): Response {
  if (status === 204) return new Response(null, { status });
  return Response.json({ error: ERROR_BODIES[status] ?? 'error' }, { status, headers: status === 405 ? { allow: 'POST' } : {} });
}

function rejected(options: DeliveryHandlerOptions, error: unknown, status: number): Response {
  (options.onError ?? logWebhookError)(error, status);
  return reply(status);
}

function verifyFailureStatus(error: unknown): number {
  // A missing secret is this server's misconfiguration, not the sender's fault: 500 makes the
  // provider retry once it is fixed instead of counting the deliveries as refused.
  if (SignatureVerificationError.isInstance(error)) return error.reason === 'no_secret' ? 500 : 400;
  // Authentic but unreadable: resending the same bytes cannot help.
  if (ValidationError.isInstance(error)) return 400;
  return 500;
}

/** Throws at construction when the options cannot work, instead of failing every delivery. */
export function checkHandlerOptions(options: DeliveryHandlerOptions, name: string): void {
  if (typeof options?.onEvent !== 'function') throw new ConfigurationError(`${name}: onEvent must be a function that handles one verified event.`);
}

/**
 * Answers one delivery as a Fetch `Response`: 405 unless POST, 400 (generic body) when it fails
 * verification, 500 when reading the body, the configuration or `onEvent` fails, else 204.
 */
export async function handleDelivery(options: DeliveryHandlerOptions, incoming: IncomingDelivery): Promise<Response> {
  if (incoming.method.toUpperCase() !== 'POST') return reply(405);
  let body: RawBody;
  try {
    body = await incoming.readBody(options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES);
  } catch (error) {
    if (error instanceof BodyTooLargeError) return rejected(options, error, 413);
    // A body parser that ran first is a setup mistake (500); a client that hung up is not (400).
    return rejected(options, error, ConfigurationError.isInstance(error) ? 500 : 400);
  }
  let event: InboundEvent;
  try {
    event = await options.verify({ body, headers: incoming.headers });
  } catch (error) {
    return rejected(options, error, verifyFailureStatus(error));
  }
  try {
    await options.onEvent(event);
  } catch (error) {
    return rejected(options, error, 500);
  }
  return reply(204);
}

const BODY_USED_HINT =
  'The webhook handler needs the raw request body, but it was already read (request.bodyUsed). ' +
  'Give it the request before anything calls request.json()/text(), or pass request.clone().';

/**
 * A Fetch API handler `(request) => Promise<Response>` (Hono, Next.js route handlers, Bun,
 * Deno, Workers) around a `verify` function; see `handleDelivery` for the statuses.
 */
export function createFetchHandler(options: DeliveryHandlerOptions): (request: Request) => Promise<Response> {
  checkHandlerOptions(options, 'createWebhookHandler');
  return (request) =>
    handleDelivery(options, {
      method: request.method,
      headers: request.headers,
      readBody: async (limit) => {
        if (request.bodyUsed) throw new ConfigurationError(BODY_USED_HINT, { operation: 'webhookHandler' });
        checkDeclaredLength(request.headers.get('content-length'), limit);
        return request.body ? readLimited(request.body, limit) : new Uint8Array();
      },
    });
}
