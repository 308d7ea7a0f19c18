import type { CreatedWebhook, Webhook } from './model';

/**
 * A webhook from its normalized fields and the provider's own object: `raw` is readable
 * (`webhook.raw`) but not enumerable, so `JSON.stringify(webhook)`, `{ ...webhook }`, logs and
 * snapshots show the normalized fields only. Every mapping builds its webhooks through this.
 *
 * @example
 * const webhook = webhookWithRaw({ provider: 'example', id: 'wh_1', url, events, active: true, createdAt }, wire);
 * JSON.stringify(webhook); // no "raw"
 */
export function webhookWithRaw(fields: Omit<Webhook, 'raw'>, raw: unknown): Webhook {
  return Object.defineProperty({ ...fields }, 'raw', { value: raw, enumerable: false, writable: true, configurable: true }) as Webhook;
}

/**
 * The webhook `create` resolves to: `webhook` with its signing secret, `raw` kept (a spread
 * would drop it, being non-enumerable).
 */
export function withSecret(webhook: Webhook, secret: string): CreatedWebhook {
  const { raw } = webhook;
  return webhookWithRaw({ ...webhook, secret }, raw) as CreatedWebhook;
}
