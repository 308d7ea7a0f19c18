import type { InboundEvent } from '../model';
import { schemeFrom, type SchemeTable } from '../verify/scheme';
import { createFetchHandler, type DeliveryHandlerOptions, type DeliveryVerifier, type WebhookErrorReporter } from './fetch-handler';
import { createNodeHandler, type NodeWebhookMiddleware } from './node-middleware';

/** Options of the ready-made handlers; `P` is the set of provider ids a catalogue knows. */
export interface WebhookHandlerOptions<P extends string = string> {
  /** Who sends the deliveries. */
  provider: P;
  /** The signing secret, or several while rotating. */
  secret: string | readonly string[];
  /** Handles one verified event; throwing answers 500 so the provider retries. */
  onEvent: (event: InboundEvent) => unknown;
  /** Replay window in seconds for schemes that sign a timestamp (default 300). */
  tolerance?: number;
  /** Why a delivery was not accepted, for your logs (default: console). The sender sees a generic body. */
  onError?: WebhookErrorReporter;
  /** Bodies larger than this are answered 413 unread (default 1 MiB; deliveries are small JSON). */
  maxBodyBytes?: number;
}

function verifierFor(table: SchemeTable, options: WebhookHandlerOptions): DeliveryVerifier {
  // Resolved now, so an unknown provider fails at startup, not at the first delivery.
  const scheme = schemeFrom(table, options?.provider);
  const { secret, tolerance } = options;
  return ({ body, headers }) => scheme.verify({ body, headers, secret, tolerance });
}

function handlerOptions(table: SchemeTable, options: WebhookHandlerOptions): DeliveryHandlerOptions {
  return { verify: verifierFor(table, options), onEvent: options.onEvent, onError: options.onError, maxBodyBytes: options.maxBodyBytes };
}

/** The Fetch API handler for `options.provider`, its scheme taken from `table`. */
export function fetchHandlerFrom(table: SchemeTable, options: WebhookHandlerOptions): (request: Request) => Promise<Response> {
  return createFetchHandler(handlerOptions(table, options));
}

/** The Node handler for `options.provider`, its scheme taken from `table`. */
export function nodeHandlerFrom(table: SchemeTable, options: WebhookHandlerOptions): NodeWebhookMiddleware {
  return createNodeHandler(handlerOptions(table, options));
}
