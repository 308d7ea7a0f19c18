import type { EventType } from '../../model';
import type { Capabilities } from '../../provider';
import type { MemoryDeliveryLimits } from './memory-options';

/** The catalogue a memory provider lists when given none: neutral names no real provider uses. */
export const DEFAULT_MEMORY_EVENT_TYPES: readonly EventType[] = [
  { name: 'example.created', displayName: 'Example created', description: 'A neutral event name for tests.' },
  { name: 'example.updated', displayName: 'Example updated', description: 'A neutral event name for tests.' },
  { name: 'example.deleted', displayName: 'Example deleted', description: 'A neutral event name for tests.' },
];

/** A memory provider can do everything natively unless told otherwise. */
export const DEFAULT_MEMORY_CAPABILITIES: Readonly<Capabilities> = {
  sendTestEvent: true, listDeliveries: true, rotateSecret: 'native', callerSecret: true, names: true,
  eventFilters: true, deliverySettings: true, search: true, maxPageSize: 100, idempotencyKeys: true,
};

/**
 * The delivery-setting ranges a memory provider checks when given none: only what makes sense for
 * any provider (a retry count from 0, a timeout from 1 second), no real provider's limits.
 */
export const DEFAULT_MEMORY_DELIVERY_LIMITS: Readonly<MemoryDeliveryLimits> = {
  retryCount: { min: 0, max: Number.MAX_SAFE_INTEGER },
  timeoutSeconds: { min: 1, max: Number.MAX_SAFE_INTEGER },
};
