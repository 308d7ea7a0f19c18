import type { ClientOptions } from './transport/client-options';
import type { WebhookProvider } from './provider';
import type { SigningScheme } from './verify/scheme';

/** Environment variables as `process.env` holds them. */
export type Env = Record<string, string | undefined>;

/** The client options every provider shares; the credential's option is each provider's own (`apiKey`, `token`). */
export type SharedClientOptions = Omit<ClientOptions, 'apiKey'>;

/**
 * What a provider folder tells the rest of hookbridge: how to build its client, how to read its
 * options from the environment, and how its deliveries are signed. The catalogue lists one per
 * provider, and every list of providers (`createWebhookClient`'s config type,
 * `webhookClientFromEnv`) is derived from it. Its simulator is listed apart, in the testing
 * table, so that `node:http` stays out of every other entry.
 */
export interface ProviderDescriptor<O extends SharedClientOptions = ClientOptions, P extends WebhookProvider<any> = WebhookProvider<any>> {
  /** Builds the provider; throws `ConfigurationError` for bad options. */
  create: (options: O) => P;
  /** The variable the API key (or token) comes from, for error messages and for picking a provider by key. */
  apiKeyVariable: string;
  /** The option that carries the credential (default `apiKey`), for messages and tools that build options. */
  credentialOption?: string;
  /**
   * The key variable is set by platforms for their own use (a CI system's job token), so its
   * presence alone says little: without `HOOKBRIDGE_PROVIDER`, this provider is picked by its key
   * only when no other provider's key is set.
   */
  ambientKey?: boolean;
  /** The provider's options from the environment, except `baseUrl` (`HOOKBRIDGE_BASE_URL`, read by the core). */
  fromEnv: (env: Env) => O;
  /** How the provider signs its deliveries (also listed alone in the signing table, for small bundles). */
  signing: SigningScheme;
  /**
   * A delivery of `event` (named as the provider delivers it) carrying `data`, in the provider's
   * own body format, with whatever the signature needs besides the body (GitHub's event header):
   * for `hookbridge trigger` and tests of a receiver.
   */
  sampleDelivery: (event: string, data: Record<string, unknown>, now: Date) => SampleDelivery;
}

/** A delivery body as a provider would send it, and the sign options it needs beyond body and secret. */
export interface SampleDelivery {
  body: string;
  /** Passed on to `signWebhook` (e.g. `{ event: 'issues' }` for GitHub). */
  sign?: Record<string, string | number>;
}

/** The options a descriptor's factory takes. */
export type OptionsOf<D> = D extends ProviderDescriptor<infer O, any> ? O : never;

/** The provider a descriptor's factory builds. */
export type ProviderOf<D> = D extends ProviderDescriptor<any, infer P> ? P : never;

/** Types a descriptor, keeping its exact option and provider types. */
export function describeProvider<O extends SharedClientOptions, P extends WebhookProvider<any>>(
  descriptor: ProviderDescriptor<O, P>,
): ProviderDescriptor<O, P> {
  return descriptor;
}
