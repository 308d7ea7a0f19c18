/**
 * What `plan` returns and `apply` takes and returns: plain JSON, so a plan can be printed,
 * stored as a CI artifact and read back. Types only.
 * @module
 */
import type { DeliverySettings } from '../model';

/** What apply does to one webhook. */
export type SyncAction = 'create' | 'update' | 'delete' | 'noop';

/** One field's change; `from` is absent when the webhook had no value (or does not exist yet). */
export interface ValueChange<T> {
  from?: T;
  to: T;
}

/** The fields a change sets, field by field. On a create, every field the new webhook gets. */
export interface SyncDiff {
  /** Events compare as sets: only what is added and what is removed. */
  events?: { added: string[]; removed: string[] };
  active?: ValueChange<boolean>;
  name?: ValueChange<string>;
  delivery?: { retryCount?: ValueChange<number>; timeoutSeconds?: ValueChange<number> };
  eventFilters?: ValueChange<Record<string, string[]>>;
  /** The signing secret is replaced (`rotateSecrets`). Secrets are otherwise never compared. */
  secret?: 'rotate';
}

/** The compared fields of a webhook as the plan saw it; apply refuses to change one that moved since. */
export interface WebhookState {
  url: string;
  /** Sorted, without repeats. */
  events: string[];
  active: boolean;
  name?: string;
  delivery?: DeliverySettings;
  /** Keys and sub types sorted. */
  eventFilters?: Record<string, string[]>;
}

/** One line of a plan. */
export interface SyncChange {
  action: SyncAction;
  /** The config's target name. */
  target: string;
  /** The entry's URL as the config writes it; for a delete, the webhook's URL at the provider. */
  url: string;
  /** The provider's id: absent on a create until it is applied. */
  id?: string;
  /** What changes (create and update). */
  diff?: SyncDiff;
  /** The webhook as the plan saw it (update and delete). */
  before?: WebhookState;
  /** Why a webhook is deleted: no entry declares it (`prune`), or it repeats a declared URL (`duplicate`). */
  reason?: 'prune' | 'duplicate';
}

/** How many changes of each kind a plan holds. */
export interface SyncSummary {
  create: number;
  update: number;
  delete: number;
  unchanged: number;
}

/**
 * A plan: every declared webhook and every webhook to delete, in the order apply goes through
 * them, plus what the plan wants a human to know (`notes`: duplicates it found, targets where
 * `prune` can delete nothing). A plan from `plan()` carries its config along, not enumerable,
 * so `JSON.stringify(plan)` never holds a credential.
 */
export interface SyncPlan {
  changes: SyncChange[];
  summary: SyncSummary;
  notes: string[];
}

/** A signing secret nobody but the provider knew before: a generated one, or one the provider made. */
export interface SyncSecret {
  target: string;
  url: string;
  id: string;
  secret: string;
}

/** What apply did: the changes it made (no `noop`s; creates with their new `id`), and the new secrets. */
export interface SyncResult {
  changes: SyncChange[];
  secrets: SyncSecret[];
}
