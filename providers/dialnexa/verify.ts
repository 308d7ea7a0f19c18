import type { SigningScheme } from '../../src/verify/scheme';
import type { InboundEvent } from '../../src/model';
import { bytesToHex, hexToBytes, utf8Bytes } from '../../src/verify/encoding';
import { signatureFailure } from '../../src/verify/failure';
import { headerValues } from '../../src/verify/headers';
import { anySignatureMatches, HMAC_SHA256_LENGTH, hmacSha256 } from '../../src/verify/hmac';
import { readVerifiedJson } from '../../src/verify/json-body';
import type { SignDeliveryOptions, VerifyDeliveryOptions } from '../../src/verify/options';
import { requireRawBody, signableBody } from '../../src/verify/raw-body';
import { signingSecret, signingSecrets } from '../../src/verify/secrets';
import { toDialNexaInboundEvent } from './inbound-event';

/** The header DialNexa's webhook reference documents. */
export const DIALNEXA_SIGNATURE_HEADER = 'x-dialnexa-signature';
// DialNexa's own OpenAPI (create description) and its authentication page example name the header
// `x-nexa-signature`, same format. Until a live delivery settles it, both names are read.
const ALIAS_HEADER = 'x-nexa-signature';
const PREFIX = 'sha256=';

/** The digest in one header value, or `undefined` when it is not a SHA-256 hex digest. */
function parseSignature(value: string): Uint8Array<ArrayBuffer> | undefined {
  const trimmed = value.trim();
  // The reference sends `sha256=<hex>`, but a receiver in the wild reports doc pages showing the
  // bare hex digest; both are accepted.
  const hex = trimmed.toLowerCase().startsWith(PREFIX) ? trimmed.slice(PREFIX.length) : trimmed;
  const bytes = hexToBytes(hex);
  return bytes?.length === HMAC_SHA256_LENGTH ? bytes : undefined;
}

// DialNexa keys the HMAC with the secret string's UTF-8 bytes as given, `whsec_` prefix included
// (its Python sample: `hmac.new(secret.encode(), body, sha256)`), unlike sent.dm.
const keyOf = (secret: string): Uint8Array<ArrayBuffer> => utf8Bytes(secret);

/**
 * Verifies a DialNexa delivery: `X-DialNexa-Signature: sha256=<hex HMAC-SHA256(secret, raw body)>`
 * (alias `x-nexa-signature`; the `sha256=` prefix may be missing). DialNexa signs no timestamp,
 * so there is no replay window and `tolerance`/`now` are ignored.
 *
 * @throws SignatureVerificationError with `reason` `no_secret`, `body_not_raw`, `missing_header`,
 *   `malformed_header` or `mismatch`.
 * @throws ValidationError when the signature matched but the body is not a JSON object.
 * @example
 * const event = await verifyDialNexaWebhook({ body: await request.text(), headers: request.headers, secret });
 * if (event.type === 'call_ended') { ... }
 */
export async function verifyDialNexaWebhook(options: VerifyDeliveryOptions): Promise<InboundEvent> {
  const keys = signingSecrets(options.secret, 'dialnexa').map(keyOf);
  const body = requireRawBody(options.body, 'dialnexa');
  // A repeated header reaches us joined with ", " by a Fetch `Headers`; a hex digest has no comma,
  // so splitting recovers each value.
  const values = [...headerValues(options.headers, DIALNEXA_SIGNATURE_HEADER), ...headerValues(options.headers, ALIAS_HEADER)]
    .flatMap((value) => value.split(','))
    .filter((value) => value.trim() !== '');
  if (values.length === 0) {
    throw signatureFailure('dialnexa', 'missing_header', 'The DialNexa delivery has no X-DialNexa-Signature header (nor its alias x-nexa-signature).');
  }
  const candidates = values.map(parseSignature).filter((bytes) => bytes !== undefined);
  if (candidates.length === 0) {
    throw signatureFailure('dialnexa', 'malformed_header', 'X-DialNexa-Signature is not "sha256=" followed by 64 hex characters.');
  }
  if (!(await anySignatureMatches(keys, body, candidates))) {
    throw signatureFailure('dialnexa', 'mismatch',
      `The DialNexa signature does not match the body under any of the ${keys.length} secret(s) given: ` +
        'a wrong secret, or the body was changed (parsed and re-serialized?) before verification.');
  }
  return toDialNexaInboundEvent(readVerifiedJson(body, 'dialnexa'));
}

/**
 * The headers DialNexa would send with `body`: `{ 'x-dialnexa-signature': 'sha256=<hex>' }`.
 * For tests and simulators; send `body` byte for byte as signed.
 *
 * @example
 * const body = JSON.stringify({ event_type: 'call_ended', payload: { call: { id: 'call_1' } } });
 * await fetch(url, { method: 'POST', body, headers: { 'content-type': 'application/json', ...(await signDialNexaWebhook({ body, secret })) } });
 */
export async function signDialNexaWebhook(options: Pick<SignDeliveryOptions, 'body' | 'secret'>): Promise<Record<string, string>> {
  const body = signableBody(options.body, 'dialnexa');
  const digest = await hmacSha256(keyOf(signingSecret(options.secret, 'dialnexa')), body);
  return { [DIALNEXA_SIGNATURE_HEADER]: `${PREFIX}${bytesToHex(digest)}` };
}

/** DialNexa's signing scheme, for the catalogue. */
export const dialnexaSigning: SigningScheme = { verify: verifyDialNexaWebhook, sign: signDialNexaWebhook };
