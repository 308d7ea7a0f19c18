import { isRecord } from '../../src/untrusted-json';
import { inboundEventFromBody } from '../../src/verify/inbound-event';
import { textField } from '../../src/verify/text-field';
import type { EventFieldsOf } from '../../src/verify/verified-event';
import type { SentDmInboundEvent, SentDmMessageStatusType } from './event-types';

type Fields = EventFieldsOf<SentDmInboundEvent>;

const MESSAGE_STATUS_EVENTS: ReadonlySet<string> = new Set<SentDmMessageStatusType>([
  'message.queued', 'message.routed', 'message.sent', 'message.delivered', 'message.read', 'message.failed',
]);

/**
 * The name a body gives itself. Message events carry `field: "message"` and a dotted `sub_type`
 * ("message.delivered"), the precise name. Template events and older bodies have a plural
 * `field` ("templates", "messages") and no `sub_type`, so the field is the best name there is.
 */
export function sentDmEventName(body: Record<string, unknown>): string | undefined {
  return textField(body.sub_type) ?? textField(body.field);
}

const hasString = (value: unknown, ...fields: string[]): boolean =>
  isRecord(value) && fields.every((field) => textField(value[field]));

/** The typed name of a body: its own name when the payload has what that type guarantees, else `unknown`. */
function typeOf(name: string | undefined, payload: unknown): SentDmInboundEvent['type'] {
  if (name === undefined) return 'unknown';
  if (MESSAGE_STATUS_EVENTS.has(name) || name === 'messages') {
    return hasString(payload, 'message_id') ? (name as SentDmMessageStatusType | 'messages') : 'unknown';
  }
  if (name === 'message.received') return hasString(payload, 'from', 'to') ? name : 'unknown';
  if (name === 'templates') return hasString(payload, 'template_id') ? name : 'unknown';
  return 'unknown';
}

/**
 * Normalizes a verified sent.dm body `{ field, sub_type?, timestamp, payload }` into its typed
 * event (without `dedupeKey`, which the template adds): `type` is `sub_type` when present, else
 * `field` (`templates`, the older `messages`), provided the payload has what that type
 * guarantees (`message_id`; `from` and `to` for `message.received`; `template_id`); anything else
 * is `'unknown'` (never an error: the delivery is authentic). `occurredAt` is `timestamp`;
 * `data` is `payload` (the whole body when there is none).
 *
 * @example
 * toSentDmInboundEvent({ field: 'message', sub_type: 'message.delivered', timestamp: '2025-10-31T10:10:42Z', payload: { message_id: 'm1' } })
 * // { provider: 'sentdm', type: 'message.delivered', occurredAt: Date(2025-10-31T10:10:42Z), data: { message_id: 'm1' }, raw: {...} }
 */
export function toSentDmInboundEvent(body: Record<string, unknown>): Fields {
  const name = sentDmEventName(body);
  const type = typeOf(name, body.payload);
  const event: Fields = inboundEventFromBody('sentdm', type, body) as Fields;
  if (type === 'unknown' && name !== undefined) (event as { name?: string }).name = name;
  return event;
}
