import { base64ToBytes, bytesToBase64, bytesToHex, hexToBytes } from './encoding';

/**
 * How a scheme writes one HMAC-SHA256 digest into a header (`prefix` and the digest in hex or
 * base64: data, so that verifying bundles no writer), and reads it back.
 */
export interface SignatureEncoding {
  /** What separates several signatures inside one header value. */
  separator: string | RegExp;
  /** The digest one signature spells, or `undefined` when it is not written this way. */
  decode(signature: string): Uint8Array | undefined;
  /** What is written before the digest. */
  prefix: string;
  /** How the digest is written. */
  digest: 'hex' | 'base64';
  /** A well-formed signature as the `malformed_header` message shows it. */
  example: string;
}

/** The header value for `digest` in `encoding`. */
export function encodeSignature(encoding: SignatureEncoding, digest: Uint8Array): string {
  return encoding.prefix + (encoding.digest === 'hex' ? bytesToHex(digest) : bytesToBase64(digest));
}

/**
 * `<prefix><hex digest>`, several separated by commas (a hex digest has none, so a repeated
 * header that a Fetch `Headers` joined with ", " splits back apart). `prefix` is given in lower
 * case and matched in any case; with `prefixOptional` a bare digest is read too.
 *
 * @example
 * hexSignature('sha256=') // reads and writes "sha256=5d41402abc4b2a76b9719d911017c592..."
 */
export function hexSignature(prefix: string, options: { prefixOptional?: boolean } = {}): SignatureEncoding {
  return {
    separator: ',',
    decode(signature) {
      const prefixed = signature.startsWith(prefix) || signature.slice(0, prefix.length).toLowerCase() === prefix;
      const digest = prefixed ? signature.slice(prefix.length)
        : options.prefixOptional ? signature : undefined;
      return digest === undefined ? undefined : hexToBytes(digest);
    },
    prefix,
    digest: 'hex',
    example: `"${prefix}<64 hex characters>"`,
  };
}

/**
 * `<version>,<base64 digest>` pairs separated by spaces, as in the Svix scheme; pairs of another
 * version are skipped (they belong to another scheme). A repeated header that a Fetch `Headers`
 * joined with ", " leaves a comma after a pair, which the two-piece split cuts off.
 *
 * @example
 * versionedBase64Signature('v1') // reads and writes "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE="
 */
export function versionedBase64Signature(version: string): SignatureEncoding {
  return {
    separator: /\s+/,
    decode(signature) {
      const [named, encoded] = signature.split(',', 2);
      return named === version && encoded !== undefined ? base64ToBytes(encoded) : undefined;
    },
    prefix: `${version},`,
    digest: 'base64',
    example: `"${version},<base64 of 32 bytes>"`,
  };
}
