import { timingSafeEqual } from './constant-time';
import type { CryptoEngine } from './crypto-engine';
import { bytesToHex, concatBytes, utf8Bytes } from './encoding';

/**
 * The engine on Web Crypto (`globalThis.crypto.subtle`), which Node, Bun, Deno, Workers and edge
 * runtimes all have: every result a promise, keys as non-extractable `CryptoKey`s.
 */
export const webCryptoEngine: CryptoEngine<Promise<CryptoKey>> = {
  hmacKey: (raw) => crypto.subtle.importKey('raw', raw, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']),
  hmacs(keys, message) {
    // One new array, built before anything is awaited: the caller's buffer may change after.
    const bytes = concatBytes(message.map((part) => (typeof part === 'string' ? utf8Bytes(part) : part)));
    return Promise.all(keys.map(async (key) => new Uint8Array(await crypto.subtle.sign('HMAC', await key, bytes))));
  },
  equal: timingSafeEqual,
  sha256Hex: async (text) => bytesToHex(new Uint8Array(await crypto.subtle.digest('SHA-256', utf8Bytes(text)))),
};
