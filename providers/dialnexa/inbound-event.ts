import type { InboundEvent } from '../../src/model';
import { inboundEventFromBody } from '../../src/verify/inbound-event';

function typeOf(body: Record<string, unknown>): string {
  if (typeof body.event_type === 'string' && body.event_type !== '') return body.event_type;
  // Older DialNexa bodies are flat and named by `event`.
  if (typeof body.event === 'string' && body.event !== '') return body.event;
  // The ping DialNexa sends when a webhook is saved is a flat `{ message, timestamp }` body
  // without `payload` or a name; naming it lets handlers answer it like any other event.
  if ('message' in body && !('payload' in body)) return 'verification';
  return 'unknown';
}

/**
 * Normalizes a verified DialNexa body `{ event_type, payload }` (`call_initiated`, `call_ended`,
 * `transfer_completed`): `type` is `event_type`, `data` the payload. DialNexa puts no time on
 * these bodies, so `occurredAt` comes only from a top-level `timestamp`, which the flat
 * `verification` ping carries. A body without `payload` is its own `data`; one without any event
 * name gets type `'unknown'` rather than failing an authentic delivery.
 *
 * @example
 * toDialNexaInboundEvent({ event_type: 'call_ended', payload: { call: { id: 'call_1' } } })
 * // { provider: 'dialnexa', type: 'call_ended', data: { call: { id: 'call_1' } }, raw: {...} }
 */
export function toDialNexaInboundEvent(body: Record<string, unknown>): InboundEvent {
  return inboundEventFromBody('dialnexa', typeOf(body), body);
}
