import { ConfigurationError } from '../errors';
import type { HeaderSource } from './headers';
import type { RawBody } from './raw-body';
import type { SecretSource } from './secret-source';
import type { ClockOptions } from './timestamp';

/** What every provider's verify function takes. */
export interface VerifyDeliveryOptions extends ClockOptions {
  /** The raw body exactly as received; a parsed object is refused (`body_not_raw`). */
  body: RawBody;
  /** The request headers: Fetch `Headers`, Node `IncomingHttpHeaders` or a plain object. */
  headers: HeaderSource;
  /**
   * The signing secret, several while rotating (any one matching is enough), or a function of the
   * delivery that returns them (`SecretSource`).
   */
  secret: SecretSource;
}

/** What every provider's sign function takes. */
export interface SignDeliveryOptions {
  /** The exact body that will be sent. */
  body: RawBody;
  /** The signing secret. */
  secret: string;
  /** Unix seconds to sign with (timestamped schemes); default now. */
  timestamp?: number;
  /** The delivery id to sign with, for schemes that send one (sent.dm's `x-webhook-id`); default a random UUID. */
  webhookId?: string;
  /** The event the body is, for schemes that name it in a header (GitHub's `X-GitHub-Event`); others ignore it. */
  event?: string;
}

/**
 * `options` as an object of options; `undefined`, `null` or anything else is a
 * `ConfigurationError` showing `call` (how to call `operation`), never a TypeError from
 * destructuring it.
 */
export function requireOptionsObject<T extends object>(options: T, operation: string, call: string): T {
  if (typeof options === 'object' && options !== null && !Array.isArray(options)) return options;
  const given = options === null ? 'null' : Array.isArray(options) ? 'an array' : typeof options;
  throw new ConfigurationError(`${operation} needs one options object, e.g. ${call}; it was given ${given}.`, { operation });
}
