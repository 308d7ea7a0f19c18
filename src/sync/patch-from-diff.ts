/**
 * A plan's diff turned back into what the provider is sent: a `WebhookPatch` for an update, the
 * desired state for a create.
 * @module
 */
import type { WebhookPatch } from '../model';
import type { DesiredState } from './diff';
import type { SyncDiff } from './plan-types';

/** The patch that makes `diff` true, given the events the webhook has now; `undefined` when it sets no field. */
export function patchFromDiff(diff: SyncDiff, currentEvents: readonly string[]): WebhookPatch | undefined {
  const patch: WebhookPatch = {};
  if (diff.events) {
    const removed = new Set(diff.events.removed);
    patch.events = [...new Set([...currentEvents.filter((event) => !removed.has(event)), ...diff.events.added])];
  }
  if (diff.active) patch.active = diff.active.to;
  if (diff.name) patch.name = diff.name.to;
  if (diff.delivery) {
    const { retryCount, timeoutSeconds } = diff.delivery;
    patch.delivery = {
      ...(retryCount ? { retryCount: retryCount.to } : {}),
      ...(timeoutSeconds ? { timeoutSeconds: timeoutSeconds.to } : {}),
    };
  }
  if (diff.eventFilters) patch.eventFilters = diff.eventFilters.to;
  return Object.keys(patch).length > 0 ? patch : undefined;
}

/** What a create's diff asks the new webhook to be. */
export function desiredFromCreation(diff: SyncDiff): DesiredState {
  const desired: DesiredState = { events: [...(diff.events?.added ?? [])], active: diff.active?.to ?? true };
  if (diff.name) desired.name = diff.name.to;
  if (diff.delivery) {
    desired.delivery = {};
    if (diff.delivery.retryCount) desired.delivery.retryCount = diff.delivery.retryCount.to;
    if (diff.delivery.timeoutSeconds) desired.delivery.timeoutSeconds = diff.delivery.timeoutSeconds.to;
  }
  if (diff.eventFilters) desired.eventFilters = diff.eventFilters.to;
  return desired;
}
