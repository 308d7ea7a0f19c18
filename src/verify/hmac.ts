import { timingSafeEqual } from './constant-time';

/** Length in bytes of an HMAC-SHA256; a decoded signature of any other length is malformed. */
export const HMAC_SHA256_LENGTH = 32;

/**
 * HMAC-SHA256 of `message` under `key`, with Web Crypto (`globalThis.crypto.subtle`), which
 * Node >= 20, Bun, Deno, Workers and edge runtimes all have, so no `node:crypto` import.
 */
export async function hmacSha256(key: Uint8Array<ArrayBuffer>, message: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer>> {
  const cryptoKey = await crypto.subtle.importKey('raw', key, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  return new Uint8Array(await crypto.subtle.sign('HMAC', cryptoKey, message));
}

/**
 * Whether any candidate signature equals the HMAC of `message` under any of `keys`. Several keys
 * cover secret rotation windows; several candidates cover providers that send more than one
 * signature. Every comparison is constant-time.
 */
export async function anySignatureMatches(
  keys: readonly Uint8Array<ArrayBuffer>[],
  message: Uint8Array<ArrayBuffer>,
  candidates: readonly Uint8Array[],
): Promise<boolean> {
  for (const key of keys) {
    const expected = await hmacSha256(key, message);
    let matched = false;
    for (const candidate of candidates) matched = timingSafeEqual(expected, candidate) || matched;
    if (matched) return true;
  }
  return false;
}
