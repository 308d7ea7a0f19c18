import { ConfigurationError } from './errors';
import type { Env, ProviderDescriptor } from './provider-descriptor';
import type { WebhookProvider } from './provider';

/** A catalogue: provider id -> descriptor. */
export type ClientCatalogue = Readonly<Record<string, ProviderDescriptor<any, any>>>;

// A function, not a module-level constant: top-level calls keep bundlers from dropping a module.
const names = (catalogue: ClientCatalogue) => Object.keys(catalogue).join(', ');

function descriptorOf(catalogue: ClientCatalogue, name: unknown): ProviderDescriptor<any, any> | undefined {
  return typeof name === 'string' && Object.hasOwn(catalogue, name) ? catalogue[name] : undefined;
}

/** `createWebhookClient` over a catalogue: the config's `provider` picks the descriptor, the rest are its options. */
export function createClientFrom(catalogue: ClientCatalogue, config: { provider?: unknown }): WebhookProvider<any> {
  const { provider, ...options } = config ?? {};
  const descriptor = descriptorOf(catalogue, provider);
  if (!descriptor) {
    throw new ConfigurationError(
      `createWebhookClient: unknown provider ${JSON.stringify(provider)}; use one of ${names(catalogue)} (or HOOKBRIDGE_PROVIDER)`,
    );
  }
  return descriptor.create(options);
}

/**
 * The providers whose key variable is set. A provider with an `ambientKey` (a variable platforms
 * set for their own use) counts only when no other provider's key is set.
 */
function providersWithKeys(catalogue: ClientCatalogue, env: Env): string[] {
  const withKeys = Object.keys(catalogue).filter((name) => env[catalogue[name]!.apiKeyVariable]);
  const deliberate = withKeys.filter((name) => !catalogue[name]!.ambientKey);
  return deliberate.length > 0 ? deliberate : withKeys;
}

/**
 * `webhookClientFromEnv` over a catalogue: `HOOKBRIDGE_PROVIDER` names the provider, or, when it
 * is unset, the one provider whose API key variable is set; `HOOKBRIDGE_BASE_URL` applies to any.
 */
export function clientFromEnv(catalogue: ClientCatalogue, env: Env): WebhookProvider<any> {
  let provider: unknown = env.HOOKBRIDGE_PROVIDER?.trim().toLowerCase();
  if (!provider) {
    const withKeys = providersWithKeys(catalogue, env);
    if (withKeys.length !== 1) {
      throw new ConfigurationError(
        `webhookClientFromEnv: set HOOKBRIDGE_PROVIDER to one of ${names(catalogue)}` +
          (withKeys.length > 1 ? ` (keys for ${withKeys.join(' and ')} are ${withKeys.length === 2 ? 'both' : 'all'} set)` : ''),
      );
    }
    provider = withKeys[0];
  }
  const descriptor = descriptorOf(catalogue, provider);
  if (!descriptor) {
    throw new ConfigurationError(`webhookClientFromEnv: HOOKBRIDGE_PROVIDER=${JSON.stringify(provider)} is not one of ${names(catalogue)}`);
  }
  const options = descriptor.fromEnv(env);
  return descriptor.create(env.HOOKBRIDGE_BASE_URL ? { ...options, baseUrl: env.HOOKBRIDGE_BASE_URL } : options);
}
