/**
 * What `Buffer` would do for signatures, secrets and bodies (hex, base64, UTF-8, concat), with
 * only what every runtime has (TextEncoder, atob, btoa), so verification also runs on Workers,
 * Deno and edge runtimes.
 * Decoders return `undefined` on junk instead of throwing, so a forged header becomes a
 * verification failure with a reason, never an exception of another kind.
 * @module
 */

const encoder = new TextEncoder();
const HEX = /^(?:[0-9a-fA-F]{2})*$/;
// Standard alphabet with optional padding; atob alone would also accept stray whitespace.
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** The UTF-8 bytes of `text`. */
export function utf8Bytes(text: string): Uint8Array<ArrayBuffer> {
  return encoder.encode(text);
}

/** Lower-case hex of `bytes`. */
export function bytesToHex(bytes: Uint8Array): string {
  let out = '';
  for (const byte of bytes) out += byte.toString(16).padStart(2, '0');
  return out;
}

/** The bytes a hex string spells (either case), or `undefined` if it is not hex. */
export function hexToBytes(hex: string): Uint8Array<ArrayBuffer> | undefined {
  if (!HEX.test(hex)) return undefined;
  const out = new Uint8Array(hex.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = Number.parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return out;
}

/** Standard (padded) base64 of `bytes`. */
export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/** The bytes a standard base64 string spells, or `undefined` if it is not base64. */
export function base64ToBytes(text: string): Uint8Array<ArrayBuffer> | undefined {
  if (!BASE64.test(text)) return undefined;
  let binary: string;
  try {
    binary = atob(text);
  } catch {
    return undefined; // bad length or padding
  }
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}

/** The parts one after the other in a new array (`Buffer.concat` without Buffer). */
export function concatBytes(parts: readonly Uint8Array[]): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}
