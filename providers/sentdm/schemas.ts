import * as v from 'valibot';

// sent.dm v3 wire shapes, from its API reference and the official SDK's types. looseObject throughout:
// a field sent.dm adds tomorrow must never break a caller today. Only what the model needs is
// required; the SDK marks everything optional, so the rest is tolerated when null or missing.

const timestamp = v.pipe(v.string(), v.check((s) => !Number.isNaN(Date.parse(s)), 'must be a date-time'));
const maybeTimestamp = v.nullish(timestamp);
const maybeNumber = v.nullish(v.number());
const maybeString = v.nullish(v.string());

function wrapped<S extends v.GenericSchema>(data: S) {
  return v.looseObject({ success: v.literal(true), data });
}

// One envelope per data schema, built on its first response rather than on every one.
const envelopes = new WeakMap<v.GenericSchema, v.GenericSchema>();

/** `{success: true, data}`: every JSON response is wrapped so (read `.data` of its output). */
export function envelope<S extends v.GenericSchema>(data: S): ReturnType<typeof wrapped<S>> {
  let schema = envelopes.get(data);
  if (schema === undefined) envelopes.set(data, (schema = wrapped(data)));
  return schema as ReturnType<typeof wrapped<S>>;
}

/** One webhook as sent.dm sends it. `signing_secret` is a string only on create. */
export const WireWebhook = v.looseObject({
  id: v.pipe(v.string(), v.nonEmpty()),
  display_name: maybeString,
  endpoint_url: v.string(),
  signing_secret: maybeString,
  is_active: v.boolean(),
  event_types: v.nullish(v.array(v.string()), []),
  event_filters: v.nullish(v.record(v.string(), v.array(v.string()))),
  retry_count: maybeNumber,
  timeout_seconds: maybeNumber,
  last_delivery_attempt_at: maybeTimestamp,
  last_successful_delivery_at: maybeTimestamp,
  consecutive_failures: maybeNumber,
  created_at: timestamp,
  updated_at: maybeTimestamp,
});
export type WireWebhook = v.InferOutput<typeof WireWebhook>;

/** `data.pagination` on list responses. `cursors` is deprecated and never populated. */
export const WirePagination = v.looseObject({
  page: maybeNumber,
  page_size: maybeNumber,
  total_count: maybeNumber,
  total_pages: maybeNumber,
  has_more: v.nullish(v.boolean()),
});
export type WirePagination = v.InferOutput<typeof WirePagination>;

/** `GET /v3/webhooks` data. */
export const WebhookList = v.looseObject({ webhooks: v.array(WireWebhook), pagination: v.nullish(WirePagination) });

/** One delivery record from `GET /v3/webhooks/{id}/events`. */
export const WireDelivery = v.looseObject({
  id: v.pipe(v.string(), v.nonEmpty()),
  event_type: v.string(),
  event_data: v.optional(v.unknown()),
  delivery_status: v.string(),
  http_status_code: maybeNumber,
  // A string per the SDK; anything else is kept by serialising it.
  response_body: v.optional(v.unknown()),
  delivery_attempts: maybeNumber,
  error_message: maybeString,
  created_at: timestamp,
  processing_started_at: maybeTimestamp,
  processing_completed_at: maybeTimestamp,
});
export type WireDelivery = v.InferOutput<typeof WireDelivery>;

/** `GET /v3/webhooks/{id}/events` data. */
export const DeliveryList = v.looseObject({ events: v.array(WireDelivery), pagination: v.nullish(WirePagination) });

/** An event type; parents may nest `sub_types` (the SDK types them recursively). */
export interface WireEventType {
  name: string;
  display_name?: string | null | undefined;
  description?: string | null | undefined;
  is_active?: boolean | null | undefined;
  sub_types?: WireEventType[] | null | undefined;
}
/** Checks one event type and, recursively, its sub types. */
export const WireEventType: v.GenericSchema<WireEventType> = v.looseObject({
  name: v.pipe(v.string(), v.nonEmpty()),
  display_name: maybeString,
  description: maybeString,
  is_active: v.nullish(v.boolean()),
  sub_types: v.nullish(v.array(v.lazy(() => WireEventType))),
});

/** `GET /v3/webhooks/event-types` data. */
export const EventTypeList = v.looseObject({ event_types: v.array(WireEventType) });

/** `POST /v3/webhooks/{id}/rotate-secret` data. */
export const RotatedSecret = v.looseObject({ signing_secret: v.pipe(v.string(), v.nonEmpty()) });

/** `POST /v3/webhooks/{id}/test` data. */
export const TestResult = v.looseObject({ success: v.boolean(), message: maybeString });

/** The error half of the envelope: `{success: false, error: {code, message, details, doc_url}, meta}`. */
export const ErrorEnvelope = v.looseObject({
  error: v.nullish(v.looseObject({
    code: maybeString,
    message: maybeString,
    // `{field: [messages]}`; read defensively in errors.ts.
    details: v.nullish(v.record(v.string(), v.unknown())),
    doc_url: maybeString,
  })),
  meta: v.nullish(v.looseObject({ request_id: maybeString })),
});
