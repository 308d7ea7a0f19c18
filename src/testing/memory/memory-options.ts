/**
 * What `createMemoryProvider` can be told: which provider it stands in for, as far as an app's
 * unit tests can tell (its id, event catalogue, capabilities, page size and delivery limits).
 * @module
 */
import type { EventType, ProviderId } from '../../model';
import type { Capabilities } from '../../provider';

/** The whole numbers one delivery setting accepts, bounds included. */
export interface SettingRange {
  min: number;
  max: number;
}

/** The ranges the memory provider checks `delivery.retryCount` and `delivery.timeoutSeconds` against. */
export interface MemoryDeliveryLimits {
  retryCount: SettingRange;
  timeoutSeconds: SettingRange;
}

/** Options for `createMemoryProvider`. */
export interface MemoryProviderOptions {
  /** The provider id webhooks and errors carry (default `'memory'`). */
  id?: ProviderId;
  /**
   * The catalogue `listEventTypes` returns. When given, `create`, `update` and `sendTestEvent`
   * refuse other event names; by default any name is accepted and three `example.*` types are listed.
   */
  eventTypes?: EventType[];
  /** Overrides; `sendTestEvent: false` / `listDeliveries: false` make those calls throw `UnsupportedOperationError`,
   * `callerSecret: false` refuses a `secret` in the input, `maxPageSize` caps `pageSize`. */
  capabilities?: Partial<Capabilities>;
  /** `pageSize` when a call gives none (default 20). */
  defaultPageSize?: number;
  /**
   * The delivery-setting ranges to refuse outside of, as the imitated provider does (default: any
   * retry count from 0 and any timeout from 1 second). A test standing in for a real provider
   * passes that provider's limits.
   *
   * @example
   * // A provider that retries 1 to 10 times; the timeout keeps the default range.
   * const hooks = createMemoryProvider({ deliveryLimits: { retryCount: { min: 1, max: 10 } } });
   */
  deliveryLimits?: Partial<MemoryDeliveryLimits>;
}
