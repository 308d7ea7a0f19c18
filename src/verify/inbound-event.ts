import type { InboundEvent, ProviderId } from '../model';
import { eventTime } from './event-time';

/**
 * The event fields of a verified body whose event name the provider has already read (the
 * template adds `dedupeKey`). Both providers so far put the event's fields under `payload` (a
 * body without one is its own data; `data` overrides that) and, when there is one, the time
 * under a top-level `timestamp`.
 *
 * @example
 * inboundEventFromBody('example', 'order.paid', { payload: { id: 'o_1' }, timestamp: 1_700_000_000 })
 * // { provider: 'example', type: 'order.paid', occurredAt: Date(2023-11-14T22:13:20Z), data: { id: 'o_1' }, raw: {...} }
 */
export function inboundEventFromBody(
  provider: ProviderId, type: string, body: Record<string, unknown>, data: unknown = 'payload' in body ? body.payload : body,
): InboundEvent {
  const occurredAt = eventTime(body.timestamp);
  // Two literals rather than a spread: this runs on every delivery, and the key order stays.
  return occurredAt ? { provider, type, occurredAt, data, raw: body } : { provider, type, data, raw: body };
}
