import type { Delivery, Webhook, WebhookInput, WebhookPatch } from '../../src/model';
import { webhookWithRaw } from '../../src/webhook-raw';
import type { WireDelivery, WireHook } from './schemas';

// GitHub masks the secret (`********`) rather than omitting it; `raw` carries neither.
function withoutSecret(wire: WireHook): Record<string, unknown> {
  const { secret: _secret, ...config } = wire.config;
  return { ...wire, config };
}

/** A GitHub hook -> the normalized model. */
export function toWebhook(wire: WireHook): Webhook {
  return webhookWithRaw({
    provider: 'github',
    id: String(wire.id),
    // Only legacy service hooks lack a URL; they still list rather than failing the page.
    url: wire.config.url ?? '',
    events: wire.events,
    active: wire.active,
    createdAt: new Date(wire.created_at),
    ...(wire.updated_at ? { updatedAt: new Date(wire.updated_at) } : {}),
  }, withoutSecret(wire));
}

/** One delivery of a hook -> the model's `Delivery`; `eventType` is spelled like inbound events (`issues.opened`). */
export function toDelivery(wire: WireDelivery): Delivery {
  const code = wire.status_code ?? 0;
  // GitHub's own split (its `status` filter): 2xx and 3xx answers succeeded, anything else failed.
  const delivered = code >= 200 && code < 400;
  const started = new Date(wire.delivered_at);
  return {
    id: String(wire.id),
    eventType: wire.action ? `${wire.event}.${wire.action}` : wire.event,
    status: delivered ? 'delivered' : 'failed',
    ...(code > 0 ? { httpStatus: code } : {}),
    ...(delivered ? {} : { error: wire.status }),
    createdAt: started,
    startedAt: started,
    ...(wire.duration !== undefined ? { completedAt: new Date(started.getTime() + Math.round(wire.duration * 1000)) } : {}),
    raw: wire,
  };
}

/** Model input -> the create body: always a `web` hook sending JSON. */
export function toCreateBody(input: WebhookInput & { secret: string }): Record<string, unknown> {
  return {
    name: 'web',
    active: input.active ?? true,
    events: input.events,
    config: { url: input.url, content_type: 'json', secret: input.secret },
  };
}

/**
 * The `config` fields of a patch, for `PATCH /hooks/{id}/config`, which changes only the fields
 * it is given; `undefined` when the patch names none. (`PATCH /hooks/{id}` with a `config`
 * replaces the whole config and drops a secret it is not given: the secret is write-only, so it
 * could never be given back.)
 */
export function toConfigPatch(patch: WebhookPatch): Record<string, unknown> | undefined {
  if (patch.url === undefined && patch.secret === undefined) return undefined;
  return {
    ...(patch.url === undefined ? {} : { url: patch.url }),
    ...(patch.secret === undefined ? {} : { secret: patch.secret }),
  };
}

/** The hook fields of a patch, for `PATCH /hooks/{id}`; `undefined` when the patch names none. */
export function toHookPatch(patch: WebhookPatch): Record<string, unknown> | undefined {
  if (patch.events === undefined && patch.active === undefined) return undefined;
  return {
    ...(patch.events === undefined ? {} : { events: patch.events }),
    ...(patch.active === undefined ? {} : { active: patch.active }),
  };
}
