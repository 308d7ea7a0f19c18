import { signatureFailure } from './failure';
import { firstHeader, headerValues, type HeaderSource } from './headers';
import { HMAC_SHA256_LENGTH } from './hmac';
import type { SchemeFacts, SignedParts } from './scheme-facts';
import { parseUnixSeconds } from './timestamp';

/** What a delivery's headers say, once every header the scheme needs is present and well formed. */
export interface SignedHeaders {
  /** The id and timestamp as sent, for the signed content and the event. */
  parts: SignedParts;
  /** The candidate digests, each of HMAC-SHA256 length. */
  signatures: Uint8Array[];
  /** The signed timestamp as a number, when the scheme signs one. */
  seconds?: number;
}

/** Every signature in the scheme's headers, trimmed, blanks dropped. */
function signatureTokens(facts: SchemeFacts, headers: HeaderSource): string[] {
  const { headers: names, encoding } = facts.signature;
  return names
    .flatMap((name) => headerValues(headers, name))
    .flatMap((value) => value.split(encoding.separator))
    .map((token) => token.trim())
    .filter((token) => token !== '');
}

/**
 * Reads the signature, id and timestamp headers of `facts` from `headers`. Fails with
 * `missing_header` naming every absent header at once, then `malformed_header` for a timestamp
 * that is not unix seconds or when no signature is well formed (others may be junk, or of
 * another scheme version: one good one is enough to go on).
 */
export function readSignedHeaders(facts: SchemeFacts, headers: HeaderSource): SignedHeaders {
  const { provider, idHeader, timestamp: clock, signature } = facts;
  const id = idHeader && firstHeader(headers, idHeader);
  const timestamp = clock && firstHeader(headers, clock.header);
  const tokens = signatureTokens(facts, headers);
  const missing = [idHeader && !id && idHeader, clock && !timestamp && clock.header, tokens.length === 0 && signature.headers.join(' or ')]
    .filter(Boolean);
  if (missing.length > 0) throw signatureFailure(provider, 'missing_header', `The ${facts.label} delivery lacks ${missing.join(', ')}.`);
  const seconds = timestamp === undefined ? undefined : parseUnixSeconds(timestamp);
  if (clock && seconds === undefined) throw signatureFailure(provider, 'malformed_header', `${clock.header} is not unix seconds.`);
  const signatures = tokens
    .map((token) => signature.encoding.decode(token))
    .filter((bytes): bytes is Uint8Array => bytes?.length === HMAC_SHA256_LENGTH);
  if (signatures.length === 0) {
    throw signatureFailure(provider, 'malformed_header', `${signature.headers[0]} holds no well-formed ${signature.encoding.example} signature.`);
  }
  return { parts: { id, timestamp }, signatures, seconds };
}
