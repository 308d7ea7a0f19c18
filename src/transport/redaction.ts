import { WebhookError } from '../errors';

const MASK = '[REDACTED]';

// `text` is often a raw JSON body, where an echoed secret may be escaped: a generated `whsec_` +
// base64 secret holds "/" and "+", which PHP and Java write as "\/" and .NET as "\u002B". So each
// character other than a letter or digit also matches its backslash and `\uXXXX` escapes.
function secretPattern(secret: string): RegExp {
  let source = '';
  for (const char of secret) {
    if (/[A-Za-z0-9]/.test(char)) {
      source += char;
      continue;
    }
    const literal = char.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&');
    const code = char.length === 1 ? char.charCodeAt(0).toString(16).padStart(4, '0') : undefined;
    const unicode = code?.replace(/[a-f]/g, (digit) => `[${digit}${digit.toUpperCase()}]`);
    source += `(?:${literal}|\\\\${literal}${unicode ? `|\\\\u${unicode}` : ''})`;
  }
  return new RegExp(source, 'g');
}

/**
 * Replaces every occurrence of each secret in `text`, also as a JSON encoder may have escaped it
 * (secrets shorter than 4 chars are ignored).
 */
export function redactText(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) if (secret.length >= 4) out = out.split(secret).join(MASK).replace(secretPattern(secret), MASK);
  return out;
}

function redactValue(value: unknown, secrets: readonly string[]): unknown {
  if (typeof value === 'string') return redactText(value, secrets);
  if (Array.isArray(value)) return value.map((item) => redactValue(item, secrets));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, redactValue(v, secrets)]));
  }
  return value;
}

/**
 * Scrubs an error in place before it leaves the transport: the one choke point through which
 * every provider error passes, so an echoed key or secret in a provider message never escapes.
 */
export function redactError<E>(error: E, secrets: readonly string[]): E {
  if (!WebhookError.isInstance(error) || secrets.length === 0) return error;
  const target = error as unknown as Record<string, unknown>;
  target.message = redactText(error.message, secrets);
  if (error.stack) target.stack = redactText(error.stack, secrets);
  for (const key of ['details', 'responseBody'] as const) {
    if (error[key] !== undefined) target[key] = redactValue(error[key], secrets);
  }
  if (error.cause instanceof Error) {
    error.cause.message = redactText(error.cause.message, secrets);
    if (error.cause.stack) error.cause.stack = redactText(error.cause.stack, secrets);
  }
  return error;
}
