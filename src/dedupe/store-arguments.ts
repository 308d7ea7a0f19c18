import { ValidationError } from '../errors';

/**
 * Refuses what no store can act on: a blank key, or a lease or TTL that is not a positive number
 * of ms. A `ValidationError` naming the argument, before the store is touched.
 */
export function checkStoreArguments(operation: 'claim' | 'complete' | 'release', key: unknown, ms?: { name: 'leaseMs' | 'ttlMs'; value: unknown }): void {
  if (typeof key !== 'string' || key === '') {
    throw new ValidationError(`DedupeStore.${operation}: key must be a non-empty string (an event's dedupeKey).`, { operation });
  }
  if (ms && !(typeof ms.value === 'number' && Number.isFinite(ms.value) && ms.value > 0)) {
    throw new ValidationError(`DedupeStore.${operation}: ${ms.name} must be a positive number of milliseconds.`, { operation });
  }
}
