import { WebhookError } from '../errors';

const KEYED_METHODS = new Set(['POST', 'PUT', 'PATCH']);

/** Whether a request carries an idempotency key: the provider names a header for it, and the method changes state. */
export function carriesIdempotencyKey(header: string | undefined, method: string): header is string {
  return header !== undefined && KEYED_METHODS.has(method);
}

/**
 * The caller's own idempotency key for a call: the `idempotencyKey` option, else the value of a
 * `header` in `headers`, in any case (the last such one, as headers merge). Undefined when the
 * caller gave none, and the transport generates one. The one place this precedence is decided:
 * the transport sends what it returns, and adapters derive keys for later steps from it.
 *
 * @example
 * callerIdempotencyKey({ headers: { 'idempotency-key': 'order-42' } }, 'Idempotency-Key') // 'order-42'
 */
export function callerIdempotencyKey(
  call: { idempotencyKey?: string | undefined; headers?: Record<string, string> | undefined } | undefined,
  header: string,
): string | undefined {
  if (call?.idempotencyKey !== undefined) return call.idempotencyKey;
  const wanted = header.toLowerCase();
  let found: string | undefined;
  for (const [name, value] of Object.entries(call?.headers ?? {})) if (name.toLowerCase() === wanted) found = value;
  return found;
}

/**
 * Puts the idempotency key a call went out with on its error, so the caller can replay the call
 * with it (the provider then answers with the first outcome instead of acting twice). Returns
 * the error; anything but a `WebhookError` is returned as it is.
 */
export function withIdempotencyKey<E>(error: E, key: string): E {
  if (WebhookError.isInstance(error)) Object.assign(error, { idempotencyKey: key });
  return error;
}
