/**
 * What a sync config is, as a user writes it (`defineConfig`) and as `loadConfig` returns it.
 * Types only.
 * @module
 */
import type { ClientCatalogue } from '../client-factory';
import type { DeliverySettings } from '../model';
import type { OptionsOf } from '../provider-descriptor';

/** A string read from the environment when the config is loaded: `{ "env": "DIALNEXA_API_KEY" }`. */
export interface EnvRef {
  env: string;
}

/**
 * `T` where any string may instead be an `EnvRef`, at any depth. Functions (a custom `fetch`, a
 * hook) stay as they are.
 */
export type Configurable<T> =
  T extends string ? T | EnvRef :
  T extends (...args: never[]) => unknown ? T :
  T extends readonly (infer U)[] ? Configurable<U>[] :
  T extends object ? { [K in keyof T]: Configurable<T[K]> } :
  T;

/** What every target has besides its provider's options. */
export interface TargetBase<P extends string = string> {
  /** Which provider of the catalogue this target is. */
  provider: P;
  /**
   * URL prefixes this config owns at the target: with `prune`, a webhook under one of them that
   * no entry declares is deleted. Without `owns`, nothing at the target is ever deleted.
   */
  owns?: Configurable<string>[];
}

/** A target: a provider's name, its options (`apiKey`, `baseUrl`, ... each possibly an `EnvRef`), and `owns`. */
export type TargetFor<C extends ClientCatalogue> = {
  [K in keyof C & string]: TargetBase<K> & Configurable<OptionsOf<C[K]>>;
}[keyof C & string];

/** One webhook the config declares; matched at its target by URL (WHATWG-normalized). */
export interface WebhookEntry<T extends string = string> {
  /** The name of a key of `targets`. */
  target: T;
  /** Where deliveries go: an absolute https:// URL. With `target`, the entry's identity. */
  url: Configurable<string>;
  /** Compared as a set: order and repeats are never a change. */
  events: Configurable<string>[];
  /** Default `true`. */
  active?: boolean;
  /** Compared only when given; only where the provider keeps names (`capabilities.names`). */
  name?: Configurable<string>;
  /**
   * The signing secret a new webhook gets, where the provider takes one (`capabilities.callerSecret`).
   * Write-only: never compared; `rotateSecrets` sets it on existing webhooks.
   */
  secret?: Configurable<string>;
  /** Compared field by field, only the fields given (`capabilities.deliverySettings`). */
  delivery?: DeliverySettings;
  /** Compared when given: parent event -> sub types, each list as a set (`capabilities.eventFilters`). */
  eventFilters?: Record<string, Configurable<string>[]>;
}

/** A sync config over a catalogue, with the target names `T` that its entries may name. */
export interface SyncConfigOf<C extends ClientCatalogue, T extends string = string> {
  /** Optional, for editors: the JSON schema the file follows. Ignored. */
  $schema?: string;
  /** Name -> a provider account (a DialNexa key, a sent.dm profile...). */
  targets: Record<T, TargetFor<C>>;
  /** The webhooks that must exist, one per target + URL. */
  webhooks: WebhookEntry<NoInfer<T>>[];
  /** Delete webhooks under a target's `owns` prefixes that no entry declares (default false). */
  prune?: boolean;
}
