import { ValidationError } from '../errors';
import type { ProviderId } from '../model';
import { isRecord, parseJsonSafely } from '../untrusted-json';

/**
 * The verified body as a JSON object. Called only after the signature matched, so a failure here
 * means the provider really sent something unreadable: a `ValidationError`, not a signature one.
 */
export function readVerifiedJson(bytes: Uint8Array, provider: ProviderId): Record<string, unknown> {
  const json = parseJsonSafely(new TextDecoder().decode(bytes));
  if (isRecord(json)) return json;
  throw new ValidationError(
    `The ${provider} signature matched, but the body could not be read as a JSON object (${bytes.length} bytes).`,
    { provider, operation: 'verifyWebhook' },
  );
}
