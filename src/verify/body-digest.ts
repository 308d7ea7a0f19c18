import { cryptoEngine } from './crypto-engine';

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

/** Lower-case hex SHA-256 of `value`'s canonical JSON: the default dedupe key's body part (a promise on Web Crypto). */
export function bodyDigest(value: unknown): string | Promise<string> {
  return cryptoEngine().sha256Hex(canonicalJson(value));
}
