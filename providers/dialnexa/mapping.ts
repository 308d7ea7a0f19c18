import type { Page, Webhook, WebhookInput, WebhookPatch } from '../../src/model';
import { webhookWithRaw } from '../../src/webhook-raw';
import type { ListResponse, WireWebhook } from './schemas';

// The API masks or omits the secret after creation; `raw` must never carry it either way.
function withoutSecret(wire: WireWebhook): Record<string, unknown> {
  const { secret: _secret, ...rest } = wire as Record<string, unknown>;
  return rest;
}

/** DialNexa's webhook -> the normalized model. */
export function toWebhook(wire: WireWebhook): Webhook {
  const updated = wire.updated_at ?? wire.updatedAt;
  return webhookWithRaw({
    provider: 'dialnexa',
    id: wire.id,
    url: wire.url,
    events: wire.events,
    // `is_active` defaults to true on create, and one variant omits it.
    active: wire.is_active ?? wire.isActive ?? true,
    createdAt: new Date((wire.created_at ?? wire.createdAt)!),
    ...(updated ? { updatedAt: new Date(updated) } : {}),
  }, withoutSecret(wire));
}

/** A list response in either of its two shapes -> a page. */
export function toPage(body: ListResponse, requested: { page: number; pageSize: number }): Page<Webhook> {
  const wrapped = Array.isArray(body.data);
  const items = ((wrapped ? body.data : body.webhooks) as WireWebhook[]).map(toWebhook);
  type Meta = { page?: number; limit?: number; total?: number };
  const meta = (wrapped ? (body.meta ?? {}) : body) as Meta;
  const page = meta.page ?? requested.page;
  const pageSize = meta.limit ?? requested.pageSize;
  const total = meta.total;
  // Without a total (the reference example's bare `{data}`), a full page may be followed by more.
  const hasMore = total !== undefined ? page * pageSize < total : items.length >= pageSize && items.length > 0;
  return { items, page, pageSize, ...(total === undefined ? {} : { total }), hasMore };
}

/** Model input -> the create body. */
export function toCreateBody(input: WebhookInput & { secret: string }): Record<string, unknown> {
  return { url: input.url, events: input.events, secret: input.secret, is_active: input.active ?? true };
}

/** A patch -> the PATCH body, naming only the fields the caller named. */
export function toPatchBody(patch: WebhookPatch): Record<string, unknown> {
  return {
    ...(patch.url === undefined ? {} : { url: patch.url }),
    ...(patch.events === undefined ? {} : { events: patch.events }),
    ...(patch.secret === undefined ? {} : { secret: patch.secret }),
    ...(patch.active === undefined ? {} : { is_active: patch.active }),
  };
}
