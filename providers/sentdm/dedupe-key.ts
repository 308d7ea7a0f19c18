import { isRecord } from '../../src/untrusted-json';
import { bodyDedupeParts, type DedupeKeyParts } from '../../src/verify/dedupe-key';
import { textField } from '../../src/verify/text-field';
import { sentDmEventName } from './inbound-event';

/**
 * What identifies a sent.dm event across retries. sent.dm sends no per-event id: its
 * `x-webhook-id` names the webhook endpoint (the same on every delivery of every event) and
 * `x-webhook-timestamp` changes with each attempt, so neither is used. From the body:
 * - a message event with a `message_id`: its name and that id
 *   (`message.delivered/<message_id>`): one message has one event per status; the older
 *   `messages` bodies, which have no `sub_type`, add `message_status`.
 * - anything else (`message.received`, template events, unknown bodies): the SHA-256 of the
 *   body without its top-level `timestamp`, which sent.dm may write per attempt (it is not
 *   documented either way), so a retry keeps its key.
 */
export function sentDmDedupeKey(body: Record<string, unknown>): DedupeKeyParts | Promise<DedupeKeyParts> {
  const name = sentDmEventName(body);
  const payload = isRecord(body.payload) ? body.payload : {};
  const messageId = textField(payload.message_id);
  if (name?.startsWith('message') && name !== 'message.received' && messageId) {
    const status = textField(payload.message_status);
    return typeof body.sub_type !== 'string' && status ? [name, messageId, status] : [name, messageId];
  }
  const { timestamp: _perAttempt, ...stable } = body;
  return bodyDedupeParts(stable);
}
