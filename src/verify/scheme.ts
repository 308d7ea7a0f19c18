import { ConfigurationError } from '../errors';
import type { InboundEvent } from '../model';
import type { SignDeliveryOptions, VerifyDeliveryOptions } from './options';

/** How one provider signs its deliveries: verify one as received, or sign one as it would. */
export interface SigningScheme {
  verify(options: VerifyDeliveryOptions): Promise<InboundEvent>;
  sign(options: SignDeliveryOptions): Promise<Record<string, string>>;
}

/** Provider id -> signing scheme. */
export type SchemeTable = Readonly<Record<string, SigningScheme>>;

/** The scheme of `provider`; an unknown id is a `ConfigurationError` that lists the known ones. */
export function schemeFrom(table: SchemeTable, provider: unknown): SigningScheme {
  if (typeof provider === 'string' && Object.hasOwn(table, provider)) return table[provider]!;
  const known = Object.keys(table).map((name) => `'${name}'`).join(', ');
  throw new ConfigurationError(`Unknown webhook provider ${JSON.stringify(provider)}: use one of ${known}.`);
}
