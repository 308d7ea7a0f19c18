import { isRecord } from '../../src/untrusted-json';
import type { DedupeKeyParts } from '../../src/verify/dedupe-key';
import { textField } from '../../src/verify/text-field';
import { dialNexaCallOf, dialNexaEventName } from './inbound-event';

/** The destination of a transfer, which tells two transfers of one call apart. */
function transferOf(body: Record<string, unknown>): string[] {
  const transfer = isRecord(body.payload) && isRecord(body.payload.call) ? body.payload.call.call_transfer : undefined;
  if (!isRecord(transfer)) return [];
  const destination = textField(transfer.destination_id ?? transfer.destination);
  return destination ? [destination] : [];
}

/**
 * What identifies a DialNexa event across retries. DialNexa sends no delivery or event id (no
 * id header; the body has none), so it is derived from the body:
 * - a call event: its name and the call's id (`call_ended/call_abc123`), and for a transfer the
 *   destination, since one call has one `call_initiated` and one `call_ended`. The rest of the
 *   body is left out on purpose: `recording_url` is presigned and may differ between attempts.
 * - an older flat body: its name and `session_id`.
 * - anything else (the save-time ping, which DialNexa never retries, and unknown bodies):
 *   `undefined`, so the template's default applies, the SHA-256 of the whole body; DialNexa signs
 *   no timestamp and puts no attempt time in the body, so a retry's body is the same.
 */
export function dialNexaDedupeKey(body: Record<string, unknown>): DedupeKeyParts | undefined {
  const name = dialNexaEventName(body);
  const call = dialNexaCallOf(body);
  if (name === undefined) return undefined;
  if (call) return [name, call.id, ...transferOf(body)];
  const session = textField(body.session_id);
  return session && [name, session];
}
