/**
 * `hookbridge/sync`: webhook subscriptions as code, across every provider of the catalogue.
 *
 * @example
 * import { apply, formatPlan, loadConfig, plan } from 'hookbridge/sync';
 * const planned = await plan(await loadConfig());           // ./hookbridge.config.{ts,mjs,js,json}
 * console.log(formatPlan(planned));
 * const { secrets } = await apply(planned);                 // new secrets: only here
 * @module
 */
import { PROVIDERS } from '../providers/catalogue/clients';
import {
  applyFrom, loadConfigFile, planFrom,
  type ApplyOptions, type LoadConfigOptions, type PlanOptions, type SyncConfigOf, type SyncPlan, type SyncResult,
} from '../src/sync';

export {
  DEFAULT_CONFIG_FILES, formatPlan, partialResultOf,
  type ApplyOptions, type Configurable, type EnvRef, type FormatPlanOptions, type LoadConfigOptions, type PlanOptions, type RotateSecrets,
  type SyncAction, type SyncChange, type SyncDiff, type SyncPlan, type SyncResult, type SyncSecret, type SyncSummary,
  type ValueChange, type WebhookEntry, type WebhookState,
} from '../src/sync';

type Catalogue = typeof PROVIDERS;

/**
 * A sync config: `targets` (name -> a provider and its options, each string possibly
 * `{ env: 'NAME' }`), the `webhooks` that must exist, and `prune`. `T` names the targets.
 */
export type SyncConfig<T extends string = string> = SyncConfigOf<Catalogue, T>;

/** One target of a config: `provider` picks which options it takes. */
export type SyncTargetConfig = SyncConfig['targets'][string];

/**
 * Types a config: each target takes its provider's options, and an entry's `target` must be
 * one of the targets' names. It returns the config unchanged.
 *
 * @example
 * // hookbridge.config.ts
 * import { defineConfig } from 'hookbridge/sync';
 * export default defineConfig({
 *   targets: {
 *     calls: { provider: 'dialnexa', apiKey: { env: 'DIALNEXA_API_KEY' }, owns: ['https://app.example.com/hooks/'] },
 *   },
 *   webhooks: [{ target: 'calls', url: 'https://app.example.com/hooks/calls', events: ['call.completed'] }],
 *   prune: true,
 * });
 */
export function defineConfig<T extends string>(config: SyncConfig<T>): SyncConfig<T> {
  return config;
}

/**
 * Reads a config file (default: the one `hookbridge.config.{ts,mjs,js,json}` in the working
 * directory), resolves its `{ env }` references from `process.env` (or `options.env`) and checks
 * it. A `.ts` file is imported as it is: Node 22.18+ strips its types, so TypeScript-only syntax
 * (enums, namespaces) cannot be used in it.
 *
 * @throws ConfigurationError naming the file and each bad path (`webhooks[1].target`), or an unset variable.
 */
export async function loadConfig(path?: string, options?: LoadConfigOptions): Promise<SyncConfig> {
  return (await loadConfigFile(Object.keys(PROVIDERS), path, options)) as unknown as SyncConfig;
}

/**
 * Compares the config with every target and returns the plan (plain JSON; its config travels
 * along, not enumerable). Only reads. `rotateSecrets` lists a rotation for each existing webhook
 * (`true`), or for those of the targets named (`['calls']`).
 *
 * @throws ConfigurationError for a bad config, before any request (a field a target's provider cannot hold included).
 */
export function plan(config: SyncConfig, options?: PlanOptions): Promise<SyncPlan> {
  return planFrom(PROVIDERS, config, options);
}

/**
 * Applies a plan: refuses it whole if anything it changes moved since (`ConflictError`), then
 * creates, updates and deletes in order. A plan read back from JSON needs `{ config }`.
 * New secrets are returned in `secrets` (and given to `onSecret` as they appear), nowhere else.
 *
 * @throws ConflictError for a stale plan; on a failed change, that change's error, with
 *   `partialResultOf(error)` holding what was done before it.
 */
export function apply(planned: SyncPlan, options?: ApplyOptions & { config?: SyncConfig }): Promise<SyncResult> {
  return applyFrom(PROVIDERS, planned, options);
}
