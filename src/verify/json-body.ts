import { ValidationError } from '../errors';
import type { ProviderId } from '../model';
import { isRecord, parseJsonSafely } from '../untrusted-json';
import { utf8Bytes, wellFormed } from './encoding';

const decoder = new TextDecoder();

/**
 * The text of a raw body as JSON is read from it: what decoding its UTF-8 bytes gives (a lone
 * surrogate in a string becomes U+FFFD, a leading byte order mark is dropped), without encoding
 * a string body just to decode it again. Taken before any await, so the caller's buffer may change after.
 */
export function bodyText(body: string | Uint8Array): string {
  if (typeof body !== 'string') return decoder.decode(body);
  const text = wellFormed(body);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * The verified body (`text`, from `bodyText(body)`) as a JSON object. Called only after the
 * signature matched, so a failure here means the provider really sent something unreadable: a
 * `ValidationError`, not a signature one.
 */
export function readVerifiedJson(text: string, body: string | Uint8Array, provider: ProviderId): Record<string, unknown> {
  const json = parseJsonSafely(text);
  if (isRecord(json)) return json;
  const size = typeof body === 'string' ? utf8Bytes(body).length : body.length;
  throw new ValidationError(
    `The ${provider} signature matched, but the body could not be read as a JSON object (${size} bytes).`,
    { provider, operation: 'verifyWebhook' },
  );
}
