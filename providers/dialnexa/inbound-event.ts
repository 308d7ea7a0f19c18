import { isRecord } from '../../src/untrusted-json';
import { inboundEventFromBody } from '../../src/verify/inbound-event';
import { textField } from '../../src/verify/text-field';
import type { EventFieldsOf } from '../../src/verify/verified-event';
import type { DialNexaCallEventType, DialNexaInboundEvent, DialNexaLegacyEventType } from './event-types';

type Fields = EventFieldsOf<DialNexaInboundEvent>;

const CALL_EVENTS: ReadonlySet<string> = new Set<DialNexaCallEventType>(['call_initiated', 'call_ended', 'transfer_completed']);
const LEGACY_EVENTS: ReadonlySet<string> = new Set<DialNexaLegacyEventType>([
  'call.started', 'call.ended', 'call.transcript_ready', 'call.analysis_ready', 'call.function_error', 'alert.triggered',
]);

/** The name a body gives itself: `event_type`, or the older flat bodies' `event`. */
export function dialNexaEventName(body: Record<string, unknown>): string | undefined {
  return textField(body.event_type) ?? textField(body.event);
}

/** The call a call event's payload is about, when it has the `id` the type guarantees. */
export function dialNexaCallOf(body: Record<string, unknown>): { id: string } | undefined {
  const call = isRecord(body.payload) ? body.payload.call : undefined;
  return isRecord(call) && textField(call.id) ? (call as { id: string }) : undefined;
}

// The ping DialNexa sends when a webhook is saved is a flat `{ message, timestamp }` without
// `payload` or a name (or named `verification`).
function isVerification(name: string | undefined, body: Record<string, unknown>): boolean {
  return (name === 'verification' || (name === undefined && !('payload' in body))) && typeof body.message === 'string';
}

/**
 * Normalizes a verified DialNexa body into its typed event (without `dedupeKey`, which the
 * template adds): `{ event_type, payload: { call } }` (`call_initiated`, `call_ended`,
 * `transfer_completed`) has `data` = the payload; the save-time ping `{ message, timestamp }` is
 * `verification`; the older flat bodies (`{ event: 'call.ended', session_id, ... }`) keep their
 * name and are their own `data`. Anything else, including a call event without `payload.call.id`,
 * is `'unknown'` (never an error: the delivery is authentic). `occurredAt` comes from a top-level
 * `timestamp`, which only the ping and the flat bodies carry.
 *
 * @example
 * toDialNexaInboundEvent({ event_type: 'call_ended', payload: { call: { id: 'call_1' } } })
 * // { provider: 'dialnexa', type: 'call_ended', data: { call: { id: 'call_1' } }, raw: {...} }
 */
export function toDialNexaInboundEvent(body: Record<string, unknown>): Fields {
  const name = dialNexaEventName(body);
  if (name !== undefined && CALL_EVENTS.has(name) && dialNexaCallOf(body)) return inboundEventFromBody('dialnexa', name, body) as Fields;
  if (isVerification(name, body)) return inboundEventFromBody('dialnexa', 'verification', body, body) as Fields;
  if (name !== undefined && LEGACY_EVENTS.has(name)) return inboundEventFromBody('dialnexa', name, body, body) as Fields;
  return { ...inboundEventFromBody('dialnexa', 'unknown', body), ...(name === undefined ? {} : { name }) } as Fields;
}
