import type { SigningScheme } from '../../src/verify/scheme';
import { ConfigurationError, ValidationError } from '../../src/errors';
import type { InboundEvent } from '../../src/model';
import { base64ToBytes, bytesToBase64, concatBytes, utf8Bytes } from '../../src/verify/encoding';
import { signatureFailure } from '../../src/verify/failure';
import { firstHeader, headerValues } from '../../src/verify/headers';
import { anySignatureMatches, HMAC_SHA256_LENGTH, hmacSha256 } from '../../src/verify/hmac';
import { readVerifiedJson } from '../../src/verify/json-body';
import type { SignDeliveryOptions, VerifyDeliveryOptions } from '../../src/verify/options';
import { requireRawBody, signableBody } from '../../src/verify/raw-body';
import { signingSecret, signingSecrets } from '../../src/verify/secrets';
import { checkTimestamp, parseUnixSeconds } from '../../src/verify/timestamp';
import { toSentDmInboundEvent } from './inbound-event';

const ID_HEADER = 'x-webhook-id';
const TIMESTAMP_HEADER = 'x-webhook-timestamp';
const SIGNATURE_HEADER = 'x-webhook-signature';
/** sent.dm's replay window, in seconds, both directions. */
export const SENTDM_DEFAULT_TOLERANCE = 300;
const SECRET_PREFIX = 'whsec_';

/** The HMAC key of a sent.dm secret: base64 after `whsec_`, as Svix; the prefix may be left off. */
function keyOf(secret: string): Uint8Array<ArrayBuffer> {
  const encoded = secret.trim();
  const key = base64ToBytes(encoded.startsWith(SECRET_PREFIX) ? encoded.slice(SECRET_PREFIX.length) : encoded);
  if (key && key.length > 0) return key;
  throw new ConfigurationError(
    'A sent.dm signing secret is not "whsec_" followed by base64. Use the signing_secret exactly as sent.dm returned it from create or rotate-secret.',
    { provider: 'sentdm' },
  );
}

/** What sent.dm signs: `{id}.{timestamp}.{raw body}`, kept as bytes so the body is never re-encoded. */
function signedContent(id: string, timestamp: string, body: Uint8Array): Uint8Array<ArrayBuffer> {
  return concatBytes([utf8Bytes(`${id}.${timestamp}.`), body]);
}

/**
 * The well-formed `v1` signatures in the header values. Svix convention: space-separated
 * `version,base64` pairs; other versions are skipped (they belong to another scheme). A Fetch
 * `Headers` joins a repeated header with ", ": the comma left after a pair is cut off by the
 * two-piece split.
 */
function v1Signatures(values: readonly string[]): Uint8Array<ArrayBuffer>[] {
  const out: Uint8Array<ArrayBuffer>[] = [];
  for (const pair of values.join(' ').split(/\s+/)) {
    const [version, signature] = pair.split(',', 2);
    if (version !== 'v1' || signature === undefined) continue;
    const bytes = base64ToBytes(signature);
    if (bytes?.length === HMAC_SHA256_LENGTH) out.push(bytes);
  }
  return out;
}

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
 */
export async function verifySentDmWebhook(options: VerifyDeliveryOptions): Promise<InboundEvent> {
  const keys = signingSecrets(options.secret, 'sentdm').map(keyOf);
  const body = requireRawBody(options.body, 'sentdm');
  const id = firstHeader(options.headers, ID_HEADER);
  const timestamp = firstHeader(options.headers, TIMESTAMP_HEADER);
  const signatures = headerValues(options.headers, SIGNATURE_HEADER).filter((value) => value.trim() !== '');
  if (!id || !timestamp || signatures.length === 0) {
    const missing = [!id && ID_HEADER, !timestamp && TIMESTAMP_HEADER, signatures.length === 0 && SIGNATURE_HEADER].filter(Boolean);
    throw signatureFailure('sentdm', 'missing_header', `The sent.dm delivery lacks ${missing.join(', ')}.`);
  }
  const seconds = parseUnixSeconds(timestamp);
  if (seconds === undefined) throw signatureFailure('sentdm', 'malformed_header', 'x-webhook-timestamp is not unix seconds.');
  const candidates = v1Signatures(signatures);
  if (candidates.length === 0) {
    throw signatureFailure('sentdm', 'malformed_header', 'x-webhook-signature holds no well-formed "v1,<base64 of 32 bytes>" signature.');
  }
  if (!(await anySignatureMatches(keys, signedContent(id, timestamp, body), candidates))) {
    throw signatureFailure('sentdm', 'mismatch',
      `No sent.dm signature matches under any of the ${keys.length} secret(s) given: a wrong secret, ` +
        'or the body was changed (parsed and re-serialized?) before verification.');
  }
  checkTimestamp(seconds, options, SENTDM_DEFAULT_TOLERANCE, 'sentdm');
  return toSentDmInboundEvent(readVerifiedJson(body, 'sentdm'));
}

/**
 * The headers sent.dm would send with `body`: `x-webhook-id`, `x-webhook-timestamp` and
 * `x-webhook-signature: v1,<base64>`. `timestamp` is unix seconds (default now); `webhookId` is
 * the endpoint id sent.dm puts on every delivery (default a random UUID). For tests and simulators.
 *
 * @example
 * const headers = await signSentDmWebhook({ body, secret: 'whsec_...', webhookId: webhook.id });
 */
export async function signSentDmWebhook(options: SignDeliveryOptions): Promise<Record<string, string>> {
  const body = signableBody(options.body, 'sentdm');
  const key = keyOf(signingSecret(options.secret, 'sentdm'));
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  if (!Number.isSafeInteger(timestamp) || timestamp < 0) {
    throw new ValidationError('signWebhook(sentdm): timestamp must be whole unix seconds (Math.floor(Date.now() / 1000)).', { provider: 'sentdm', operation: 'signWebhook' });
  }
  const id = options.webhookId ?? crypto.randomUUID();
  const digest = await hmacSha256(key, signedContent(id, String(timestamp), body));
  return { [ID_HEADER]: id, [TIMESTAMP_HEADER]: String(timestamp), [SIGNATURE_HEADER]: `v1,${bytesToBase64(digest)}` };
}

/** sent.dm's signing scheme, for the catalogue. */
export const sentdmSigning: SigningScheme = { verify: verifySentDmWebhook, sign: signSentDmWebhook };
