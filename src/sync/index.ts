/**
 * Subscriptions as code: a config declares the webhooks that must exist at each target, `plan`
 * compares it with what the targets hold (no state file: webhooks are matched by target and
 * URL), and `apply` makes it so. Provider-agnostic: the entry hands in the catalogue.
 * @module
 */
export type { Configurable, EnvRef, SyncConfigOf, TargetBase, TargetFor, WebhookEntry } from './config-types';
export type { CheckedConfigShape } from './config-schema';
export { DEFAULT_CONFIG_FILES, loadConfigFile, type LoadConfigOptions } from './load-config';
export { checkConfig, type CheckConfigOptions } from './check-config';
export { planFrom, type PlanOptions } from './plan';
export { applyFrom, type ApplyOptions } from './apply';
export { partialResultOf } from './partial-result';
export type { RotateSecrets } from './rotation-choice';
export { formatPlan, type FormatPlanOptions } from './format-plan';
export type {
  SyncAction, SyncChange, SyncDiff, SyncPlan, SyncResult, SyncSecret, SyncSummary, ValueChange, WebhookState,
} from './plan-types';
