/**
 * Values in a response that look like secrets, wherever the provider put them: a provider's own
 * reader knows where its secret is documented to be (`secretsInResponse`), but a response of a
 * drifted shape puts it elsewhere, and the body text is attached to errors.
 * @module
 */

// Field names whose value is a credential, compared without case, "_" or "-": `signing_secret`,
// `signingSecret`, `client-secret`, `access_token`, `api_key`, `password`... `key` alone is not
// one of them: `idempotency_key` is meant to be shown.
const SECRET_NAME_ENDINGS = ['secret', 'token', 'password', 'passwd', 'apikey', 'privatekey', 'secretkey', 'signingkey', 'credential', 'credentials'];
/** Standard Webhooks secrets start with this, whatever field (or non-JSON text) holds them. */
const SECRET_PREFIX = 'whsec_';
/** Shorter values under such names are flags or placeholders ("none", "***"), not secrets. */
const MIN_VALUE_LENGTH = 8;
/** Bounds on the walk, so a huge or deeply nested body costs bounded work. */
const MAX_NODES = 10_000;
const MAX_DEPTH = 32;
const MAX_VALUES = 64;

function secretName(key: string): boolean {
  const name = key.toLowerCase().replaceAll('_', '').replaceAll('-', '');
  return SECRET_NAME_ENDINGS.some((ending) => name.endsWith(ending));
}

function tokenChar(code: number): boolean {
  // base64 and base64url, and "\" for a "/" a JSON encoder escaped.
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
    || code === 43 || code === 47 || code === 61 || code === 95 || code === 45 || code === 92;
}

// `whsec_...` tokens in the text itself: found even when the body is not JSON (truncated, HTML).
function prefixedTokens(text: string, into: Set<string>): void {
  for (let at = text.indexOf(SECRET_PREFIX); at !== -1 && into.size < MAX_VALUES; at = text.indexOf(SECRET_PREFIX, at + 1)) {
    let end = at + SECRET_PREFIX.length;
    while (end < text.length && tokenChar(text.charCodeAt(end))) end++;
    if (end - at >= MIN_VALUE_LENGTH) into.add(text.slice(at, end));
    at = end - 1;
  }
}

/**
 * The secret-looking values in a response: every string of 8 or more characters under a field
 * named like a credential, at any depth of the JSON, and every `whsec_` token in the text. At most
 * 64 values and 10,000 JSON nodes are looked at. Never throws.
 *
 * @example
 * secretsInBody({ data: { webhook: { signing_secret: 'whsec_abc123def' } } }, text) // ['whsec_abc123def']
 */
export function secretsInBody(json: unknown, text: string): string[] {
  const found = new Set<string>();
  const pending: [value: unknown, depth: number][] = [[json, 0]];
  for (let nodes = 0; pending.length > 0 && nodes < MAX_NODES && found.size < MAX_VALUES; nodes++) {
    const [value, depth] = pending.pop()!;
    if (typeof value === 'string') {
      if (value.startsWith(SECRET_PREFIX) && value.length >= MIN_VALUE_LENGTH) found.add(value);
      continue;
    }
    if (typeof value !== 'object' || value === null || depth >= MAX_DEPTH) continue;
    for (const [key, item] of Object.entries(value)) {
      if (typeof item === 'string' && item.length >= MIN_VALUE_LENGTH && !Array.isArray(value) && secretName(key)) found.add(item);
      else pending.push([item, depth + 1]);
    }
  }
  prefixedTokens(text, found);
  return [...found];
}
