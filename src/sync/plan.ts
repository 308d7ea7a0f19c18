/**
 * `plan`: what apply would change, from the config and what each target holds now. It only reads.
 * @module
 */
import type { ClientCatalogue } from '../client-factory';
import type { Webhook } from '../model';
import { withConfig } from './carried';
import { checkConfig } from './check-config';
import type { CheckedConfigShape } from './config-schema';
import type { SyncChange, SyncPlan, SyncSummary } from './plan-types';
import { planTarget } from './plan-target';
import { rotationChoice, type RotateSecrets } from './rotation-choice';
import { atTarget } from './target-error';
import { buildTargets, type SyncTarget } from './targets';

/** Options for `plan`. */
export interface PlanOptions {
  /**
   * Lists a secret rotation for every declared webhook that exists (new ones get a secret
   * anyway), or only for those of the targets named.
   */
  rotateSecrets?: RotateSecrets;
}

/** Every webhook at a target, in the largest pages it serves. */
export async function listAll(target: SyncTarget): Promise<Webhook[]> {
  const all: Webhook[] = [];
  try {
    for await (const webhook of target.client.iterate({ pageSize: target.client.capabilities.maxPageSize })) all.push(webhook);
  } catch (error) {
    throw atTarget(error, target.name);
  }
  return all;
}

/** How many changes of each kind. */
export function summarize(changes: readonly SyncChange[]): SyncSummary {
  const count = (action: SyncChange['action']) => changes.filter((change) => change.action === action).length;
  return { create: count('create'), update: count('update'), delete: count('delete'), unchanged: count('noop') };
}

/**
 * Compares the config with every target and returns the plan. Config errors (including fields a
 * target's provider cannot hold) are thrown before any request; targets are read concurrently.
 */
export async function planFrom(catalogue: ClientCatalogue, config: unknown, options: PlanOptions = {}): Promise<SyncPlan> {
  const checked: CheckedConfigShape = checkConfig(Object.keys(catalogue), config);
  const targets = [...buildTargets(catalogue, checked).values()];
  const rotates = rotationChoice(options.rotateSecrets, targets.map((target) => target.name));
  const actual = await Promise.all(targets.map(listAll));
  const changes: SyncChange[] = [];
  const notes: string[] = [];
  targets.forEach((target, index) => {
    const entries = checked.webhooks.filter((entry) => entry.target === target.name);
    const part = planTarget(target, entries, actual[index]!, { prune: checked.prune ?? false, rotateSecrets: rotates(target.name) });
    changes.push(...part.changes);
    notes.push(...part.notes);
  });
  return withConfig({ changes, summary: summarize(changes), notes }, checked);
}
