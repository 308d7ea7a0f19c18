/**
 * The catalogue: every provider hookbridge ships, one line each, here and in its two companion
 * tables beside this file. They are three files only because bundles must stay small:
 * - `clients.ts` (this file): what `createWebhookClient` and `webhookClientFromEnv` build; it
 *   carries the HTTP stack (ky, p-retry, valibot).
 * - `signing.ts`: each provider's signing scheme, for `verifyWebhook` and the handlers, so that
 *   `hookbridge/verify` bundles without any HTTP client.
 * - `simulators.ts`: each provider's simulator, for `hookbridge/testing` only, so that `node:http`
 *   never reaches the other entries.
 * The compiler checks that the three list the same providers. Every other list of providers
 * (types, error messages, env lookup) is derived from them. The package's exports (`package.json`)
 * are listed by hand, one subpath per provider; a package test checks they match this file, and
 * the tsup entries are read from the folders (`entries/*.ts`, `providers/<name>/index.ts`).
 * @module
 */
import { clientFromEnv, createClientFrom } from '../../src/client-factory';
import type { Env, OptionsOf, ProviderOf } from '../../src/provider-descriptor';
import { dialnexaProvider } from '../dialnexa';
import { githubProvider } from '../github';
import { sentdmProvider } from '../sentdm';

// Each provider's own factory and option types, for the root entry.
export { dialnexa, type DialNexaEventName, type DialNexaOptions, type DialNexaProvider } from '../dialnexa';
export { github, type GitHubEventName, type GitHubOptions, type GitHubOrgOptions, type GitHubProvider, type GitHubRepoOptions } from '../github';
export { sentdm, type SentDmCallOptions, type SentDmOptions, type SentDmProvider } from '../sentdm';

/** Provider id -> descriptor. Adding a provider: its folder, and a line here and in the two tables. */
export const PROVIDERS = {
  dialnexa: dialnexaProvider,
  github: githubProvider,
  sentdm: sentdmProvider,
};

type Catalogue = typeof PROVIDERS;

/** The providers hookbridge ships. */
export type KnownProviderId = keyof Catalogue;

/**
 * Which provider an object came from: one of `KnownProviderId`, or another name a third-party
 * adapter or test double gives itself.
 */
export type ProviderId = KnownProviderId | (string & {});

/** Config for `createWebhookClient`: the provider's name plus that provider's own options. */
export type WebhookClientConfig = { [K in KnownProviderId]: { provider: K } & OptionsOf<Catalogue[K]> }[KnownProviderId];

/** Provider id -> the type of the client its factory builds (its literal `id`, call options, event names). */
export type ProviderById = { [K in KnownProviderId]: ProviderOf<Catalogue[K]> };

/**
 * The provider `createWebhookClient` builds for a config: that provider's own type. An indexed
 * map rather than a conditional type, so `ReturnType<typeof createWebhookClient>` is the union of
 * the providers, not `any`.
 */
export type ClientFor<C extends WebhookClientConfig> = ProviderById[C['provider']];

/**
 * A provider chosen by config, so switching vendors is a config change, not a code change.
 *
 * @example
 * const hooks = createWebhookClient({ provider: 'sentdm', apiKey: process.env.SENT_DM_API_KEY! });
 * for await (const webhook of hooks.iterate()) console.log(webhook.url);
 */
export function createWebhookClient<C extends WebhookClientConfig>(config: C): ClientFor<C> {
  return createClientFrom(PROVIDERS, config) as ClientFor<C>;
}

/**
 * A provider configured from environment variables: `HOOKBRIDGE_PROVIDER` (a `KnownProviderId`;
 * may be left out when only one provider's key is set), each provider's own variables
 * (`DIALNEXA_API_KEY`; `SENT_DM_API_KEY`, `SENT_DM_PROFILE_ID`), and `HOOKBRIDGE_BASE_URL`.
 */
export function webhookClientFromEnv(env: Env = globalThis.process?.env ?? {}): ClientFor<WebhookClientConfig> {
  return clientFromEnv(PROVIDERS, env) as ClientFor<WebhookClientConfig>;
}
