/**
 * Outbound deliveries from the DialNexa simulator: `{ event_type, payload }` signed with
 * `X-DialNexa-Signature: sha256=<hex>` over the raw body (providers.md 1.6).
 * @module
 */
import { sendDelivery, type DeliveryAttempt, type DeliveryRouting } from '../../../src/testing/delivery';
import { DIALNEXA_EVENT_NAMES } from '../events';
import { signDialNexaWebhook } from '../verify';
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
export interface DialNexaDeliverOptions {
  /** The `event_type` written into the body (default: `DIALNEXA_DELIVERED_TYPES[event]`, else `event`). */
  eventType?: string;
  /** Deliver only to these webhooks (still only active ones subscribed to the event). */
  webhookIds?: string[];
}

/** What deliveries need from the simulator. */
export interface DialNexaDeliveryContext {
  store: DialNexaStore;
  routing: DeliveryRouting;
  timeoutMs: number;
  /** Attempts are appended here. */
  deliveries: DeliveryAttempt[];
}

const USER_AGENT = 'DialNexa-External-Webhook/1.0';
const VERIFICATION_AGENT = 'DialNexa-External-Webhook-Verification/1.0';

async function signAndSend(
  ctx: DialNexaDeliveryContext,
  target: { id: string; url: string; secret: string },
  event: string, type: string, body: string, userAgent: string,
): Promise<DeliveryAttempt> {
  const signature = await signDialNexaWebhook({ body, secret: target.secret });
  const attempt = await sendDelivery({
    id: `dlv_${crypto.randomUUID()}`, webhookId: target.id, event, type, url: target.url, body,
    headers: { 'Content-Type': 'application/json', 'User-Agent': userAgent, ...signature },
    timeoutMs: ctx.timeoutMs, routing: ctx.routing,
  });
  ctx.deliveries.push(attempt);
  return attempt;
}

/**
 * Delivers `event` (a subscription name from the catalogue) to every active webhook subscribed to
 * it. Throws on a name outside the catalogue, which is a typo in the test, not a delivery.
 */
export async function deliverDialNexa(
  ctx: DialNexaDeliveryContext, event: string, payload: unknown, options: DialNexaDeliverOptions = {},
): Promise<DeliveryAttempt[]> {
  if (!DIALNEXA_EVENT_NAMES.includes(event)) {
    throw new TypeError(`deliver(): "${event}" is not a DialNexa subscription event (${DIALNEXA_EVENT_NAMES.join(', ')})`);
  }
  const type = options.eventType ?? DIALNEXA_DELIVERED_TYPES[event] ?? event;
  const body = JSON.stringify({ event_type: type, payload });
  const targets = ctx.store.list(true).filter((webhook) =>
    webhook.events.includes(event) && (options.webhookIds === undefined || options.webhookIds.includes(webhook.id)));
  // Sent together, recorded in webhook (creation) order so tests can index the result.
  return Promise.all(targets.map((webhook) => signAndSend(ctx, webhook, event, type, body, USER_AGENT)));
}

/**
 * The save-time ping (DX-monitor, AE asyncapi): a signed `{ message, timestamp }` POST the
 * endpoint must answer with a 2xx, or the webhook is not saved. Resolves with the reason when it
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
