import { ConfigurationError } from '../errors';
import type { InboundEvent } from '../model';
import type { SignDeliveryOptions, VerifyDeliveryOptions } from './options';
import type { SchemeFacts } from './scheme-facts';
import { signDelivery } from './sign-delivery';
import { verifyDelivery } from './verify-delivery';

/** How one provider signs its deliveries: verify one as received, or sign one as it would. */
export interface SigningScheme {
  verify(options: VerifyDeliveryOptions): Promise<InboundEvent>;
  sign(options: SignDeliveryOptions): Promise<Record<string, string>>;
}

/**
 * The signing scheme that `facts` describe. The sequence (secrets, raw body, headers, HMAC,
 * timestamp, JSON, event) and every failure reason live in the template; a provider states only
 * its facts. `verify` and `sign` need no `this`, so they may be passed around alone.
 *
 * @example
 * export const exampleSigning = defineSigningScheme({
 *   provider: 'example', label: 'Example', key: utf8Bytes,
 *   signature: { headers: ['x-example-signature'], encoding: hexSignature('sha256=') },
 *   toEvent: (body) => inboundEventFromBody('example', String(body.type), body),
 * });
 */
export function defineSigningScheme(facts: SchemeFacts): SigningScheme {
  return {
    verify: (options) => verifyDelivery(facts, options),
    sign: (options) => signDelivery(facts, options),
  };
}

/** Provider id -> signing scheme. */
export type SchemeTable = Readonly<Record<string, SigningScheme>>;

/** The scheme of `provider`; an unknown id is a `ConfigurationError` that lists the known ones. */
export function schemeFrom(table: SchemeTable, provider: unknown): SigningScheme {
  if (typeof provider === 'string' && Object.hasOwn(table, provider)) return table[provider]!;
  const known = Object.keys(table).map((name) => `'${name}'`).join(', ');
  throw new ConfigurationError(`Unknown webhook provider ${JSON.stringify(provider)}: use one of ${known}.`);
}
