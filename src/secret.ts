import { bytesToBase64 } from './verify/encoding';

/**
 * A new signing secret: `whsec_` + 32 random bytes in base64, from Web Crypto. Used where a
 * provider lets the caller choose the secret (DialNexa) and none was given.
 */
export function generateSecret(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  return `whsec_${bytesToBase64(bytes)}`;
}
