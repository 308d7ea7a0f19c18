import { ValidationError } from '../errors';
import type { ProviderId } from '../model';
import { utf8Bytes } from './encoding';
import { signatureFailure } from './failure';

/** What a delivery body may be: the exact bytes received, or their text. */
export type RawBody = string | Uint8Array | ArrayBuffer;

// Works across realms (a Buffer from Node's realm inside a vm context, say), unlike instanceof.
const isArrayBuffer = (body: unknown): body is ArrayBuffer => Object.prototype.toString.call(body) === '[object ArrayBuffer]';

/**
 * A raw body as received: a string as is, any byte view (Uint8Array, Node `Buffer`, DataView)
 * or `ArrayBuffer` viewed as bytes, not copied. `undefined` for anything else, above all a parsed
 * JSON object: re-serializing it would not give back the bytes the provider signed, so callers
 * must refuse it rather than guess.
 */
export function rawBody(body: unknown): string | Uint8Array<ArrayBuffer> | undefined {
  if (typeof body === 'string') return body;
  try {
    if (ArrayBuffer.isView(body)) return new Uint8Array(body.buffer as ArrayBuffer, body.byteOffset, body.byteLength);
    if (isArrayBuffer(body)) return new Uint8Array(body);
  } catch {
    // Viewing a detached buffer (transferred to a worker, consumed by a stream) is a TypeError:
    // its bytes are gone, so it is no body, like a parsed object.
  }
  return undefined;
}

/** The bytes of a raw body (see `rawBody`): a string as UTF-8, bytes copied, so the caller may reuse its buffer. */
export function rawBodyBytes(body: unknown): Uint8Array<ArrayBuffer> | undefined {
  const raw = rawBody(body);
  return typeof raw === 'string' ? utf8Bytes(raw) : raw?.slice();
}

/** How to get the raw body in the common frameworks; appended to every "not raw" message. */
export const RAW_BODY_HINT =
  "Pass the raw body as received (a string or bytes), not a parsed object: express.raw({ type: 'application/json' }) in Express, " +
  'await request.text() with the Fetch API, a content-type parser with parseAs: "buffer" in Fastify.';

/** What a body `rawBody` refused is, for messages. */
function describe(body: unknown): string {
  if (body === undefined || body === null) return `${body}`;
  // Bytes that `rawBody` could not view: their buffer is detached.
  if (ArrayBuffer.isView(body) || isArrayBuffer(body)) return 'a detached ArrayBuffer (transferred or consumed already)';
  return Array.isArray(body) ? 'a parsed array' : `a parsed ${typeof body}`;
}

/** The raw body for verification (see `rawBody`); anything else fails with `body_not_raw` and the how-to. */
export function requireRawBody(body: unknown, provider: ProviderId): string | Uint8Array<ArrayBuffer> {
  const raw = rawBody(body);
  if (raw !== undefined) return raw;
  throw signatureFailure(provider, 'body_not_raw',
    `The ${provider} delivery's body is ${describe(body)}: the signed bytes are lost. ${RAW_BODY_HINT}`);
}

/** The body's bytes for signing; a parsed object is a `ValidationError` (sign what you send). */
export function signableBody(body: unknown, provider: ProviderId): Uint8Array<ArrayBuffer> {
  const bytes = rawBodyBytes(body);
  if (bytes) return bytes;
  throw new ValidationError(
    `signWebhook(${provider}) needs the exact body that will be sent (a string or bytes), not ${describe(body)}: JSON.stringify it first and send that string.`,
    { provider, operation: 'signWebhook' },
  );
}
