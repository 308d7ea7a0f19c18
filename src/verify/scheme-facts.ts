import type { InboundEvent, ProviderId } from '../model';
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
 * timestamp, JSON, event. Always in that order, so a forged delivery is a `mismatch` before it
 * can be a stale one.
 */
export interface SchemeFacts {
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
  /** The bytes the HMAC covers; default the raw body alone. */
  signedContent?(body: Uint8Array<ArrayBuffer>, parts: SignedParts): Uint8Array<ArrayBuffer>;
  /** The event a verified JSON body becomes. */
  toEvent(body: Record<string, unknown>, delivery: DeliveryContext): InboundEvent;
}
