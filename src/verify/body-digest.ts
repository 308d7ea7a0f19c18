import { bytesToHex, utf8Bytes } from './encoding';

/**
 * JSON with every object's keys in sorted order, so two serializations of the same value (a
 * provider that re-encodes a retried body with its keys in another order or other whitespace)
 * give the same text.
 */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.keys(value).sort().map((key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`);
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** Lower-case hex SHA-256 of `value`'s canonical JSON (Web Crypto): the default dedupe key's body part. */
export async function bodyDigest(value: unknown): Promise<string> {
  return bytesToHex(new Uint8Array(await crypto.subtle.digest('SHA-256', utf8Bytes(canonicalJson(value)))));
}
