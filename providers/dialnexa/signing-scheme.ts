import { utf8Bytes } from '../../src/verify/encoding';
import type { SignDeliveryOptions, VerifyDeliveryOptions } from '../../src/verify/options';
import type { SigningScheme } from '../../src/verify/scheme';
import type { SchemeFacts } from '../../src/verify/scheme-facts';
import { signerOf } from '../../src/verify/sign-delivery';
import { hexSignature } from '../../src/verify/signature-encodings';
import type { EventFieldsOf } from '../../src/verify/verified-event';
import { verifierOf } from '../../src/verify/verify-delivery';
import { dialNexaDedupeKey } from './dedupe-key';
import type { DialNexaInboundEvent } from './event-types';
import { toDialNexaInboundEvent } from './inbound-event';

/** The header DialNexa signs its deliveries in. */
export const DIALNEXA_SIGNATURE_HEADER = 'x-dialnexa-signature';

// DialNexa's signing facts: `x-dialnexa-signature: sha256=<hex HMAC-SHA256(secret, raw body)>`,
// no timestamp, so no replay window.
const facts: SchemeFacts<EventFieldsOf<DialNexaInboundEvent>> = {
  provider: 'dialnexa',
  label: 'DialNexa',
  // The key is the secret string's UTF-8 bytes as given, `whsec_` included (unlike sent.dm,
  // which decodes the base64 after it).
  key: utf8Bytes,
  signature: {
    // DialNexa names the header `x-nexa-signature` too, in the same format: both are read.
    headers: [DIALNEXA_SIGNATURE_HEADER, 'x-nexa-signature'],
    // Deliveries carry `sha256=<hex>`, but bare hex digests are seen too: both are read.
    encoding: hexSignature('sha256=', { prefixOptional: true }),
  },
  toEvent: toDialNexaInboundEvent,
  dedupeKey: dialNexaDedupeKey,
};

/**
 * Verifies a DialNexa delivery: `X-DialNexa-Signature: sha256=<hex HMAC-SHA256(secret, raw body)>`
 * (alias `x-nexa-signature`; the `sha256=` prefix may be missing). DialNexa signs no timestamp,
 * so `tolerance` and `now` are ignored. Narrow `event.type` for a typed `event.data`.
 *
 * @throws SignatureVerificationError with `reason` `no_secret`, `body_not_raw`, `missing_header`,
 *   `malformed_header` or `mismatch`.
 * @throws ValidationError when the signature matched but the body is not a JSON object.
 * @example
 * const event = await verifyDialNexaWebhook({ body: await request.text(), headers: request.headers, secret });
 * if (event.type === 'call_ended') console.log(event.data.call.id, event.dedupeKey);
 */
export const verifyDialNexaWebhook: (options: VerifyDeliveryOptions) => Promise<DialNexaInboundEvent> = /* @__PURE__ */ verifierOf(facts);

/**
 * The headers DialNexa would send with `body`: `{ 'x-dialnexa-signature': 'sha256=<hex>' }`.
 * For tests and simulators; send `body` byte for byte as signed.
 *
 * @example
 * const body = JSON.stringify({ event_type: 'call_ended', payload: { call: { id: 'call_1' } } });
 * await fetch(url, { method: 'POST', body, headers: { 'content-type': 'application/json', ...(await signDialNexaWebhook({ body, secret })) } });
 */
export const signDialNexaWebhook: (options: Pick<SignDeliveryOptions, 'body' | 'secret'>) => Promise<Record<string, string>> = /* @__PURE__ */ signerOf(facts);

/**
 * DialNexa's signing scheme: `x-dialnexa-signature: sha256=<hex HMAC-SHA256(secret, raw body)>`.
 * DialNexa signs no timestamp, so there is no replay window. Its events are `DialNexaInboundEvent`.
 * Built of the two functions above, so code that only verifies bundles no signing.
 */
export const dialnexaSigning: SigningScheme<DialNexaInboundEvent> = { verify: verifyDialNexaWebhook, sign: signDialNexaWebhook };
