import type { Webhook } from '../model';
import type { Paint } from './colour';
import { renderFields, renderTable, type Column } from './table';

/**
 * A webhook as the CLI prints it in JSON: the normalized fields, dates as ISO strings, without
 * `raw` and without `secret` (only `create` adds the secret, which it alone receives).
 */
export function webhookJson(webhook: Webhook): Record<string, unknown> {
  const { provider, id, url, events, active, name, createdAt, updatedAt, delivery, eventFilters } = webhook;
  return {
    provider, id, url, events, active,
    ...(name === undefined ? {} : { name }),
    createdAt,
    ...(updatedAt === undefined ? {} : { updatedAt }),
    ...(eventFilters === undefined ? {} : { eventFilters }),
    ...(delivery === undefined ? {} : { delivery }),
  };
}

const COLUMNS: readonly Column<Webhook>[] = [
  { heading: 'ID', cell: (webhook) => webhook.id },
  { heading: 'URL', cell: (webhook) => webhook.url },
  { heading: 'ACTIVE', cell: (webhook) => (webhook.active ? 'yes' : 'no') },
  { heading: 'NAME', cell: (webhook) => webhook.name ?? '' },
  { heading: 'EVENTS', cell: (webhook) => webhook.events.join(',') },
];

/** Webhooks as a table: id, URL, active, name, events. */
export function webhookTable(webhooks: readonly Webhook[], paint: Paint): string {
  return renderTable(COLUMNS, webhooks, paint);
}

const time = (date: Date | undefined) => date?.toISOString();

/** One webhook as name/value lines; `secret` is shown only when passed (the result of `create`). */
export function webhookFields(webhook: Webhook, paint: Paint, secret?: string): string {
  const { delivery } = webhook;
  return renderFields([
    ['id', webhook.id],
    ['provider', webhook.provider],
    ['url', webhook.url],
    ['events', webhook.events.join(', ')],
    ['active', webhook.active ? 'yes' : 'no'],
    ['name', webhook.name],
    ['created', time(webhook.createdAt)],
    ['updated', time(webhook.updatedAt)],
    ['filters', webhook.eventFilters ? JSON.stringify(webhook.eventFilters) : undefined],
    ['retries', delivery?.retryCount?.toString()],
    ['timeout', delivery?.timeoutSeconds === undefined ? undefined : `${delivery.timeoutSeconds} s`],
    ['failures', delivery?.consecutiveFailures?.toString()],
    ['last attempt', time(delivery?.lastAttemptAt)],
    ['last success', time(delivery?.lastSuccessAt)],
    ['secret', secret],
  ], paint);
}
