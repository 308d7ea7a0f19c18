/**
 * A body field as text: the value when it is a non-empty string, else `undefined`. Verified
 * bodies are still untrusted shapes, and an empty name or id names nothing.
 *
 * @example
 * textField(body.event_type) ?? textField(body.event) // the first name the body gives
 */
export function textField(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}
