const ALPHANUMERIC = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

/**
 * A random token of `length` characters drawn from `alphabet` (default: letters and digits), from
 * Web Crypto. Simulators use it for ids shaped like a provider's (`whk_c9v3nz8rq4pm`,
 * `req_7X9zKp2jDw`): tests must not be able to guess or depend on them.
 */
export function randomToken(length: number, alphabet: string = ALPHANUMERIC): string {
  const bytes = crypto.getRandomValues(new Uint8Array(length));
  let out = '';
  // Modulo bias is irrelevant here: these are ids for a test double, not secrets.
  for (const byte of bytes) out += alphabet[byte % alphabet.length];
  return out;
}
