import { ValidationError } from '../errors';
import type { ProviderId } from '../model';
import { utf8Bytes } from './encoding';
import { signatureFailure } from './failure';

/** What a delivery body may be: the exact bytes received, or their text. */
export type RawBody = string | Uint8Array | ArrayBuffer;

/**
 * The bytes of a raw body: a string as UTF-8, any byte view (Uint8Array, Node `Buffer`,
 * DataView) or `ArrayBuffer` as is (copied, so the caller may reuse its buffer). `undefined` for
 * anything else, above all a parsed JSON object: re-serializing it would not give back the bytes
 * the provider signed, so callers must refuse it rather than guess.
 */
export function rawBodyBytes(body: unknown): Uint8Array<ArrayBuffer> | undefined {
  if (typeof body === 'string') return utf8Bytes(body);
  // Bytes of a detached buffer (transferred to a worker, or consumed by a stream) are gone, and
  // viewing it is a TypeError: it is no body, like a parsed object.
  try {
    // Checks that work across realms (a Buffer from Node's realm inside a vm context, say).
    if (ArrayBuffer.isView(body)) return new Uint8Array(body.buffer, body.byteOffset, body.byteLength).slice();
    if (Object.prototype.toString.call(body) === '[object ArrayBuffer]') return new Uint8Array(body as ArrayBuffer).slice();
  } catch {
    return undefined;
  }
  return undefined;
}

function isDetached(body: unknown): boolean {
  const buffer = ArrayBuffer.isView(body) ? body.buffer : body;
  if (Object.prototype.toString.call(buffer) !== '[object ArrayBuffer]') return false;
  try {
    new Uint8Array(buffer as ArrayBuffer);
    return false;
  } catch {
    return true;
  }
}

/** How to get the raw body in the common frameworks; appended to every "not raw" message. */
export const RAW_BODY_HINT =
  'Pass the raw body exactly as received (string, Uint8Array/Buffer or ArrayBuffer), not a parsed object: ' +
  "in Express use express.raw({ type: 'application/json' }) on the webhook route (or mount it before express.json()), " +
  'with the Fetch API use await request.text(), in Fastify add a content-type parser with parseAs: "buffer".';

function describe(body: unknown): string {
  if (body === undefined || body === null) return `${body}`;
  if (isDetached(body)) return 'a detached ArrayBuffer (transferred or consumed before this call)';
  return Array.isArray(body) ? 'a parsed array' : `a parsed ${typeof body}`;
}

/** The raw body's bytes for verification; anything else fails with `body_not_raw` and the how-to. */
export function requireRawBody(body: unknown, provider: ProviderId): Uint8Array<ArrayBuffer> {
  const bytes = rawBodyBytes(body);
  if (bytes) return bytes;
  throw signatureFailure(provider, 'body_not_raw',
    `Cannot verify the ${provider} delivery: the body is ${describe(body)}, so the signed bytes are lost. ${RAW_BODY_HINT}`);
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
