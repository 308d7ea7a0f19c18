import { bytesToHex, utf8Bytes } from '../../src/verify/encoding';

const MAX_KEY_LENGTH = 255;

/**
 * The idempotency key for a later request of one logical call (the toggle after an update's PUT,
 * or after a create). sent.dm caches a response per key and customer: reusing the caller's key
 * would replay the first request's response instead of making the second request. Derived, not
 * random, so the caller repeating the whole call with the same key is still deduplicated.
 * Without a caller key, undefined: the transport generates a fresh key for that request.
 */
export async function stepKey(callerKey: string | undefined, step: string): Promise<string | undefined> {
  if (callerKey === undefined) return undefined;
  const suffixed = `${callerKey}-${step}`;
  if (suffixed.length <= MAX_KEY_LENGTH) return suffixed;
  // Too long to suffix: a digest of the suffixed key stays unique and within sent.dm's limit.
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', utf8Bytes(suffixed)));
  return `${bytesToHex(digest)}-${step}`;
}
