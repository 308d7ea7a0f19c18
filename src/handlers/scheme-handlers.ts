import { schemeFrom, type SchemeTable } from '../verify/scheme';
import { resolveSecretSource, type SecretSource } from '../verify/secret-source';
import type { InboundEvent } from '../verify/verified-event';
import { appStep } from './app-error';
import type { DedupeSetting } from './dedupe-step';
import type { WebhookErrorReporter } from './error-reporter';
import { createFetchHandler, type FetchEventContext } from './fetch-handler';
import type { DeliveryHandlerOptions, DeliveryVerifier } from './handle-delivery';
import { createNodeHandler, type NodeEventContext, type NodeWebhookMiddleware } from './node-middleware';

/**
 * Options of the ready-made handlers: `P` is the provider id, `E` the events its scheme yields,
 * `C` what `onEvent` gets beside the event (`{ request }` from the Fetch handler, `{ req }` from
 * the Node one).
 */
export interface WebhookHandlerOptions<P extends string = string, E extends InboundEvent = InboundEvent, C = FetchEventContext | NodeEventContext> {
  /** Who sends the deliveries. */
  provider: P;
  /** The signing secret, several while rotating, or a function of the delivery that looks it up; a throw from it answers 500. */
  secret: SecretSource;
  /** Handles one verified event; throwing answers 500 so the provider retries. `context` carries the request. */
  onEvent: (event: E, context: C) => unknown;
  /**
   * Process each event once: its `dedupeKey` is claimed in this store before `onEvent`. A
   * duplicate of a handled event answers 200 without calling `onEvent`; one that arrives while
   * another worker is still on it answers 409 with `Retry-After`; a throw from `onEvent`
   * releases the claim so the provider's retry is processed.
   */
  dedupe?: DedupeSetting;
  /** Replay window in seconds for schemes that sign a timestamp (default 300). */
  tolerance?: number;
  /**
   * Why a delivery was not accepted, for your logs (default: console). The sender sees a generic
   * body. A reporter that throws changes no answer; its throw is swallowed after one
   * `console.error` line naming only its type.
   */
  onError?: WebhookErrorReporter;
  /** Bodies larger than this are answered 413 unread (default 1 MiB; deliveries are small JSON). */
  maxBodyBytes?: number;
}

function verifierFor<E extends InboundEvent>(table: SchemeTable, options: WebhookHandlerOptions<string, E, never>): DeliveryVerifier<E> {
  // Resolved now, so an unknown provider fails at startup, not at the first delivery.
  const scheme = schemeFrom(table, options?.provider);
  const { provider, secret, tolerance } = options;
  return async ({ body, headers }) => {
    // The app's lookup runs here, apart from verification, so its throw is the app's error (500).
    const secrets = await appStep(() => resolveSecretSource(secret, provider, headers));
    return scheme.verify({ body, headers, secret: secrets as SecretSource, tolerance }) as Promise<E>;
  };
}

function handlerOptions<E extends InboundEvent, C>(table: SchemeTable, options: WebhookHandlerOptions<string, E, C>): DeliveryHandlerOptions<E, C> {
  return {
    verify: verifierFor(table, options as WebhookHandlerOptions<string, E, never>),
    onEvent: options.onEvent,
    dedupe: options.dedupe,
    onError: options.onError,
    maxBodyBytes: options.maxBodyBytes,
  };
}

// `any` events: the table's schemes each yield their own, and the catalogue's types pair each
// provider with its events before calling these.

/** The Fetch API handler for `options.provider`, its scheme taken from `table`. */
export function fetchHandlerFrom(table: SchemeTable, options: WebhookHandlerOptions<string, any, FetchEventContext>): (request: Request) => Promise<Response> {
  return createFetchHandler(handlerOptions(table, options));
}

/** The Node handler for `options.provider`, its scheme taken from `table`. */
export function nodeHandlerFrom(table: SchemeTable, options: WebhookHandlerOptions<string, any, NodeEventContext>): NodeWebhookMiddleware {
  return createNodeHandler(handlerOptions(table, options));
}
