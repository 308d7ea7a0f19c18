import type { KeyObject } from 'node:crypto';
import type { CryptoEngine } from './crypto-engine';

/** What the engine uses of node:crypto (types only: the module is handed in, never imported). */
export type NodeCrypto = Pick<typeof import('node:crypto'), 'createHash' | 'createHmac' | 'createSecretKey' | 'timingSafeEqual'>;

/** The engine on node:crypto: everything synchronous, keys as `KeyObject`s. */
export function nodeCryptoEngine(node: NodeCrypto): CryptoEngine<KeyObject> {
  return {
    hmacKey: (raw) => node.createSecretKey(raw),
    hmacs: (keys, message) => keys.map((key) => {
      const mac = node.createHmac('sha256', key);
      for (const part of message) mac.update(part);
      return mac.digest();
    }),
    // node's timingSafeEqual takes equal lengths only; a length is no secret.
    equal: (a, b) => a.length === b.length && node.timingSafeEqual(a, b),
    sha256Hex: (text) => node.createHash('sha256').update(text).digest('hex'),
  };
}
