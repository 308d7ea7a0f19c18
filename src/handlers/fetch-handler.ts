import { ConfigurationError } from '../errors';
import type { InboundEvent } from '../verify/verified-event';
import { checkDeclaredLength, readLimited } from './body-limit';
import { handleDelivery, prepareHandler, type DeliveryHandlerOptions } from './handle-delivery';

export type { DeliveryHandlerOptions, DeliveryVerifier, IncomingDelivery } from './handle-delivery';
export { logWebhookError, type WebhookErrorReporter } from './error-reporter';

/** What `onEvent` gets beside the event from the Fetch handler. */
export interface FetchEventContext {
  /** The request the event came in (its body is already read). */
  request: Request;
}

const BODY_USED_HINT =
  'The webhook handler needs the raw request body, but it was already read (request.bodyUsed). ' +
  'Give it the request before anything calls request.json()/text(), or pass request.clone().';

/**
 * A Fetch API handler `(request) => Promise<Response>` (Hono, Next.js route handlers, Bun,
 * Deno, Workers) around a `verify` function; see `handleDelivery` for the statuses.
 */
export function createFetchHandler<E extends InboundEvent>(
  options: DeliveryHandlerOptions<E, FetchEventContext>,
): (request: Request) => Promise<Response> {
  const handler = prepareHandler(options, 'createWebhookHandler');
  return (request) =>
    handleDelivery(handler, {
      method: request.method,
      headers: request.headers,
      context: { request },
      readBody: async (limit) => {
        if (request.bodyUsed) throw new ConfigurationError(BODY_USED_HINT, { operation: 'webhookHandler' });
        checkDeclaredLength(request.headers.get('content-length'), limit);
        return request.body ? readLimited(request.body, limit) : new Uint8Array();
      },
    });
}
