/**
 * A config's targets as provider clients, built from the catalogue the entry hands in, and the
 * check that no entry asks a provider for a field it cannot hold.
 * @module
 */
import type { ClientCatalogue } from '../client-factory';
import { ConfigurationError } from '../errors';
import type { Capabilities, WebhookProvider } from '../provider';
import { sourceOf } from './carried';
import { configError, formatPath } from './config-path';
import type { CheckedConfigShape, CheckedEntry } from './config-schema';

/** One target, ready to use. */
export interface SyncTarget {
  name: string;
  provider: string;
  client: WebhookProvider<any>;
  /** The `owns` prefixes (empty: nothing here is ever deleted). */
  owns: string[];
}

type Problem = readonly [path: string, message: string];

// Fields an entry may set only where the provider keeps them, with the capability that says so.
const NEEDS: ReadonlyArray<[field: keyof CheckedEntry, capability: keyof Capabilities, why: string]> = [
  ['name', 'names', 'webhooks there have no name'],
  ['eventFilters', 'eventFilters', 'it keeps no event filters'],
  ['delivery', 'deliverySettings', 'it keeps no delivery settings'],
  ['secret', 'callerSecret', 'it makes its own signing secrets; remove it: a new webhook\'s secret is returned in SyncResult.secrets'],
];

function entryProblems(entry: CheckedEntry, index: number, target: SyncTarget): Problem[] {
  return NEEDS.filter(([field, capability]) => entry[field] !== undefined && !target.client.capabilities[capability])
    .map(([field, capability, why]) => [
      `webhooks[${index}].${field}`,
      `target ${target.name} is ${target.provider}, and ${why} (capabilities.${capability} is false)`,
    ] as const);
}

/**
 * Builds every target's client (no request is sent) and checks every entry against its target's
 * capabilities. All problems come in one `ConfigurationError`, each with its path.
 */
export function buildTargets(catalogue: ClientCatalogue, config: CheckedConfigShape): Map<string, SyncTarget> {
  const problems: Problem[] = [];
  const targets = new Map<string, SyncTarget>();
  for (const [name, { provider, owns, ...options }] of Object.entries(config.targets)) {
    try {
      const client = catalogue[provider]!.create(options);
      targets.set(name, { name, provider, client, owns: owns ?? [] });
    } catch (error) {
      if (!ConfigurationError.isInstance(error)) throw error;
      problems.push([formatPath(['targets', name]), error.message]);
    }
  }
  config.webhooks.forEach((entry, index) => {
    const target = targets.get(entry.target);
    if (target) problems.push(...entryProblems(entry, index, target));
  });
  if (problems.length > 0) throw configError(sourceOf(config), problems);
  return targets;
}
