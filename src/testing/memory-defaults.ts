import type { EventType } from '../model';
import type { Capabilities } from '../provider';

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
