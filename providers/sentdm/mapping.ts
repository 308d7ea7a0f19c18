import type { Delivery, DeliveryState, EventType, Page, Webhook, WebhookInput, WebhookPatch } from '../../src/model';
import { webhookWithRaw } from '../../src/webhook-raw';
import type { WireDelivery, WireEventType, WirePagination, WireWebhook } from './schemas';

const date = (value: string | null | undefined) => (value ? new Date(value) : undefined);

// The secret is only in create's response; `raw` must never carry it, not even as `null`.
function withoutSecret(wire: WireWebhook): Record<string, unknown> {
  const { signing_secret: _secret, ...rest } = wire;
  return rest;
}

function deliveryState(wire: WireWebhook): DeliveryState | undefined {
  const state: DeliveryState = {};
  if (wire.retry_count != null) state.retryCount = wire.retry_count;
  if (wire.timeout_seconds != null) state.timeoutSeconds = wire.timeout_seconds;
  if (wire.consecutive_failures != null) state.consecutiveFailures = wire.consecutive_failures;
  const attempt = date(wire.last_delivery_attempt_at);
  if (attempt) state.lastAttemptAt = attempt;
  const success = date(wire.last_successful_delivery_at);
  if (success) state.lastSuccessAt = success;
  return Object.keys(state).length > 0 ? state : undefined;
}

/** sent.dm's webhook -> the normalized model (without the secret; `create` adds it). */
export function toWebhook(wire: WireWebhook): Webhook {
  const updated = date(wire.updated_at);
  const delivery = deliveryState(wire);
  return webhookWithRaw({
    provider: 'sentdm',
    id: wire.id,
    url: wire.endpoint_url,
    events: wire.event_types,
    active: wire.is_active,
    ...(wire.display_name ? { name: wire.display_name } : {}),
    createdAt: new Date(wire.created_at),
    ...(updated ? { updatedAt: updated } : {}),
    ...(delivery ? { delivery } : {}),
    ...(wire.event_filters ? { eventFilters: wire.event_filters } : {}),
  }, withoutSecret(wire));
}

/** One delivery record -> the model's `Delivery`. */
export function toDelivery(wire: WireDelivery): Delivery {
  const started = date(wire.processing_started_at);
  const completed = date(wire.processing_completed_at);
  const body = wire.response_body;
  return {
    id: wire.id,
    eventType: wire.event_type,
    status: wire.delivery_status,
    ...(wire.http_status_code != null ? { httpStatus: wire.http_status_code } : {}),
    ...(wire.delivery_attempts != null ? { attempts: wire.delivery_attempts } : {}),
    ...(wire.error_message ? { error: wire.error_message } : {}),
    ...(wire.event_data !== undefined && wire.event_data !== null ? { data: wire.event_data } : {}),
    ...(body === undefined || body === null ? {} : { responseBody: typeof body === 'string' ? body : JSON.stringify(body) }),
    createdAt: new Date(wire.created_at),
    ...(started ? { startedAt: started } : {}),
    ...(completed ? { completedAt: completed } : {}),
    raw: wire,
  };
}

/**
 * Items plus `data.pagination` -> a page. `total` comes from `total_count`, which lets `iterate`
 * fetch the remaining pages concurrently; without pagination a full page may be followed by more.
 */
export function toPage<T>(items: T[], pagination: WirePagination | null | undefined, requested: { page: number; pageSize: number }): Page<T> {
  const page = pagination?.page ?? requested.page;
  const pageSize = pagination?.page_size ?? requested.pageSize;
  const total = pagination?.total_count ?? undefined;
  const hasMore = pagination?.has_more
    ?? (total != null ? page * pageSize < total : items.length >= pageSize && items.length > 0);
  return { items, page, pageSize, ...(total == null ? {} : { total }), hasMore };
}

/**
 * The event-type tree -> the names a webhook can subscribe to. A parent with `sub_types` is a
 * group (each sub type is a name, `group` = the parent); a parent without is itself a name.
 * Types sent.dm marks `is_active: false` cannot be subscribed to, so they are left out.
 */
export function flattenEventTypes(types: readonly WireEventType[], group?: string): EventType[] {
  return types.filter((type) => type.is_active !== false).flatMap((type) => {
    if (type.sub_types && type.sub_types.length > 0) return flattenEventTypes(type.sub_types, type.name);
    return [{
      name: type.name,
      ...(type.display_name ? { displayName: type.display_name } : {}),
      ...(type.description ? { description: type.description } : {}),
      ...(group === undefined ? {} : { group }),
    }];
  });
}

/** The fields create and PUT share, from the model's names; only those that are set. */
function wireFields(input: WebhookPatch): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (input.name !== undefined) out.display_name = input.name;
  if (input.url !== undefined) out.endpoint_url = input.url;
  if (input.events !== undefined) out.event_types = input.events;
  if (input.eventFilters !== undefined) out.event_filters = input.eventFilters;
  if (input.delivery?.retryCount !== undefined) out.retry_count = input.delivery.retryCount;
  if (input.delivery?.timeoutSeconds !== undefined) out.timeout_seconds = input.delivery.timeoutSeconds;
  return out;
}

/** Model input -> the create body. Create has no `is_active`: `active: false` is a toggle after it. */
export function toCreateBody(input: WebhookInput): Record<string, unknown> {
  return wireFields(input);
}

/**
 * The PUT body: the webhook as it is now, with the caller's fields on top. PUT may replace the
 * whole object, so a field the caller did not name is sent back with its current value.
 */
export function toPutBody(current: WireWebhook, patch: WebhookPatch): Record<string, unknown> {
  return wireFields({
    url: patch.url ?? current.endpoint_url,
    events: patch.events ?? current.event_types,
    name: patch.name ?? current.display_name ?? undefined,
    eventFilters: patch.eventFilters ?? current.event_filters ?? undefined,
    delivery: {
      retryCount: patch.delivery?.retryCount ?? current.retry_count ?? undefined,
      timeoutSeconds: patch.delivery?.timeoutSeconds ?? current.timeout_seconds ?? undefined,
    },
  });
}
