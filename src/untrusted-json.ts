/**
 * Reading JSON nobody here wrote (a provider's response, a delivery's body): parsing never
 * throws, and shapes are checked before use.
 * @module
 */

/** Parses JSON without throwing: anything unreadable is `undefined`, the text stays for errors. */
export function parseJsonSafely(text: string): unknown {
  // An empty body (a 204, a DELETE) is common: no exception for it. Whitespace alone is rare and
  // JSON.parse refuses it like any other non-JSON, so the text is not copied to trim it.
  if (text.length === 0) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** A plain object, not an array or null. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
