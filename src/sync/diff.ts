/**
 * Desired against actual: what a config entry asks for, and the field-level difference from the
 * webhook the provider holds. Secrets are write-only and never part of it.
 * @module
 */
import type { DeliverySettings } from '../model';
import type { CheckedEntry } from './config-schema';
import type { SyncDiff, WebhookState } from './plan-types';
import { asSet, canonicalFilters } from './webhook-state';

/** What an entry manages. Fields it leaves out are not managed, except `active` (default `true`). */
export interface DesiredState {
  events: string[];
  active: boolean;
  name?: string;
  delivery?: DeliverySettings;
  eventFilters?: Record<string, string[]>;
}

/** The desired state of a checked entry. */
export function desiredOf(entry: CheckedEntry): DesiredState {
  const desired: DesiredState = { events: asSet(entry.events), active: entry.active ?? true };
  if (entry.name !== undefined) desired.name = entry.name;
  if (entry.delivery && Object.values(entry.delivery).some((value) => value !== undefined)) desired.delivery = { ...entry.delivery };
  if (entry.eventFilters !== undefined) desired.eventFilters = canonicalFilters(entry.eventFilters);
  return desired;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** What must change on `actual` to reach `desired`; `{}` when nothing does. */
export function diffState(desired: DesiredState, actual: WebhookState): SyncDiff {
  const diff: SyncDiff = {};
  const have = new Set(actual.events);
  const want = new Set(desired.events);
  const added = desired.events.filter((event) => !have.has(event));
  const removed = actual.events.filter((event) => !want.has(event));
  if (added.length > 0 || removed.length > 0) diff.events = { added, removed };
  if (desired.active !== actual.active) diff.active = { from: actual.active, to: desired.active };
  if (desired.name !== undefined && desired.name !== actual.name) {
    diff.name = actual.name === undefined ? { to: desired.name } : { from: actual.name, to: desired.name };
  }
  for (const key of ['retryCount', 'timeoutSeconds'] as const) {
    const to = desired.delivery?.[key];
    const from = actual.delivery?.[key];
    if (to === undefined || to === from) continue;
    (diff.delivery ??= {})[key] = from === undefined ? { to } : { from, to };
  }
  if (desired.eventFilters !== undefined && !same(desired.eventFilters, actual.eventFilters ?? {})) {
    diff.eventFilters = actual.eventFilters === undefined ? { to: desired.eventFilters } : { from: actual.eventFilters, to: desired.eventFilters };
  }
  return diff;
}

/** Everything a new webhook gets, as a diff from nothing. */
export function creationDiff(desired: DesiredState): SyncDiff {
  const diff: SyncDiff = { events: { added: desired.events, removed: [] }, active: { to: desired.active } };
  if (desired.name !== undefined) diff.name = { to: desired.name };
  if (desired.delivery) {
    diff.delivery = {};
    for (const key of ['retryCount', 'timeoutSeconds'] as const) {
      const to = desired.delivery[key];
      if (to !== undefined) diff.delivery[key] = { to };
    }
  }
  if (desired.eventFilters !== undefined) diff.eventFilters = { to: desired.eventFilters };
  return diff;
}
