import { ConfigurationError } from '../src/errors';
import type { WebhookProvider } from '../src/provider';
import type { DialNexaOptions } from './dialnexa';
import { PROVIDER_REGISTRY, type Env, type RegisteredProvider } from './registry';
import type { SentDmOptions } from './sentdm';

/** Config for `createWebhookClient`: the provider's name plus that provider's own options. */
export type WebhookClientConfig =
  | ({ provider: 'dialnexa' } & DialNexaOptions)
  | ({ provider: 'sentdm' } & SentDmOptions);

// A function, not a module-level constant: top-level calls keep bundlers from dropping this module.
const names = () => Object.keys(PROVIDER_REGISTRY).join(', ');

function isRegistered(name: unknown): name is RegisteredProvider {
  return typeof name === 'string' && Object.hasOwn(PROVIDER_REGISTRY, name);
}

/**
 * A provider chosen by config, so switching vendors is a config change, not a code change.
 *
 * @example
 * const hooks = createWebhookClient({ provider: 'sentdm', apiKey: process.env.SENT_DM_API_KEY! });
 * for await (const webhook of hooks.iterate()) console.log(webhook.url);
 */
export function createWebhookClient(config: WebhookClientConfig): WebhookProvider {
  const { provider, ...options } = (config ?? {}) as WebhookClientConfig;
  if (!isRegistered(provider)) {
    throw new ConfigurationError(
      `createWebhookClient: unknown provider ${JSON.stringify(provider)}; use one of ${names()} (or HOOKBRIDGE_PROVIDER)`,
    );
  }
  const entry = PROVIDER_REGISTRY[provider];
  return (entry.create as (o: typeof options) => WebhookProvider)(options);
}

/**
 * A provider configured from environment variables: `HOOKBRIDGE_PROVIDER` (`dialnexa` or
 * `sentdm`; may be left out when only one provider's key is set), `DIALNEXA_API_KEY`,
 * `SENT_DM_API_KEY`, `SENT_DM_PROFILE_ID`, `HOOKBRIDGE_BASE_URL`.
 */
export function webhookClientFromEnv(env: Env = globalThis.process?.env ?? {}): WebhookProvider {
  let provider: unknown = env.HOOKBRIDGE_PROVIDER?.trim().toLowerCase();
  if (!provider) {
    const withKeys = (Object.keys(PROVIDER_REGISTRY) as RegisteredProvider[]).filter(
      (name) => env[PROVIDER_REGISTRY[name].apiKeyVariable],
    );
    if (withKeys.length !== 1) {
      throw new ConfigurationError(
        `webhookClientFromEnv: set HOOKBRIDGE_PROVIDER to one of ${names()}` +
          (withKeys.length > 1 ? ` (keys for ${withKeys.join(' and ')} are both set)` : ''),
      );
    }
    provider = withKeys[0];
  }
  if (!isRegistered(provider)) {
    throw new ConfigurationError(`webhookClientFromEnv: HOOKBRIDGE_PROVIDER=${JSON.stringify(provider)} is not one of ${names()}`);
  }
  const entry = PROVIDER_REGISTRY[provider];
  return (entry.create as (o: unknown) => WebhookProvider)(entry.fromEnv(env));
}
