import type { ProviderId } from '../model';
import { bodyDigest } from './body-digest';
import { wellFormed } from './encoding';

/** What identifies one event within a provider: its own id, or the parts a scheme derives it from. */
export type DedupeKeyParts = string | readonly string[];

/** `parts` when it names something (a non-empty id, or parts none of which is empty), else `undefined`. */
export function usableDedupeParts(parts: DedupeKeyParts | undefined): DedupeKeyParts | undefined {
  if (typeof parts === 'string') return parts === '' ? undefined : parts;
  return parts && parts.length > 0 && parts.every((part) => typeof part === 'string' && part !== '') ? parts : undefined;
}

/**
 * `provider/part/part...`, each piece percent-encoded (`encodeURIComponent`), so a part holding
 * `/` cannot collide with two parts, and the key never holds a `:` (BullMQ refuses one in a
 * `jobId`; Redis tools read it as a separator).
 *
 * @example
 * dedupeKey('sentdm', ['message.delivered', 'b8f1c3d2-...']) // 'sentdm/message.delivered/b8f1c3d2-...'
 */
export function dedupeKey(provider: ProviderId, parts: DedupeKeyParts): string {
  let key = encodePart(provider);
  for (const part of typeof parts === 'string' ? [parts] : parts) key += `/${encodePart(part)}`;
  return key;
}

// Characters encodeURIComponent leaves as they are: most ids and event names are only these.
const UNRESERVED = /^[\w.~-]*$/;

function encodePart(part: string): string {
  // A lone surrogate (JSON may escape one into an id) would make encodeURIComponent throw.
  return UNRESERVED.test(part) ? part : encodeURIComponent(wellFormed(part));
}

/**
 * The key of a scheme that names none: `sha256` and the SHA-256 of the verified body's canonical
 * JSON (keys sorted), so a retry of the same body has the same key whatever its headers say.
 * Only right for a provider that sends a retry's body unchanged and puts no per-attempt time in
 * it: a provider that does must state its own derivation.
 */
export function bodyDedupeParts(body: unknown): string[] | Promise<string[]> {
  const digest = bodyDigest(body);
  return typeof digest === 'string' ? ['sha256', digest] : digest.then((hex) => ['sha256', hex]);
}
