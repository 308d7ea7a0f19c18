import * as v from 'valibot';

// DialNexa's own documents disagree on almost every shape: its reference examples show flat
// objects with `created_at`, its OpenAPI a `{webhook}` wrapper with `createdAt`, and
// lists come as `{data, meta}` or `{webhooks, page, limit, total, totalPages}`. We accept all of
// them and let unknown fields through (looseObject), so new fields never break a caller.

const id = v.pipe(v.union([v.string(), v.number()]), v.transform(String));
const timestamp = v.pipe(v.string(), v.check((s) => !Number.isNaN(Date.parse(s)), 'must be a date-time'));

/** One webhook as DialNexa sends it, in any documented spelling. */
export const WireWebhook = v.pipe(
  v.looseObject({
    id,
    url: v.string(),
    events: v.array(v.string()),
    is_active: v.optional(v.boolean()),
    isActive: v.optional(v.boolean()),
    created_at: v.optional(timestamp),
    createdAt: v.optional(timestamp),
    updated_at: v.optional(v.nullable(timestamp)),
    updatedAt: v.optional(v.nullable(timestamp)),
  }),
  v.check((w) => w.created_at !== undefined || w.createdAt !== undefined, 'created_at (or createdAt) is required'),
);
export type WireWebhook = v.InferOutput<typeof WireWebhook>;

/** A single-webhook response: flat, or wrapped as `{message, webhook}`. */
export const WebhookResponse = v.union([
  v.pipe(v.looseObject({ webhook: WireWebhook }), v.transform((body) => body.webhook)),
  WireWebhook,
]);

const count = v.optional(v.number());

/** A list response in either documented shape: `{data, meta}` or `{webhooks, page, limit, total, totalPages}`. */
export const ListResponse = v.union([
  v.looseObject({
    data: v.array(WireWebhook),
    meta: v.optional(v.looseObject({ page: count, limit: count, total: count, totalPages: count })),
  }),
  v.looseObject({ webhooks: v.array(WireWebhook), page: count, limit: count, total: count, totalPages: count }),
]);
export type ListResponse = v.InferOutput<typeof ListResponse>;

/** The error body: `{statusCode, message: string | string[], error}`. */
export const ErrorBody = v.looseObject({
  statusCode: v.optional(v.number()),
  message: v.optional(v.union([v.string(), v.array(v.string())])),
  error: v.optional(v.string()),
});
