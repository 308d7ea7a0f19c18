import type { InboundEvent } from '../../src/model';
import { inboundEventFromBody } from '../../src/verify/inbound-event';

function typeOf(body: Record<string, unknown>): string {
  // Message events carry `field: "message"` and a dotted `sub_type` ("message.delivered"), the
  // precise name. Template events and older bodies have a plural `field` ("templates",
  // "messages") and no `sub_type`, so the field is the best name there is.
  if (typeof body.sub_type === 'string' && body.sub_type !== '') return body.sub_type;
  if (typeof body.field === 'string' && body.field !== '') return body.field;
  return 'unknown';
}

/**
 * Normalizes a verified sent.dm body `{ field, sub_type?, timestamp, payload }`: `type` is
 * `sub_type` when present, else `field`; `occurredAt` is `timestamp`; `data` is `payload` (the
 * whole body when there is none).
 *
 * @example
 * toSentDmInboundEvent({ field: 'message', sub_type: 'message.delivered', timestamp: '2025-10-31T10:10:42Z', payload: {} })
 * // { provider: 'sentdm', type: 'message.delivered', occurredAt: Date(2025-10-31T10:10:42Z), data: {}, raw: {...} }
 */
export function toSentDmInboundEvent(body: Record<string, unknown>): InboundEvent {
  return inboundEventFromBody('sentdm', typeOf(body), body);
}
