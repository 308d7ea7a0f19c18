import type { WebhookProvider } from '../src/provider';
import { dialnexa, type DialNexaOptions } from './dialnexa';
import { sentdm, type SentDmOptions } from './sentdm';

/** Environment variables as `process.env` holds them. */
export type Env = Record<string, string | undefined>;

/** One line per provider: how to build it, and how to read its options from the environment. */
interface RegistryEntry<O> {
  create: (options: O) => WebhookProvider;
  /** Where the API key comes from, for error messages. */
  apiKeyVariable: string;
  fromEnv: (env: Env) => O;
}

const baseUrl = (env: Env) => (env.HOOKBRIDGE_BASE_URL ? { baseUrl: env.HOOKBRIDGE_BASE_URL } : {});

/** Every provider hookbridge ships. Adding one means a folder under providers/ and a line here. */
export const PROVIDER_REGISTRY = {
  dialnexa: {
    create: dialnexa,
    apiKeyVariable: 'DIALNEXA_API_KEY',
    fromEnv: (env) => ({ apiKey: env.DIALNEXA_API_KEY ?? '', ...baseUrl(env) }),
  } satisfies RegistryEntry<DialNexaOptions>,
  sentdm: {
    create: sentdm,
    apiKeyVariable: 'SENT_DM_API_KEY',
    fromEnv: (env) => ({
      apiKey: env.SENT_DM_API_KEY ?? '',
      ...(env.SENT_DM_PROFILE_ID ? { profileId: env.SENT_DM_PROFILE_ID } : {}),
      ...baseUrl(env),
    }),
  } satisfies RegistryEntry<SentDmOptions>,
};

/** The ids `createWebhookClient` accepts. */
export type RegisteredProvider = keyof typeof PROVIDER_REGISTRY;
