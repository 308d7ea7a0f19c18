/**
 * Request headers in any of the shapes servers hand out: a Fetch `Headers` (Hono, Next.js, Bun,
 * Deno, Workers), Node's `IncomingHttpHeaders` (values may be arrays), or a plain object whose
 * keys may have any case (Express, Fastify, tests).
 */
export type HeaderSource =
  | { get(name: string): string | null }
  | Readonly<Record<string, string | readonly string[] | undefined>>;

function isFetchHeaders(headers: HeaderSource): headers is { get(name: string): string | null } {
  // Duck-typed, not `instanceof Headers`: a Headers from another realm or polyfill must work too.
  return typeof (headers as { get?: unknown }).get === 'function';
}

/** Appends `value` to `out` when it is a string, or each string in it when it is an array. */
function pushStrings(out: string[], value: unknown): void {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const item of value) if (typeof item === 'string') out.push(item);
}

/**
 * Every value of the header `name` (or of any of several, given in lower case), matched
 * case-insensitively, in arrival order. An array value (Node keeps repeated headers as arrays in
 * some cases, tests build them by hand) contributes each element; several keys differing only in
 * case each contribute theirs. A Fetch `Headers` already joins repeats into one `", "`-separated
 * value, which is returned as one element.
 */
export function headerValues(headers: HeaderSource | null | undefined, name: string | readonly string[]): string[] {
  const out: string[] = [];
  if (!headers || typeof headers !== 'object') return out;
  if (isFetchHeaders(headers)) {
    // Typed as Fetch `Headers`, but any getter is duck-typed in (Express's req.get, a Map), and
    // those answer `undefined` for an absent header: anything but a string is "absent".
    for (const wanted of typeof name === 'string' ? [name] : name) pushStrings(out, headers.get(wanted));
    return out;
  }
  // One pass over the keys, however many names: this runs on every delivery.
  const names = typeof name === 'string' ? [name.toLowerCase()] : name;
  for (const key of Object.keys(headers)) if (names.includes(key.toLowerCase())) pushStrings(out, headers[key]);
  return out;
}

/**
 * The first value of the header `name` (case-insensitive), trimmed; `undefined` when absent or
 * blank. For single-valued headers such as ids and timestamps, where a repeat is noise.
 */
export function firstHeader(headers: HeaderSource | null | undefined, name: string): string | undefined {
  const value = headerValues(headers, name)[0]?.trim();
  return value ? value : undefined;
}
