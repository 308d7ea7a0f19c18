import type { InboundEvent, ProviderId } from '../model';
import { eventTime } from './event-time';

/**
 * An `InboundEvent` from a verified body whose provider-specific part, the event name, is already
 * known. Both providers wrap events the same way: the event's fields under `payload` (a body
 * without one is its own data) and, when there is one, the time under a top-level `timestamp`.
 */
export function envelopeEvent(provider: ProviderId, type: string, body: Record<string, unknown>): InboundEvent {
  const occurredAt = eventTime(body.timestamp);
  return {
    provider,
    type,
    ...(occurredAt ? { occurredAt } : {}),
    data: 'payload' in body ? body.payload : body,
    raw: body,
  };
}
