import * as v from 'valibot';

// GitHub's documented shapes ("hook", "org-hook", "webhook-config", "hook-delivery-item",
// "basic-error"/"validation-error"), as loose objects: GitHub adds fields often, and a new one
// must never break a caller. Only what the mapping reads is required.

const timestamp = v.pipe(v.string(), v.check((s) => !Number.isNaN(Date.parse(s)), 'must be a date-time'));

/** A hook's `config`; `secret` comes back masked (`********`) when one is set. */
export const WireHookConfig = v.looseObject({
  url: v.optional(v.string()),
  content_type: v.optional(v.string()),
  secret: v.optional(v.string()),
  insecure_ssl: v.optional(v.union([v.string(), v.number()])),
});
export type WireHookConfig = v.InferOutput<typeof WireHookConfig>;

/** A repository or organization hook. */
export const WireHook = v.looseObject({
  id: v.pipe(v.number(), v.integer()),
  name: v.optional(v.string()),
  active: v.boolean(),
  events: v.array(v.string()),
  config: WireHookConfig,
  created_at: timestamp,
  updated_at: v.optional(v.nullable(timestamp)),
});
export type WireHook = v.InferOutput<typeof WireHook>;

/** `GET /hooks`: a bare array. */
export const WireHookList = v.array(WireHook);

/** One entry of `GET /hooks/{id}/deliveries`. */
export const WireDelivery = v.looseObject({
  id: v.pipe(v.number(), v.integer()),
  guid: v.optional(v.string()),
  delivered_at: timestamp,
  redelivery: v.optional(v.boolean()),
  duration: v.optional(v.number()),
  status: v.string(),
  status_code: v.optional(v.nullable(v.number())),
  event: v.string(),
  action: v.optional(v.nullable(v.string())),
});
export type WireDelivery = v.InferOutput<typeof WireDelivery>;

/** `GET /hooks/{id}/deliveries`: a bare array. */
export const WireDeliveryList = v.array(WireDelivery);

/** One entry of a 422's `errors`: an object (`resource`, `field`, `code`, `message`) or a bare string. */
const ErrorItem = v.union([
  v.string(),
  v.looseObject({
    resource: v.optional(v.string()),
    field: v.optional(v.string()),
    code: v.optional(v.string()),
    message: v.optional(v.string()),
  }),
]);

/** GitHub's error body: `{ message, documentation_url, errors?, status? }`. */
export const ErrorBody = v.looseObject({
  message: v.optional(v.string()),
  documentation_url: v.optional(v.string()),
  errors: v.optional(v.array(ErrorItem)),
  status: v.optional(v.union([v.string(), v.number()])),
});
export type ErrorBody = v.InferOutput<typeof ErrorBody>;
