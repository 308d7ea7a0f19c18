import { DEFAULT_DONE_TTL_MS, DEFAULT_LEASE_MS, type DedupeStore } from '../dedupe/dedupe-store';
import { ConfigurationError } from '../errors';

/** How a handler deduplicates: the store, and how long claims and done keys last. */
export interface DedupeOptions {
  /** Where claims and done keys live: `memoryDedupeStore()` for one instance, `redisDedupeStore(client)` for several. */
  store: DedupeStore;
  /** How long a claim lasts if its worker dies, in ms (default 60 s): set it above `onEvent`'s worst case. */
  leaseMs?: number;
  /** How long a handled event is remembered, in ms (default 72 h): longer than the provider retries. */
  ttlMs?: number;
}

/** The handlers' `dedupe` option: a store (with the default lease and TTL), or the options. */
export type DedupeSetting = DedupeStore | DedupeOptions;

/** A checked `dedupe` option. */
export interface Dedupe {
  store: DedupeStore;
  leaseMs: number;
  ttlMs: number;
}

/**
 * A duplicate arrived while another worker is still processing the same event: answered 409
 * with `Retry-After`, so the provider retries later instead of the event being lost should the
 * first worker fail.
 */
export class DeliveryInProgressError extends Error {
  override readonly name = 'DeliveryInProgressError';
  constructor(readonly dedupeKey: string) {
    super(`Another worker is processing event ${dedupeKey}; answered 409 so the provider sends it again later.`);
  }
}

const isStore = (value: unknown): value is DedupeStore =>
  ['claim', 'complete', 'release'].every((method) => typeof (value as Record<string, unknown> | null)?.[method] === 'function');

function duration(value: unknown, fallback: number, name: string, where: string): number {
  if (value === undefined) return fallback;
  if (typeof value === 'number' && Number.isFinite(value) && value > 0) return value;
  throw new ConfigurationError(`${where}: dedupe.${name} must be a positive number of milliseconds.`);
}

/** The checked `dedupe` option of the handler `where`, or `undefined` without one; junk fails at construction. */
export function dedupeFrom(setting: DedupeSetting | undefined, where: string): Dedupe | undefined {
  if (setting === undefined) return undefined;
  const options: Partial<DedupeOptions> = isStore(setting) ? { store: setting } : (setting ?? {});
  if (!isStore(options.store)) {
    throw new ConfigurationError(`${where}: dedupe must be a DedupeStore (claim, complete, release), e.g. memoryDedupeStore() or redisDedupeStore(client), or { store, leaseMs?, ttlMs? }.`);
  }
  return {
    store: options.store,
    leaseMs: duration(options.leaseMs, DEFAULT_LEASE_MS, 'leaseMs', where),
    ttlMs: duration(options.ttlMs, DEFAULT_DONE_TTL_MS, 'ttlMs', where),
  };
}

/** `Retry-After` for a 409: the lease in whole seconds, by when the first worker has finished or lost its claim. */
export const retryAfterSeconds = (dedupe: Dedupe): string => String(Math.max(1, Math.ceil(dedupe.leaseMs / 1000)));
