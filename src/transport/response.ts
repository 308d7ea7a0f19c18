import { parseJsonSafely } from '../untrusted-json';
import { redactText } from './redaction';
import { secretsInBody } from './secrets-in-body';

/** A response as the adapters see it: the text is always there, JSON only when it parsed. */
export interface HttpResponse {
  status: number;
  headers: Headers;
  /** The body as text, with the API key and the call's secrets removed (on first read): it is only ever shown in errors. */
  text: string;
  /** The parsed body; `undefined` when empty or not JSON (HTML, truncated, ...). */
  json: unknown;
}

/**
 * Reads a 2xx response into the call's result (the AI SDK's `successfulResponseHandler`).
 * Throwing a `WebhookError` here fails the attempt under the same retry rules as an HTTP error.
 */
export type SuccessReader<T> = (response: HttpResponse) => T;

/** Values in a response body to keep out of errors: a secret the provider made, unknown before it answered. */
export type ResponseSecrets = (json: unknown) => readonly string[];

/**
 * The response as adapters read it. The text is redacted before anything else sees it (and
 * before any clipping: a key cut in half by the 2 KB clip would slip past redaction); the JSON is
 * parsed from the original, so a secret the call returns stays readable in the result.
 *
 * Only an error, a reader or a hook ever looks at the text and the secrets, and most responses
 * succeed without one doing so: both are worked out on first read, once, so a 2xx nobody reads
 * the text of costs no redaction.
 */
export function readHttpResponse(
  response: { status: number; headers: Headers },
  text: string,
  secrets: readonly string[],
  secretsInResponse?: ResponseSecrets,
): { response: HttpResponse; readonly secrets: readonly string[] } {
  const json = parseJsonSafely(text);
  let all: readonly string[] | undefined;
  let redacted: string | undefined;
  // The provider's documented places first, then anything else in the body that looks like a
  // secret: a response of a drifted shape must not carry one into an error.
  const found = () => (all ??= [...new Set([...secrets, ...(secretsInResponse?.(json) ?? []), ...secretsInBody(json, text)])]);
  return {
    response: {
      status: response.status,
      headers: response.headers,
      get text() { return (redacted ??= redactText(text, found())); },
      json,
    },
    get secrets() { return found(); },
  };
}

/** Shortens a body for attaching to an error. */
export function clip(text: string, max = 2048): string {
  return text.length <= max ? text : `${text.slice(0, max)}… (${text.length - max} more chars)`;
}
