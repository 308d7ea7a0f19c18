/**
 * Outbound deliveries from the sent.dm simulator: `{ field, sub_type, timestamp, payload }` signed
 * Svix-style with `x-webhook-id` (the webhook's id), `x-webhook-timestamp` (Unix seconds) and
 * `x-webhook-signature`, each attempt logged for `GET /v3/webhooks/{id}/events`; and their retries.
 * @module
 */
import { deliveryTargets, type DeliveryAttempt, type DeliveryLog, type DeliveryTargeting } from '../../../src/testing/kit';
import { checkRetryOf, retryNumber, type DeliveryRetry } from '../../../src/testing/kit/delivery-retry';
import { signSentDmWebhook } from '../signing-scheme';
import { sentDmTime } from './envelope';
import { resolveEvent, subscribes, SUBSCRIBABLE, type ResolvedEvent } from './event-catalogue';
import type { SentDmStore, SentDmWebhookRecord } from './store';

/** Options for the sent.dm simulator's `deliver`. */
export interface SentDmDeliverOptions extends DeliveryTargeting, DeliveryRetry {
  /**
   * Unix seconds for `x-webhook-timestamp` and the body's `timestamp` (default now): makes stale
   * deliveries. A retry (`retryOf`) keeps its body, so this sets only the header.
   */
  timestamp?: number;
}

/** What deliveries need from the simulator. */
export interface SentDmDeliveryContext {
  store: SentDmStore;
  /** Sends each delivery and records the attempt. */
  log: DeliveryLog;
}

// sent.dm writes the emission time in UTC without fractions: `2025-10-31T10:10:42Z`.
const bodyTime = (seconds: number): string => new Date(seconds * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');

/** One signed body to one webhook, what it carries, and which earlier attempt it retries. */
interface Outgoing {
  name: string;
  type: string;
  body: string;
  envelope: unknown;
  seconds: number;
  retry?: { of: string; number: number };
}

async function send(ctx: SentDmDeliveryContext, webhook: SentDmWebhookRecord, outgoing: Outgoing): Promise<DeliveryAttempt> {
  const { name, type, body, envelope, seconds, retry } = outgoing;
  const signature = await signSentDmWebhook({ body, secret: webhook.signing_secret, webhookId: webhook.id, timestamp: seconds });
  const attempt = await ctx.log.send({
    id: crypto.randomUUID(), webhookId: webhook.id, event: name, type, ...(retry ? { retryOf: retry.of } : {}), url: webhook.endpoint_url, body,
    headers: { 'Content-Type': 'application/json', ...signature },
    timeoutMs: webhook.timeout_seconds * 1000,
  });
  const started = sentDmTime(attempt.startedAt);
  const completed = sentDmTime(attempt.completedAt);
  // Counted from the record as it is now, not as it was when the attempt began: concurrent
  // deliveries (two deliver() calls, or one and POST /test) must each count.
  const current = ctx.store.get(webhook.id, webhook.profile_id);
  if (current) {
    ctx.store.update(webhook.id, {
      last_delivery_attempt_at: started,
      ...(attempt.ok ? { last_successful_delivery_at: completed, consecutive_failures: 0 } : { consecutive_failures: current.consecutive_failures + 1 }),
    });
  }
  ctx.store.logEvent(webhook.id, {
    id: attempt.id, event_type: type, event_data: envelope, delivery_status: attempt.ok ? 'delivered' : 'failed',
    http_status_code: attempt.status ?? null, response_body: attempt.responseBody ?? null, delivery_attempts: retry?.number ?? 1,
    error_message: attempt.ok ? null : (attempt.error ?? `Endpoint answered HTTP ${attempt.status}`),
    created_at: started, processing_started_at: started, processing_completed_at: completed,
  });
  return attempt;
}

function deliverOne(
  ctx: SentDmDeliveryContext, webhook: SentDmWebhookRecord, name: string, event: ResolvedEvent, payload: unknown, seconds: number,
): Promise<DeliveryAttempt> {
  // sent.dm's template events carry no sub_type at all, so the key is left out rather than null.
  const envelope = { field: event.field, ...(event.subType ? { sub_type: event.subType } : {}), timestamp: bodyTime(seconds), payload };
  return send(ctx, webhook, { name, type: event.subType ?? event.field, body: JSON.stringify(envelope), envelope, seconds });
}

/**
 * sent.dm's retry of `previous`, as Svix-style senders retry: the same body byte for byte
 * (its `timestamp` included), a new `x-webhook-timestamp` and so a new signature, under the
 * webhook's secret as it is now. Nothing goes to a webhook that is gone or switched off.
 */
async function retrySentDm(ctx: SentDmDeliveryContext, name: string, previous: DeliveryAttempt, seconds: number): Promise<DeliveryAttempt[]> {
  checkRetryOf(name, previous);
  const webhook = ctx.store.list('all').find((record) => record.id === previous.webhookId);
  if (!webhook?.is_active) return [];
  const retry = { of: previous.id, number: retryNumber(ctx.log.all(), previous) };
  return [await send(ctx, webhook, { name, type: previous.type, body: previous.body, envelope: JSON.parse(previous.body), seconds, retry })];
}

function resolveOrThrow(name: string): ResolvedEvent {
  const event = resolveEvent(name);
  if (!event) throw new TypeError(`deliver(): "${name}" is not a sent.dm event type (${[...SUBSCRIBABLE].join(', ')})`);
  return event;
}

const nowSeconds = () => Math.floor(Date.now() / 1000);

/**
 * Delivers `event` (`message.delivered`, `templates`, ...) to every active webhook, in any profile,
 * whose `event_types` and `event_filters` select it. One attempt each: sent.dm's retry schedule is
 * undocumented, and a test wants one deterministic request per webhook; `retryOf` sends a retry
 * when the test asks for one.
 */
export async function deliverSentDm(
  ctx: SentDmDeliveryContext, name: string, payload: unknown, options: SentDmDeliverOptions = {},
): Promise<DeliveryAttempt[]> {
  const event = resolveOrThrow(name);
  const seconds = options.timestamp ?? nowSeconds();
  if (options.retryOf) return retrySentDm(ctx, name, options.retryOf, seconds);
  const targets = deliveryTargets(ctx.store.list('all'), {
    isActive: (webhook) => webhook.is_active,
    subscribes: (webhook) => subscribes(webhook.event_types, webhook.event_filters, event),
  }, options);
  return Promise.all(targets.map((webhook) => deliverOne(ctx, webhook, name, event, payload, seconds)));
}

function samplePayload(event: ResolvedEvent): Record<string, unknown> {
  const account = { account_id: '00000000-0000-4000-8000-000000000000', test: true };
  if (event.subType === 'message.received') {
    return { ...account, from: '+15550000002', to: '+15550000001', text: 'Test message', channel: 'sms', provider: 'test', received_at: new Date().toISOString() };
  }
  if (event.field === 'templates') {
    return { ...account, template_id: crypto.randomUUID(), template_name: 'test_template', status: 'APPROVED', language: 'en_US', category: 'UTILITY', channel: 'whatsapp', reason: null };
  }
  const status = (event.subType ?? 'message.sent').slice('message.'.length).toUpperCase();
  return { ...account, message_id: crypto.randomUUID(), message_status: status, channel: 'sms', inbound_number: '+15550000001', outbound_number: '+15550000002', template_id: null, agent_id: null };
}

/** `POST /v3/webhooks/{id}/test`: one signed specimen event to that webhook, active or not. */
export function deliverTestEvent(ctx: SentDmDeliveryContext, webhook: SentDmWebhookRecord, eventType: string): Promise<DeliveryAttempt> {
  const event = resolveOrThrow(eventType);
  return deliverOne(ctx, webhook, eventType, event, samplePayload(event), nowSeconds());
}
