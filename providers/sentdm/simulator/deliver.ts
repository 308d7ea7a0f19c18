/**
 * Outbound deliveries from the sent.dm simulator: `{ field, sub_type, timestamp, payload }` signed
 * Svix-style with `x-webhook-id` (the webhook's id), `x-webhook-timestamp` (Unix seconds) and
 * `x-webhook-signature`, each attempt logged for `GET /v3/webhooks/{id}/events`.
 * @module
 */
import { deliveryTargets, type DeliveryAttempt, type DeliveryLog, type DeliveryTargeting } from '../../../src/testing/kit';
import { signSentDmWebhook } from '../signing-scheme';
import { sentDmTime } from './envelope';
import { resolveEvent, subscribes, SUBSCRIBABLE, type ResolvedEvent } from './event-catalogue';
import type { SentDmStore, SentDmWebhookRecord } from './store';

/** Options for the sent.dm simulator's `deliver`. */
export interface SentDmDeliverOptions extends DeliveryTargeting {
  /** Unix seconds for `x-webhook-timestamp` and the body's `timestamp` (default now): makes stale deliveries. */
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

async function deliverOne(
  ctx: SentDmDeliveryContext, webhook: SentDmWebhookRecord, name: string, event: ResolvedEvent, payload: unknown, seconds: number,
): Promise<DeliveryAttempt> {
  // sent.dm's template events carry no sub_type at all, so the key is left out rather than null.
  const envelope = { field: event.field, ...(event.subType ? { sub_type: event.subType } : {}), timestamp: bodyTime(seconds), payload };
  const body = JSON.stringify(envelope);
  const signature = await signSentDmWebhook({ body, secret: webhook.signing_secret, webhookId: webhook.id, timestamp: seconds });
  const type = event.subType ?? event.field;
  const attempt = await ctx.log.send({
    id: crypto.randomUUID(), webhookId: webhook.id, event: name, type, url: webhook.endpoint_url, body,
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
    http_status_code: attempt.status ?? null, response_body: attempt.responseBody ?? null, delivery_attempts: 1,
    error_message: attempt.ok ? null : (attempt.error ?? `Endpoint answered HTTP ${attempt.status}`),
    created_at: started, processing_started_at: started, processing_completed_at: completed,
  });
  return attempt;
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
 * undocumented, and a test wants one deterministic request per webhook.
 */
export async function deliverSentDm(
  ctx: SentDmDeliveryContext, name: string, payload: unknown, options: SentDmDeliverOptions = {},
): Promise<DeliveryAttempt[]> {
  const event = resolveOrThrow(name);
  const seconds = options.timestamp ?? nowSeconds();
  const targets = deliveryTargets(ctx.store.list('all'), {
    isActive: (webhook) => webhook.is_active,
    subscribes: (webhook) => subscribes(webhook.event_types, webhook.event_filters, event),
  }, options);
  return Promise.all(targets.map((webhook) => deliverOne(ctx, webhook, name, event, payload, seconds)));
}

function samplePayload(event: ResolvedEvent): Record<string, unknown> {
  const account = { account_id: '00000000-0000-4000-8000-000000000000', test: true };
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
