/**
 * Outbound deliveries from the DialNexa simulator: `{ event_type, payload }` signed with
 * `X-DialNexa-Signature: sha256=<hex>`, an HMAC-SHA256 of the raw body under the webhook's secret,
 * and their retries.
 * @module
 */
import { deliveryTargets, type DeliveryAttempt, type DeliveryLog, type DeliveryTargeting } from '../../../src/testing/kit';
import { checkRetryOf, type DeliveryRetry } from '../../../src/testing/kit/delivery-retry';
import { DIALNEXA_EVENT_NAMES } from '../events';
import { signDialNexaWebhook } from '../signing-scheme';
import type { DialNexaStore } from './store';

/**
 * The `event_type` a delivery carries for each subscription name. DialNexa subscribes with
 * `call.completed`-style names but delivers `call_initiated` / `call_ended` / `transfer_completed`
 * and never documents the mapping: every call outcome ends in `call_ended` (status `completed` or
 * `hangup`), so that is the default for the three call events; the campaign and workflow events
 * have no documented delivered form and keep their subscription name.
 */
export const DIALNEXA_DELIVERED_TYPES: Readonly<Record<string, string>> = {
  'call.completed': 'call_ended',
  'call.failed': 'call_ended',
  'call.no_answer': 'call_ended',
};

/** Options for the DialNexa simulator's `deliver`. */
export interface DialNexaDeliverOptions extends DeliveryTargeting, DeliveryRetry {
  /** The `event_type` written into the body (default: `DIALNEXA_DELIVERED_TYPES[event]`, else `event`). */
  eventType?: string;
}

/** What deliveries need from the simulator. */
export interface DialNexaDeliveryContext {
  store: DialNexaStore;
  /** Sends each delivery and records the attempt. */
  log: DeliveryLog;
  timeoutMs: number;
}

const USER_AGENT = 'DialNexa-External-Webhook/1.0';
const VERIFICATION_AGENT = 'DialNexa-External-Webhook-Verification/1.0';

async function signAndSend(
  ctx: DialNexaDeliveryContext,
  target: { id: string; url: string; secret: string },
  event: string, type: string, body: string, userAgent: string, retryOf?: string,
): Promise<DeliveryAttempt> {
  const signature = await signDialNexaWebhook({ body, secret: target.secret });
  return ctx.log.send({
    id: `dlv_${crypto.randomUUID()}`, webhookId: target.id, event, type, ...(retryOf ? { retryOf } : {}), url: target.url, body,
    headers: { 'Content-Type': 'application/json', 'User-Agent': userAgent, ...signature },
    timeoutMs: ctx.timeoutMs,
  });
}

/**
 * DialNexa's retry of `previous`: the same body to the same webhook, signed with its secret as it
 * is now (a rotation takes effect on the next delivery). DialNexa signs no timestamp, so the
 * signature changes only if the secret did. A deleted webhook's queued retries are dropped, so
 * nothing is sent to a webhook that is gone (or paused).
 */
async function retryDialNexa(ctx: DialNexaDeliveryContext, event: string, previous: DeliveryAttempt): Promise<DeliveryAttempt[]> {
  checkRetryOf(event, previous);
  const webhook = ctx.store.get(previous.webhookId);
  if (!webhook?.is_active) return [];
  return [await signAndSend(ctx, webhook, previous.event, previous.type, previous.body, USER_AGENT, previous.id)];
}

/**
 * Delivers `event` (a subscription name from the catalogue) to every active webhook subscribed to
 * it, or with `retryOf` resends that attempt as DialNexa's retry. Throws on a name outside the
 * catalogue, which is a typo in the test, not a delivery.
 */
export async function deliverDialNexa(
  ctx: DialNexaDeliveryContext, event: string, payload: unknown, options: DialNexaDeliverOptions = {},
): Promise<DeliveryAttempt[]> {
  if (!DIALNEXA_EVENT_NAMES.includes(event)) {
    throw new TypeError(`deliver(): "${event}" is not a DialNexa subscription event (${DIALNEXA_EVENT_NAMES.join(', ')})`);
  }
  if (options.retryOf) return retryDialNexa(ctx, event, options.retryOf);
  const type = options.eventType ?? DIALNEXA_DELIVERED_TYPES[event] ?? event;
  const body = JSON.stringify({ event_type: type, payload });
  const targets = deliveryTargets(ctx.store.list(), {
    isActive: (webhook) => webhook.is_active,
    subscribes: (webhook) => webhook.events.includes(event),
  }, options);
  // Sent together, recorded in webhook (creation) order so tests can index the result.
  return Promise.all(targets.map((webhook) => signAndSend(ctx, webhook, event, type, body, USER_AGENT)));
}

/**
 * The save-time ping: DialNexa POSTs a signed `{ message, timestamp }` to a new or changed URL,
 * and saves the webhook only if the endpoint answers 2xx. Resolves with the reason when it
 * failed. The status DialNexa then answers with is undocumented; the simulator uses 400.
 */
export async function verifyEndpoint(
  ctx: DialNexaDeliveryContext, fields: { url: string; secret: string },
): Promise<string | undefined> {
  const body = JSON.stringify({ message: 'DialNexa webhook verification', timestamp: new Date().toISOString() });
  const attempt = await signAndSend(ctx, { id: '', ...fields }, 'verification', 'verification', body, VERIFICATION_AGENT);
  if (attempt.ok) return undefined;
  const why = attempt.status === undefined ? attempt.error : `the endpoint answered ${attempt.status}`;
  return `Webhook URL verification failed: ${why}`;
}
