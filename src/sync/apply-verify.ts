/**
 * Before apply writes anything: every webhook it will change is read again, and a plan whose
 * webhooks moved since it was made is refused whole (`ConflictError`), so a stale plan changes
 * nothing.
 * @module
 */
import { ConflictError, NotFoundError } from '../errors';
import type { Webhook } from '../model';
import { listAll } from './plan';
import type { SyncChange } from './plan-types';
import { atTarget } from './target-error';
import type { SyncTarget } from './targets';
import { urlKey } from './url-key';
import { movedFields, stateOf } from './webhook-state';

/** What the check found: the deletes that are already done (their webhook is gone). */
export interface VerifiedPlan {
  alreadyGone: Set<SyncChange>;
}

async function existingUrls(target: SyncTarget, cache: Map<string, Promise<Map<string, Webhook>>>): Promise<Map<string, Webhook>> {
  let urls = cache.get(target.name);
  if (!urls) {
    urls = listAll(target).then((all) => new Map(all.map((webhook) => [urlKey(webhook.url), webhook])));
    cache.set(target.name, urls);
  }
  return urls;
}

/** Why `change` can no longer be applied as planned, or `undefined` when it can. */
async function staleness(change: SyncChange, target: SyncTarget, gone: Set<SyncChange>, lists: Map<string, Promise<Map<string, Webhook>>>): Promise<string | undefined> {
  if (change.action === 'create') {
    const existing = (await existingUrls(target, lists)).get(urlKey(change.url));
    return existing ? `a webhook at ${change.url} exists now (${existing.id}) that the plan did not see` : undefined;
  }
  let current: Webhook;
  try {
    current = await target.client.get(change.id!);
  } catch (error) {
    if (!NotFoundError.isInstance(error)) throw atTarget(error, target.name);
    if (change.action === 'delete') gone.add(change);
    return change.action === 'delete' ? undefined : `webhook ${change.id} at ${change.url} was deleted since the plan`;
  }
  if (!change.before) return undefined;
  const moved = movedFields(change.before, stateOf(current, target.client.capabilities));
  return moved.length > 0 ? `webhook ${change.id} at ${change.url} changed since the plan (${moved.join(', ')})` : undefined;
}

/**
 * Reads every webhook the changes touch (a `get` for each update and delete, one list per target
 * with creates) and throws one `ConflictError` listing every change that no longer holds.
 */
export async function verifyPlan(changes: readonly SyncChange[], targets: ReadonlyMap<string, SyncTarget>): Promise<VerifiedPlan> {
  const alreadyGone = new Set<SyncChange>();
  const lists = new Map<string, Promise<Map<string, Webhook>>>();
  const conflicts: string[] = [];
  for (const change of changes) {
    const why = await staleness(change, targets.get(change.target)!, alreadyGone, lists);
    if (why) conflicts.push(`${change.target}: ${why}`);
  }
  if (conflicts.length > 0) {
    throw new ConflictError(`apply: the plan is stale, nothing was changed; plan again. ${conflicts.join('; ')}`, {
      operation: 'apply', details: { changes: conflicts },
    });
  }
  return { alreadyGone };
}
