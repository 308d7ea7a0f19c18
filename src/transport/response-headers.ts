// Headers that carry credentials or sessions in either direction; never handed to a hook.
const CREDENTIAL_HEADERS = ['authorization', 'proxy-authorization', 'cookie', 'set-cookie', 'set-cookie2', 'x-api-key'];

/**
 * A response's headers for `onResponse`: names lower-cased, without any header that carries a
 * credential (by name: the provider's own credential headers and the usual ones; or by value: one
 * holding a key or secret of the call, as a misbehaving proxy might echo back).
 */
export function visibleHeaders(headers: Headers, credentialHeaders: readonly string[], secrets: readonly string[]): Record<string, string> {
  const hidden = new Set([...CREDENTIAL_HEADERS, ...credentialHeaders]);
  const out: Record<string, string> = {};
  headers.forEach((value, name) => {
    if (hidden.has(name)) return;
    if (secrets.some((secret) => secret.length >= 4 && value.includes(secret))) return;
    out[name] = value;
  });
  return out;
}
