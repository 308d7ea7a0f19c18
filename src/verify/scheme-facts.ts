import type { InboundEvent as EventFields, ProviderId } from '../model';
import type { DedupeKeyParts } from './dedupe-key';
import type { HeaderSource } from './headers';
import type { SignatureEncoding } from './signature-encodings';

/** The header values besides the signature that a scheme signs or reads (absent when it has none). */
export interface SignedParts {
  /** The delivery id header's value. */
  id?: string;
  /** The signed timestamp header's value, unix seconds as sent. */
  timestamp?: string;
}

/** What a scheme's `toEvent` may read beside the body: the signed parts and every header. */
export interface DeliveryContext extends SignedParts {
  headers: HeaderSource;
}

/**
 * What one provider tells the verification template about its signing scheme; the template
 * (`defineSigningScheme`) runs the sequence itself: secrets, raw body, headers, HMAC-SHA256,
 * timestamp, JSON, event, dedupe key. Always in that order, so a forged delivery is a `mismatch`
 * before it can be a stale one. `F` is what `toEvent` returns: the provider's event union without
 * `dedupeKey` (`EventFieldsOf<ItsEvent>`).
 */
export interface SchemeFacts<F extends EventFields = EventFields> {
  /** The provider's id, on every error. */
  provider: ProviderId;
  /** The provider's name as people write it, for messages. */
  label: string;
  /** The HMAC key one secret stands for; may throw a `ConfigurationError` for an unusable secret. */
  key(secret: string): Uint8Array<ArrayBuffer>;
  signature: {
    /** The headers that carry signatures, lower case, all read; `sign` writes the first. */
    headers: readonly [string, ...string[]];
    /** How one signature is written and read. */
    encoding: SignatureEncoding;
  };
  /** The header carrying the delivery's id, when the scheme has one; `sign` writes `webhookId` or a random UUID. */
  idHeader?: string;
  /** The header carrying a signed unix-seconds timestamp and the default replay window in seconds, when the scheme signs a time. */
  timestamp?: { header: string; tolerance: number };
  /**
   * What the HMAC covers before the raw body (UTF-8), for schemes that sign more than the body
   * (sent.dm: `{id}.{timestamp}.`); default nothing, the raw body alone. A prefix rather than
   * whole content so the body is hashed where it lies, never copied or re-encoded.
   */
  signedPrefix?(parts: SignedParts): string;
  /** The event a verified JSON body becomes, without its `dedupeKey`: a new object per call, which the template adds the key to. */
  toEvent(body: Record<string, unknown>, delivery: DeliveryContext): F;
  /**
   * What identifies the event across retries: the provider's per-event id (a header such as
   * GitHub's `X-GitHub-Delivery`, or a body field), or parts derived from the body; never a
   * retry's timestamp or anything else that changes per attempt. `undefined` (or no fact at all)
   * falls back to the SHA-256 of the body's canonical JSON (`bodyDedupeParts`).
   *
   * @example
   * dedupeKey: (_body, { headers }) => firstHeader(headers, 'x-github-delivery'),
   */
  dedupeKey?(body: Record<string, unknown>, delivery: DeliveryContext): DedupeKeyParts | undefined | Promise<DedupeKeyParts | undefined>;
}
