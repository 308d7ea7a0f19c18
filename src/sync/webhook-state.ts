/**
 * The fields sync compares, in one canonical form (sets sorted, unset fields absent), so that two
 * states compare equal exactly when no field the config manages differs.
 * @module
 */
import type { DeliverySettings, Webhook } from '../model';
import type { Capabilities } from '../provider';
import type { WebhookState } from './plan-types';
import { urlKey } from './url-key';

/** A list as a set: sorted, without repeats. */
export function asSet(values: readonly string[]): string[] {
  return [...new Set(values)].sort();
}

/** Event filters with keys and sub types sorted, so reordering is no change. */
export function canonicalFilters(filters: Readonly<Record<string, readonly string[]>>): Record<string, string[]> {
  return Object.fromEntries(Object.keys(filters).sort().map((key) => [key, asSet(filters[key] ?? [])]));
}

function deliveryOf(delivery: DeliverySettings | undefined): DeliverySettings | undefined {
  if (!delivery) return undefined;
  const out: DeliverySettings = {};
  if (delivery.retryCount !== undefined) out.retryCount = delivery.retryCount;
  if (delivery.timeoutSeconds !== undefined) out.timeoutSeconds = delivery.timeoutSeconds;
  return Object.keys(out).length > 0 ? out : undefined;
}

/**
 * A webhook's compared fields. Only what the provider keeps (per its capabilities) is read, and of
 * `delivery` only the settings, never the health counters that change with every delivery.
 */
export function stateOf(webhook: Webhook, capabilities: Capabilities): WebhookState {
  const state: WebhookState = { url: webhook.url, events: asSet(webhook.events), active: webhook.active };
  if (capabilities.names && webhook.name !== undefined) state.name = webhook.name;
  const delivery = capabilities.deliverySettings ? deliveryOf(webhook.delivery) : undefined;
  if (delivery) state.delivery = delivery;
  if (capabilities.eventFilters && webhook.eventFilters && Object.keys(webhook.eventFilters).length > 0) {
    state.eventFilters = canonicalFilters(webhook.eventFilters);
  }
  return state;
}

/**
 * Oldest first (by `createdAt`; equals keep their order): of several webhooks on one URL, the
 * first is the one sync keeps, since its secret is the one receivers most likely hold.
 */
export function oldestFirst(webhooks: readonly Webhook[]): Webhook[] {
  return [...webhooks].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
}

/** The fields on which two states differ, by name (`events`, `delivery`...); empty when none. */
export function movedFields(before: WebhookState, now: WebhookState): string[] {
  const keys = ['events', 'active', 'name', 'delivery', 'eventFilters'] as const;
  const moved: string[] = urlKey(before.url) === urlKey(now.url) ? [] : ['url'];
  return [...moved, ...keys.filter((key) => JSON.stringify(before[key] ?? null) !== JSON.stringify(now[key] ?? null))];
}
