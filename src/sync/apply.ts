/**
 * `apply`: carries out a plan, change after change, after checking that nothing it changes moved
 * since the plan was made.
 * @module
 */
import type { ClientCatalogue } from '../client-factory';
import { ConfigurationError, ConflictError } from '../errors';
import { applyChange } from './apply-change';
import { verifyPlan } from './apply-verify';
import { configOf } from './carried';
import { checkConfig } from './check-config';
import type { CheckedConfigShape, CheckedEntry } from './config-schema';
import { stoppedAt } from './partial-result';
import { checkPlan } from './plan-schema';
import { rotationChoice, type RotateSecrets } from './rotation-choice';
import type { SyncChange, SyncResult, SyncSecret } from './plan-types';
import { buildTargets, type SyncTarget } from './targets';
import { urlKey } from './url-key';

/** Options for `apply`. */
export interface ApplyOptions {
  /** The config, for a plan that carries none (one read back from JSON). Default: the plan's own. */
  config?: unknown;
  /**
   * Rotates the secret of every declared webhook that exists (or of those of the targets named),
   * as `plan(config, { rotateSecrets })` lists; rotations the plan already lists are applied either way.
   */
  rotateSecrets?: RotateSecrets;
  /**
   * Called with each new secret as soon as it is known, before apply goes on: the way to keep
   * secrets safe even if a later step fails or the process dies. A throw stops apply.
   */
  onSecret?: (secret: SyncSecret) => void | Promise<void>;
}

const entryKey = (target: string, url: string) => `${target}\n${urlKey(url)}`;

// The plan's changes that write something; `rotateSecrets` turns kept webhooks into rotations.
function changesToApply(changes: readonly SyncChange[], rotates: (target: string) => boolean): SyncChange[] {
  return changes.flatMap((change): SyncChange[] => {
    if (!rotates(change.target) || change.action === 'create' || change.action === 'delete') return change.action === 'noop' ? [] : [change];
    return [{ ...change, action: 'update', diff: { ...change.diff, secret: 'rotate' } }];
  });
}

// The plan must fit the config it is applied with: the same targets, and an entry for every webhook it creates or updates.
function checkFit(changes: readonly SyncChange[], targets: ReadonlyMap<string, SyncTarget>, entries: ReadonlyMap<string, CheckedEntry>): void {
  const unknown = [...new Set(changes.map((change) => change.target).filter((name) => !targets.has(name)))];
  if (unknown.length > 0) {
    throw new ConfigurationError(`apply: the plan names target${unknown.length === 1 ? '' : 's'} ${unknown.join(', ')} that the config does not declare; apply it with the config it was made from`, { operation: 'apply' });
  }
  const undeclared = changes.filter((change) => change.action !== 'delete' && !entries.has(entryKey(change.target, change.url)));
  if (undeclared.length > 0) {
    throw new ConflictError(`apply: the config no longer declares ${undeclared.map((change) => `${change.target} ${change.url}`).join(', ')}; plan again. Nothing was changed.`, { operation: 'apply' });
  }
}

/**
 * Applies `planned` and returns what was done and the new secrets. Stale plans are refused before
 * any write (`ConflictError`). When a change fails, the error thrown is the provider's, its message
 * saying where apply stopped, and `partialResultOf(error)` returns what was done before it.
 */
export async function applyFrom(catalogue: ClientCatalogue, planned: unknown, options: ApplyOptions = {}): Promise<SyncResult> {
  const plan = checkPlan(planned);
  const config = options.config ?? configOf(planned);
  if (config === undefined) {
    throw new ConfigurationError('apply: this plan carries no config (a plan read back from JSON never does, so that credentials stay out of it); pass apply(plan, { config })', { operation: 'apply' });
  }
  const checked: CheckedConfigShape = checkConfig(Object.keys(catalogue), config);
  const targets = buildTargets(catalogue, checked);
  const entries = new Map(checked.webhooks.map((entry) => [entryKey(entry.target, entry.url), entry]));
  const work = changesToApply(plan.changes, rotationChoice(options.rotateSecrets, [...targets.keys()]));
  checkFit(work, targets, entries);
  const { alreadyGone } = await verifyPlan(work, targets);

  const result: SyncResult = { changes: [], secrets: [] };
  const report = async (secret: SyncSecret) => {
    result.secrets.push(secret);
    await options.onSecret?.(secret);
  };
  for (const [index, change] of work.entries()) {
    try {
      result.changes.push(await applyChange(change, {
        target: targets.get(change.target)!, entry: entries.get(entryKey(change.target, change.url)),
        alreadyGone: alreadyGone.has(change), report,
      }));
    } catch (error) {
      throw stoppedAt(error, result, index, work.length, change);
    }
  }
  return result;
}
