/**
 * The deliveries DialNexa documents, as TypeScript types: a union on `type`, so narrowing
 * `event.type === 'call_ended'` gives a typed `event.data.call`. Only the fields that decide an
 * event's type are checked at runtime (see inbound-event.ts); the optional ones are as DialNexa
 * documents them. Types only.
 * @module
 */
import type { TypedInboundEvent, UnknownInboundEvent } from '../../src/verify/verified-event';

/** The `event_type`s of DialNexa's `{ event_type, payload: { call } }` deliveries. */
export type DialNexaCallEventType = 'call_initiated' | 'call_ended' | 'transfer_completed';

/** The names of the flat bodies an older DialNexa doc set describes (`{ event, session_id, ... }`). */
export type DialNexaLegacyEventType =
  | 'call.started' | 'call.ended' | 'call.transcript_ready' | 'call.analysis_ready' | 'call.function_error' | 'alert.triggered';

/** Why a call ended, as DialNexa lists them; others may come. */
export type DialNexaHangupReason =
  | 'user_did_not_pick_up' | 'user_busy' | 'invalid_phone_number' | 'voicemail_detected' | 'user_unreachable'
  | 'unallocated_phone_number' | 'network_failure' | 'sip_auth_failed' | 'sip_trunk_unreachable' | 'unknown'
  | (string & {});

/** Where a transferred call went. */
export interface DialNexaCallTransfer {
  destination?: string;
  status?: string;
  destination_id?: string;
}

/** The call a call event is about. Only `id` is guaranteed; a completed call carries the most. */
export interface DialNexaCall {
  /** The call's id, e.g. `call_abc123xyz`. */
  id: string;
  direction?: 'inbound' | 'outbound' | (string & {});
  /** e.g. `phone_call`. */
  type?: string;
  /** e.g. `batch`, with the batch's id in `category_id`. */
  category?: string;
  category_id?: string;
  from_number?: string;
  to_number?: string;
  /** `hangup` or `completed` on `call_ended`. */
  status?: 'hangup' | 'completed' | (string & {});
  agent_id?: string;
  /** ISO 8601. */
  initiated_at?: string;
  hangup_reason?: DialNexaHangupReason;
  /** @deprecated DialNexa's older name of `hangup_reason`. */
  disconnection_reason?: DialNexaHangupReason;
  /** Completed calls: the call's length (DialNexa does not state the unit). */
  duration?: number;
  /** Completed calls; the format is undocumented. */
  transcript?: unknown;
  summary?: string;
  /** A presigned URL, valid for about 7 days. */
  recording_url?: string;
  post_call_analysis?: unknown;
  /** Transferred calls. */
  call_transfer?: DialNexaCallTransfer;
}

/** The `payload` of a call event. */
export interface DialNexaCallPayload {
  call: DialNexaCall;
}

/** The save-time verification ping: a flat body, which is its own `data`. */
export interface DialNexaVerificationPayload {
  message: string;
  timestamp?: string | number;
  event_type?: 'verification';
}

/** A flat body of the older doc set, which is its own `data`. */
export interface DialNexaLegacyPayload {
  event: DialNexaLegacyEventType;
  workspace_id?: string;
  session_id?: string;
  agent_id?: string;
  phone_number?: string;
  timestamp?: string | number;
}

/** A call event: `call_initiated`, `call_ended` or `transfer_completed`. */
export type DialNexaCallEvent<T extends DialNexaCallEventType = DialNexaCallEventType> = TypedInboundEvent<'dialnexa', T, DialNexaCallPayload>;

/** The ping DialNexa sends when a webhook is saved; answer it 2xx or the webhook is not saved. */
export type DialNexaVerificationEvent = TypedInboundEvent<'dialnexa', 'verification', DialNexaVerificationPayload>;

/** A flat body of the older doc set. */
export type DialNexaLegacyEvent = TypedInboundEvent<'dialnexa', DialNexaLegacyEventType, DialNexaLegacyPayload>;

/**
 * Any other authentic delivery: a name hookbridge has no type for, or a known name whose body
 * lacks what that type guarantees (a call event without `payload.call.id`). The name DialNexa
 * delivered (`raw.event_type` or `raw.event`) is `name`.
 */
export type DialNexaUnknownEvent = UnknownInboundEvent<'dialnexa'>;

/** Every DialNexa delivery, typed: narrow on `type`. */
export type DialNexaInboundEvent =
  | DialNexaCallEvent<'call_initiated'>
  | DialNexaCallEvent<'call_ended'>
  | DialNexaCallEvent<'transfer_completed'>
  | DialNexaVerificationEvent
  | DialNexaLegacyEvent
  | DialNexaUnknownEvent;

/** Every `type` a DialNexa event can have. */
export type DialNexaInboundEventType = DialNexaInboundEvent['type'];
