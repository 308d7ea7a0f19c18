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

/**
 * Every value of the header `name`, matched case-insensitively, in arrival order. An array value
 * (Node keeps repeated headers as arrays in some cases, tests build them by hand) contributes each
 * element; several keys differing only in case each contribute theirs. A Fetch `Headers` already
 * joins repeats into one `", "`-separated value, which is returned as one element.
 */
export function headerValues(headers: HeaderSource | null | undefined, name: string): string[] {
  if (!headers || typeof headers !== 'object') return [];
  if (isFetchHeaders(headers)) {
    // Typed as Fetch `Headers`, but any getter is duck-typed in (Express's req.get, a Map), and
    // those answer `undefined` for an absent header: anything but a string is "absent".
    const value: unknown = headers.get(name);
    if (typeof value === 'string') return [value];
    return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
  }
  const wanted = name.toLowerCase();
  const out: string[] = [];
  for (const [key, value] of Object.entries(headers)) {
    if (key.toLowerCase() !== wanted) continue;
    if (typeof value === 'string') out.push(value);
    else if (Array.isArray(value)) out.push(...value.filter((item): item is string => typeof item === 'string'));
  }
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
