import { ConfigurationError } from '../errors';
import type { WebhookProvider } from '../provider';
import type { ClientFacts } from './catalogue';
import type { FlagValues } from './command';
import { stringFlag } from './flag-values';
import type { CliIO } from './io';

/**
 * The provider a webhook command talks to: `webhookClientFromEnv` over the environment, with
 * `--provider` standing for `HOOKBRIDGE_PROVIDER` and `--base-url` for `HOOKBRIDGE_BASE_URL`.
 * A configuration error gains the flags in its hint, since a CLI user may prefer them.
 */
export function providerFromFlags(io: CliIO, clients: ClientFacts, flags: FlagValues): WebhookProvider<any> {
  const provider = stringFlag(flags, 'provider');
  const baseUrl = stringFlag(flags, 'base-url');
  const env = {
    ...io.env,
    ...(provider === undefined ? {} : { HOOKBRIDGE_PROVIDER: provider }),
    ...(baseUrl === undefined ? {} : { HOOKBRIDGE_BASE_URL: baseUrl }),
  };
  try {
    return clients.clientFromEnv(env);
  } catch (error) {
    if (!ConfigurationError.isInstance(error)) throw error;
    const keys = Object.values(clients.apiKeyVariables).join(', ');
    throw new ConfigurationError(`${error.message} (the CLI also takes --provider NAME and --base-url URL; API keys come from ${keys})`, {
      cause: error, ...(error.provider === undefined ? {} : { provider: error.provider }),
    });
  }
}
