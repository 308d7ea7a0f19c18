/** A response as the adapters see it: the text is always there, JSON only when it parsed. */
export interface HttpResponse {
  status: number;
  headers: Headers;
  /** The body as text, with the API key and the call's secrets removed: it is only ever shown in errors. */
  text: string;
  /** The parsed body; `undefined` when empty or not JSON (HTML, truncated, ...). */
  json: unknown;
}

/** Parses JSON without throwing: anything unreadable is `undefined`, the text stays for errors. */
export function parseJsonSafely(text: string): unknown {
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** Shortens a body for attaching to an error. */
export function clip(text: string, max = 2048): string {
  return text.length <= max ? text : `${text.slice(0, max)}… (${text.length - max} more chars)`;
}

/** A plain object, not an array or null. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
