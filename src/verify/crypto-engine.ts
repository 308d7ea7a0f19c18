import { nodeCryptoEngine, type NodeCrypto } from './node-crypto-engine';
import { webCryptoEngine } from './web-crypto-engine';

/** Length in bytes of an HMAC-SHA256; a decoded signature of any other length is malformed. */
export const HMAC_SHA256_LENGTH = 32;

/** A message as signed: its parts one after the other, strings as UTF-8. */
export type MessageParts = readonly (string | Uint8Array)[];

/**
 * HMAC-SHA256 and SHA-256, as one runtime does them. Results are synchronous where the runtime
 * allows (node:crypto), promises where it does not (Web Crypto): callers await only a promise.
 */
export interface CryptoEngine<K = unknown> {
  /** A reusable HMAC-SHA256 key for `raw` (prepared once per secret: see `keyCache`). */
  hmacKey(raw: Uint8Array<ArrayBuffer>): K;
  /**
   * The HMAC-SHA256 of `message` under each of `keys`, in order. The message is read before this
   * returns, so the caller may reuse its buffer while a promise is pending.
   */
  hmacs(keys: readonly K[], message: MessageParts): Uint8Array[] | Promise<Uint8Array[]>;
  /** Whether two digests are the same bytes, in time that does not depend on where they differ. */
  equal(a: Uint8Array, b: Uint8Array): boolean;
  /** Lower-case hex SHA-256 of `text` as UTF-8. */
  sha256Hex(text: string): string | Promise<string>;
}

/**
 * node:crypto from the runtime, when it has one. `process.getBuiltinModule` (Node >= 22.3; Bun,
 * Deno and Workers' Node compatibility too) loads it synchronously and without an import a
 * bundler could see, so edge bundles stay free of `node:` and run on Web Crypto.
 */
function builtinCrypto(): Partial<NodeCrypto> | undefined {
  try {
    return (globalThis as { process?: { getBuiltinModule?(id: string): Partial<NodeCrypto> | undefined } }).process?.getBuiltinModule?.('crypto');
  } catch {
    return undefined; // a runtime that refuses: Web Crypto it is
  }
}

let chosen: CryptoEngine | undefined;

/**
 * The engine verification and signing use, chosen on first use and kept: node:crypto where the
 * runtime has it (synchronous, no thread-pool hop: several times faster on small bodies), else
 * Web Crypto. Not at import: loading node:crypto costs a program that never verifies 6-8 ms.
 */
export function cryptoEngine(): CryptoEngine {
  if (chosen) return chosen;
  const node = builtinCrypto();
  chosen = node?.createSecretKey ? nodeCryptoEngine(node as NodeCrypto) : webCryptoEngine;
  return chosen;
}
