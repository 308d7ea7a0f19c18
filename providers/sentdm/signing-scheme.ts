import { ConfigurationError } from '../../src/errors';
import { base64ToBytes } from '../../src/verify/encoding';
import type { SignDeliveryOptions, VerifyDeliveryOptions } from '../../src/verify/options';
import type { SigningScheme } from '../../src/verify/scheme';
import type { SchemeFacts, SignedParts } from '../../src/verify/scheme-facts';
import { signerOf } from '../../src/verify/sign-delivery';
import { versionedBase64Signature } from '../../src/verify/signature-encodings';
import type { EventFieldsOf } from '../../src/verify/verified-event';
import { verifierOf } from '../../src/verify/verify-delivery';
import { sentDmDedupeKey } from './dedupe-key';
import type { SentDmInboundEvent } from './event-types';
import { toSentDmInboundEvent } from './inbound-event';

/** sent.dm's replay window, in seconds, both directions. */
export const SENTDM_DEFAULT_TOLERANCE = 300;
const SECRET_PREFIX = 'whsec_';

/** The HMAC key of a sent.dm secret: the base64 after `whsec_`, as in Svix; the prefix may be left off. */
function keyOf(secret: string): Uint8Array<ArrayBuffer> {
  const encoded = secret.trim();
  const key = base64ToBytes(encoded.startsWith(SECRET_PREFIX) ? encoded.slice(SECRET_PREFIX.length) : encoded);
  if (key && key.length > 0) return key;
  throw new ConfigurationError(
    'A sent.dm signing secret is not "whsec_" followed by base64. Use the signing_secret exactly as sent.dm returned it from create or rotate-secret.',
    { provider: 'sentdm' },
  );
}

/** What sent.dm signs before the raw body: `{id}.{timestamp}.` (the body follows as received). */
function signedPrefix({ id, timestamp }: SignedParts): string {
  return `${id}.${timestamp}.`;
}

// sent.dm's signing facts, the Svix scheme: `x-webhook-signature: v1,<base64 HMAC-SHA256>` over
// `{x-webhook-id}.{x-webhook-timestamp}.{raw body}`, the timestamp checked against a replay window.
const facts: SchemeFacts<EventFieldsOf<SentDmInboundEvent>> = {
  provider: 'sentdm',
  label: 'sent.dm',
  idHeader: 'x-webhook-id',
  timestamp: { header: 'x-webhook-timestamp', tolerance: SENTDM_DEFAULT_TOLERANCE },
  signature: { headers: ['x-webhook-signature'], encoding: versionedBase64Signature('v1') },
  key: keyOf,
  signedPrefix,
  toEvent: toSentDmInboundEvent,
  dedupeKey: sentDmDedupeKey,
};

/**
 * Verifies a sent.dm delivery (Svix style): `x-webhook-signature: v1,<base64 HMAC-SHA256>` over
 * `{x-webhook-id}.{x-webhook-timestamp}.{raw body}`, keyed by the base64 after `whsec_`. The
 * signature is checked first, then the timestamp against `tolerance` (seconds, default 300, both
 * directions), so `timestamp_too_old` means "authentic but stale".
 *
 * @throws SignatureVerificationError with `reason` `no_secret`, `body_not_raw`, `missing_header`,
 *   `malformed_header` (also: no well-formed v1 signature), `mismatch`, `timestamp_too_old` or `timestamp_too_new`.
 * @throws ValidationError when the signature matched but the body is not a JSON object.
 * @throws ConfigurationError when a secret is not `whsec_` + base64.
 * @example
 * const event = await verifySentDmWebhook({ body: await request.text(), headers: request.headers, secret });
 * if (event.type === 'message.delivered') console.log(event.data.message_id, event.dedupeKey);
 */
export const verifySentDmWebhook: (options: VerifyDeliveryOptions) => Promise<SentDmInboundEvent> = /* @__PURE__ */ verifierOf(facts);

/**
 * The headers sent.dm would send with `body`: `x-webhook-id`, `x-webhook-timestamp` and
 * `x-webhook-signature: v1,<base64>`. `timestamp` is unix seconds (default now); `webhookId` is
 * the endpoint id sent.dm puts on every delivery (default a random UUID). For tests and simulators.
 *
 * @example
 * const headers = await signSentDmWebhook({ body, secret: 'whsec_...', webhookId: webhook.id });
 */
export const signSentDmWebhook: (options: SignDeliveryOptions) => Promise<Record<string, string>> = /* @__PURE__ */ signerOf(facts);

/**
 * sent.dm's signing scheme, the Svix one: `x-webhook-signature: v1,<base64 HMAC-SHA256>` over
 * `{x-webhook-id}.{x-webhook-timestamp}.{raw body}`, several space-separated signatures accepted,
 * the timestamp checked against a replay window. Its events are `SentDmInboundEvent`. Built of
 * the two functions above, so code that only verifies bundles no signing.
 */
export const sentdmSigning: SigningScheme<SentDmInboundEvent> = { verify: verifySentDmWebhook, sign: signSentDmWebhook };
