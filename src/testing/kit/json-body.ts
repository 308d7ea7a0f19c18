/**
 * Reading a simulated request's body as JSON, the way both providers' frameworks do before any
 * handler runs. What a broken body gets back is the provider's own error, so the provider supplies it.
 * @module
 */
import type { SimResponse } from './sim-response';

/** The parsed body, or the response to answer a broken one with. */
export type ParsedBody = { ok: true; value: unknown } | { ok: false; response: SimResponse };

/**
 * Parses `text` as JSON. An empty (or blank) body reads as `{}`, since both providers accept a
 * bodiless request where no field is required. Anything else that is not JSON is answered with
 * `badJson(error)`, the provider's 400 for it. The value is not checked to be an object: what a
 * provider says about `[]` or `"text"` is its own rule.
 */
export function parseJsonBody(text: string, badJson: (error: SyntaxError) => SimResponse): ParsedBody {
  if (text.trim() === '') return { ok: true, value: {} };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    return { ok: false, response: badJson(error as SyntaxError) };
  }
}
