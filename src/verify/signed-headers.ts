import { signatureFailure } from './failure';
import { firstHeader, headerValues, type HeaderSource } from './headers';
import { HMAC_SHA256_LENGTH } from './crypto-engine';
import type { DeliveryContext, SchemeFacts } from './scheme-facts';
import { parseUnixSeconds } from './timestamp';

/** What a delivery's headers say, once every header the scheme needs is present and well formed. */
export interface SignedHeaders {
  /** The id and timestamp as sent and the headers, for the signed content, the event and its key. */
  delivery: DeliveryContext;
  /** The candidate digests, each of HMAC-SHA256 length. */
  signatures: Uint8Array[];
  /** The signed timestamp as a number, when the scheme signs one. */
  seconds?: number;
}

/**
 * Reads the signature, id and timestamp headers of `facts` from `headers`. Fails with
 * `missing_header` naming every absent header at once, then `malformed_header` for a timestamp
 * that is not unix seconds or when no signature is well formed (others may be junk, or of
 * another scheme version: one good one is enough to go on).
 */
export function readSignedHeaders(facts: SchemeFacts, headers: HeaderSource): SignedHeaders {
  const { provider, idHeader, timestamp: clock, signature } = facts;
  const { headers: names, encoding } = signature;
  const { separator } = encoding;
  const id = idHeader && firstHeader(headers, idHeader);
  const timestamp = clock && firstHeader(headers, clock.header);
  // Every signature in the scheme's headers, trimmed, blanks dropped; decoded at once (decoding
  // has no effects, so doing it before the checks below changes no outcome).
  let tokens = 0;
  const signatures: Uint8Array[] = [];
  for (const value of headerValues(headers, names)) {
    // Most headers carry one signature: no split when there is nothing to split at.
    for (const piece of typeof separator === 'string' && !value.includes(separator) ? [value] : value.split(separator)) {
      const token = piece.trim();
      if (token === '') continue;
      tokens++;
      const bytes = encoding.decode(token);
      if (bytes?.length === HMAC_SHA256_LENGTH) signatures.push(bytes);
    }
  }
  const missing = [idHeader && !id && idHeader, clock && !timestamp && clock.header, tokens === 0 && names.join(' or ')].filter(Boolean);
  if (missing.length > 0) throw signatureFailure(provider, 'missing_header', `The ${facts.label} delivery lacks ${missing.join(', ')}.`);
  const seconds = timestamp === undefined ? undefined : parseUnixSeconds(timestamp);
  if (clock && seconds === undefined) throw signatureFailure(provider, 'malformed_header', `${clock.header} is not unix seconds.`);
  if (signatures.length === 0) {
    throw signatureFailure(provider, 'malformed_header', `${names[0]} holds no well-formed ${encoding.example} signature.`);
  }
  return { delivery: { id, timestamp, headers }, signatures, seconds };
}
