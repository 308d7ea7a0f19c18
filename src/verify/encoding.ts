/**
 * What `Buffer` would do for signatures, secrets and bodies (hex, base64, UTF-8, concat), with
 * only what every runtime has (TextEncoder, atob, btoa), so verification also runs on Workers,
 * Deno and edge runtimes.
 * Decoders return `undefined` on junk instead of throwing, so a forged header becomes a
 * verification failure with a reason, never an exception of another kind.
 * @module
 */

const encoder = new TextEncoder();

/**
 * `text` with each lone surrogate replaced by U+FFFD, as a UTF-8 encoder would write it
 * (`String.prototype.toWellFormed`, ES2024, beyond the ES2023 lib the project is typed against).
 */
export function wellFormed(text: string): string {
  return (text as string & { toWellFormed(): string }).toWellFormed();
}
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

/** The value of one hex digit's char code (either case), or -1. */
function hexDigit(code: number): number {
  if (code >= 48 && code <= 57) return code - 48; // 0-9
  const lower = code | 32; // A-F -> a-f
  return lower >= 97 && lower <= 102 ? lower - 87 : -1;
}

/** The bytes a hex string spells (either case), or `undefined` if it is not hex. */
export function hexToBytes(hex: string): Uint8Array<ArrayBuffer> | undefined {
  if (hex.length % 2 !== 0) return undefined;
  const out = new Uint8Array(hex.length / 2);
  // Char codes, not slices and parseInt: this runs on every delivery's signature.
  for (let i = 0; i < out.length; i++) {
    const high = hexDigit(hex.charCodeAt(2 * i));
    const low = hexDigit(hex.charCodeAt(2 * i + 1));
    if (high < 0 || low < 0) return undefined;
    out[i] = high * 16 + low;
  }
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
