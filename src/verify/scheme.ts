import { ConfigurationError } from '../errors';
import type { InboundEvent as EventFields } from '../model';
import type { SignDeliveryOptions, VerifyDeliveryOptions } from './options';
import type { SchemeFacts } from './scheme-facts';
import { signerOf } from './sign-delivery';
import type { InboundEvent, WithDedupeKey } from './verified-event';
import { verifierOf } from './verify-delivery';

/**
 * How one provider signs its deliveries: verify one as received (resolving to the provider's
 * event type `E`), or sign one as it would.
 */
export interface SigningScheme<E extends InboundEvent = InboundEvent> {
  verify(options: VerifyDeliveryOptions): Promise<E>;
  sign(options: SignDeliveryOptions): Promise<Record<string, string>>;
}

/** The event type a signing scheme's `verify` resolves to; distributes over a union of schemes. */
export type SchemeEvent<S> = S extends SigningScheme<infer E> ? E : never;

/**
 * The signing scheme that `facts` describe. The sequence (secrets, raw body, headers, HMAC,
 * timestamp, JSON, event, dedupe key) and every failure reason live in the template; a provider
 * states only its facts. `verify` resolves to what `toEvent` returns, with `dedupeKey` added. `verify` and `sign` need no `this`, so they may be passed around alone.
 *
 * @example
 * export const exampleSigning = defineSigningScheme({
 *   provider: 'example', label: 'Example', key: utf8Bytes,
 *   signature: { headers: ['x-example-signature'], encoding: hexSignature('sha256=') },
 *   toEvent: (body) => inboundEventFromBody('example', String(body.type), body),
 * });
 */
export function defineSigningScheme<F extends EventFields>(facts: SchemeFacts<F>): SigningScheme<WithDedupeKey<F>> {
  return { verify: verifierOf(facts), sign: signerOf(facts) };
}

/**
 * Provider id -> what verification needs of its scheme. Only `verify`, so a table built for
 * receivers (the handlers, `verifyWebhook`) bundles none of the signing code.
 */
export type SchemeTable = Readonly<Record<string, Pick<SigningScheme<any>, 'verify'>>>;

/** The entry of `provider` in `table`; an unknown id is a `ConfigurationError` that lists the known ones. */
export function schemeFrom<S>(table: Readonly<Record<string, S>>, provider: unknown): S {
  if (typeof provider === 'string' && Object.hasOwn(table, provider)) return table[provider]!;
  const known = Object.keys(table).map((name) => `'${name}'`).join(', ');
  throw new ConfigurationError(`Unknown webhook provider ${JSON.stringify(provider)}: use one of ${known}.`);
}
