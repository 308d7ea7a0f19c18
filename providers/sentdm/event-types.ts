/**
 * The deliveries sent.dm documents, as TypeScript types: a union on `type`, so narrowing
 * `event.type === 'message.delivered'` gives a typed `event.data.message_id`. Only the fields
 * that decide an event's type are checked at runtime (see inbound-event.ts); the optional ones
 * are as sent.dm documents them. Types only.
 * @module
 */
import type { TypedInboundEvent, UnknownInboundEvent } from '../../src/verify/verified-event';

/** The status changes of a message you sent, each its own `sub_type`. */
export type SentDmMessageStatusType =
  | 'message.queued' | 'message.routed' | 'message.sent' | 'message.delivered' | 'message.read' | 'message.failed';

/** `message_status` as sent.dm writes it (upper case); others may come. */
export type SentDmMessageStatus = 'QUEUED' | 'ROUTED' | 'SENT' | 'DELIVERED' | 'READ' | 'FAILED' | (string & {});

/** The channel a message went over. */
export type SentDmChannel = 'sms' | 'whatsapp' | 'rcs' | (string & {});

/**
 * The `payload` of a message status event. Only `message_id` is guaranteed. A failure's reason
 * is not in it: fetch the message (`GET /v3/messages/{id}`).
 */
export interface SentDmMessagePayload {
  message_id: string;
  account_id?: string;
  message_status?: SentDmMessageStatus;
  channel?: SentDmChannel;
  inbound_number?: string;
  outbound_number?: string;
  template_id?: string | null;
  agent_id?: string | null;
}

/** The `payload` of `message.received`: a contact wrote to one of your numbers. */
export interface SentDmReceivedMessagePayload {
  from: string;
  to: string;
  account_id?: string;
  text?: string;
  channel?: SentDmChannel;
  provider?: string;
  /** ISO 8601. */
  received_at?: string;
}

/** The `payload` of a template event (a WhatsApp template's review status changed). */
export interface SentDmTemplatePayload {
  template_id: string;
  account_id?: string;
  template_name?: string;
  whatsapp_template_id?: string | null;
  /** e.g. `APPROVED`, `REJECTED`. */
  status?: string;
  language?: string;
  category?: string;
  channel?: SentDmChannel;
  /** Why, when rejected. */
  reason?: string | null;
}

/** A message status event: `message.queued` ... `message.failed`. */
export type SentDmMessageEvent<T extends SentDmMessageStatusType = SentDmMessageStatusType> =
  TypedInboundEvent<'sentdm', T, SentDmMessagePayload>;

/** `message.received`: an inbound message. */
export type SentDmReceivedMessageEvent = TypedInboundEvent<'sentdm', 'message.received', SentDmReceivedMessagePayload>;

/** A template event: `field: "templates"` and no `sub_type`, so its type is `templates`. */
export type SentDmTemplateEvent = TypedInboundEvent<'sentdm', 'templates', SentDmTemplatePayload>;

/** An older message body (`field: "messages"`, no `sub_type`): the status is only in `message_status`. */
export type SentDmLegacyMessageEvent = TypedInboundEvent<'sentdm', 'messages', SentDmMessagePayload>;

/**
 * Any other authentic delivery: a name hookbridge has no type for, or a known name whose payload
 * lacks what that type guarantees. The name sent.dm delivered (`raw.sub_type ?? raw.field`) is `name`.
 */
export type SentDmUnknownEvent = UnknownInboundEvent<'sentdm'>;

type MessageEvents = { [T in SentDmMessageStatusType]: SentDmMessageEvent<T> }[SentDmMessageStatusType];

/** Every sent.dm delivery, typed: narrow on `type`. */
export type SentDmInboundEvent =
  | MessageEvents
  | SentDmReceivedMessageEvent
  | SentDmTemplateEvent
  | SentDmLegacyMessageEvent
  | SentDmUnknownEvent;

/** Every `type` a sent.dm event can have. */
export type SentDmInboundEventType = SentDmInboundEvent['type'];
