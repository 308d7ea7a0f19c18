/**
 * Compares two byte arrays in time that depends only on their length, never on where they first
 * differ: an attacker timing our answers must not learn a signature byte by byte. Lengths are
 * not secret (an HMAC-SHA256 is always 32 bytes), so unequal lengths return at once.
 */
export function timingSafeEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  // XOR-accumulate every byte; no early exit.
  for (let i = 0; i < a.length; i++) diff |= (a[i] ?? 0) ^ (b[i] ?? 0);
  return diff === 0;
}
