import type { InboundEvent as EventFields } from '../model';

/**
 * A verified, normalized delivery: what the provider sent (`type`, `data`, `raw`, ...) plus
 * `dedupeKey`, the same for every delivery and retry of one event, so a receiver can process
 * each event once (see `DedupeStore`).
 */
export interface InboundEvent extends EventFields {
  /**
   * Identifies the event across deliveries: the provider's own per-event id where it sends one,
   * else a derivation from the body that a retry does not change. Contains no `:` (a BullMQ
   * `jobId` may not); parts are joined with `/` and percent-encoded.
   */
  dedupeKey: string;
}

/**
 * One member of a provider's event union: a literal `type` and the `data` that type carries.
 *
 * @example
 * type CallEnded = TypedInboundEvent<'dialnexa', 'call_ended', { call: { id: string } }>;
 */
export interface TypedInboundEvent<P extends string, T extends string, D> extends InboundEvent {
  provider: P;
  type: T;
  data: D;
}

/**
 * What a scheme's `toEvent` returns for an event type `E`: every field but `dedupeKey`, which the
 * verification template adds. Distributes over a union, member by member.
 */
export type EventFieldsOf<E extends InboundEvent> = E extends InboundEvent ? Omit<E, 'dedupeKey'> : never;

/**
 * The member of a provider's union for a delivery hookbridge has no type for: `type` is
 * `'unknown'` (so narrowing on `type` stays exact) and `name` is the event name as the provider
 * delivered it, when the body had one, so a receiver can still route it.
 */
export interface UnknownInboundEvent<P extends string> extends TypedInboundEvent<P, 'unknown', unknown> {
  /** The provider's own event name (`campaign.completed`), when the body named one. */
  name?: string;
}

/** An event type `F` without its key, keyed: what `verify` returns for a `toEvent` returning `F`. Distributes over a union. */
export type WithDedupeKey<F> = F extends unknown ? F & { dedupeKey: string } : never;
