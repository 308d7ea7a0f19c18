import {
  createFetchHandler, type DeliveryHandlerOptions, type DeliveryVerifier, type WebhookErrorReporter,
} from '../src/handlers/fetch-handler';
import { createNodeHandler, type NodeWebhookMiddleware } from '../src/handlers/node-middleware';
import type { InboundEvent, KnownProviderId } from '../src/model';
import { inboundScheme } from './inbound';

/** Options of the ready-made handlers. */
export interface WebhookHandlerOptions {
  /** Who sends the deliveries: `'dialnexa'` or `'sentdm'`. */
  provider: KnownProviderId;
  /** The signing secret, or several while rotating. */
  secret: string | readonly string[];
  /** Handles one verified event; throwing answers 500 so the provider retries. */
  onEvent: (event: InboundEvent) => unknown;
  /** sent.dm replay window in seconds (default 300). */
  tolerance?: number;
  /** Why a delivery was not accepted, for your logs (default: console). The sender sees a generic body. */
  onError?: WebhookErrorReporter;
  /** Bodies larger than this are answered 413 unread (default 1 MiB; deliveries are small JSON). */
  maxBodyBytes?: number;
}

function handlerOptions(options: WebhookHandlerOptions): DeliveryHandlerOptions {
  return { verify: verifierFor(options), onEvent: options.onEvent, onError: options.onError, maxBodyBytes: options.maxBodyBytes };
}

function verifierFor(options: WebhookHandlerOptions): DeliveryVerifier {
  // Resolved now, so an unknown provider fails at startup, not at the first delivery.
  const scheme = inboundScheme(options?.provider);
  const { secret, tolerance } = options;
  return ({ body, headers }) => scheme.verify({ body, headers, secret, tolerance });
}

/**
 * A Fetch API handler `(request: Request) => Promise<Response>` for Hono, Next.js route
 * handlers, Bun, Deno and Workers. It verifies the delivery, calls `onEvent`, and answers 204;
 * 400 with a generic body when verification fails; 500 when `onEvent` throws or the secret is
 * missing; 405 for anything but POST; 413 for a body over `maxBodyBytes`.
 *
 * @example
 * // app/webhooks/sentdm/route.ts (Next.js)
 * export const POST = createWebhookHandler({
 *   provider: 'sentdm', secret: process.env.SENT_DM_WEBHOOK_SECRET!,
 *   onEvent: async (event) => { await queue.push(event) },
 * });
 */
export function createWebhookHandler(options: WebhookHandlerOptions): (request: Request) => Promise<Response> {
  return createFetchHandler(handlerOptions(options));
}

/**
 * The same handler for Node: `(req, res) => Promise<void>`, usable as a `node:http` listener and
 * as Express/Connect middleware. It reads the raw body from the request stream itself, or uses
 * the Buffer/string left by express.raw()/express.text(). Mounted after express.json() it cannot
 * verify anything: it answers 500 and reports a `ConfigurationError` saying how to mount it.
 *
 * @example
 * app.post('/webhooks/dialnexa', createNodeWebhookMiddleware({
 *   provider: 'dialnexa', secret: process.env.DIALNEXA_WEBHOOK_SECRET!, onEvent: handle,
 * }));
 * app.use(express.json()); // after the webhook route
 */
export function createNodeWebhookMiddleware(options: WebhookHandlerOptions): NodeWebhookMiddleware {
  return createNodeHandler(handlerOptions(options));
}
