import { WebhookError } from './errors';

const MASK = '[REDACTED]';

/** Replaces every occurrence of each secret in `text` (secrets shorter than 4 chars are ignored). */
export function redactText(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) if (secret.length >= 4) out = out.split(secret).join(MASK);
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
