/**
 * Applying one change of a verified plan: a create (see apply-create.ts), an update and its
 * secret rotation, or a delete.
 * @module
 */
import { NotFoundError } from '../errors';
import { generateSecret } from '../secret';
import { applyCreate, type SecretReporter } from './apply-create';
import type { CheckedEntry } from './config-schema';
import { patchFromDiff } from './patch-from-diff';
import type { SyncChange } from './plan-types';
import { atTarget } from './target-error';
import type { SyncTarget } from './targets';

/** Everything one change needs. */
export interface ChangeContext {
  target: SyncTarget;
  /** The config entry of a create or update. */
  entry: CheckedEntry | undefined;
  /** The verification found the webhook of this delete already gone. */
  alreadyGone: boolean;
  report: SecretReporter;
}

async function rotate(change: SyncChange, { target, entry, report }: ChangeContext): Promise<void> {
  const { client } = target;
  // Where the caller chooses secrets, the config's secret is the one to switch to (the second step
  // of a rotation); otherwise one is generated here, or the provider makes it.
  const chosen = entry?.secret ?? (client.capabilities.callerSecret ? generateSecret() : undefined);
  const { secret } = await client.rotateSecret(change.id!, chosen ? { secret: chosen } : {});
  if (entry?.secret === undefined) await report({ target: target.name, url: change.url, id: change.id!, secret });
}

async function run(change: SyncChange, context: ChangeContext): Promise<SyncChange> {
  const { client } = context.target;
  switch (change.action) {
    case 'create':
      return applyCreate(change, context.target, context.entry!, context.report);
    case 'update': {
      const patch = patchFromDiff(change.diff ?? {}, change.before?.events ?? []);
      if (patch) await client.update(change.id!, patch);
      if (change.diff?.secret === 'rotate') await rotate(change, context);
      return change;
    }
    case 'delete':
      if (context.alreadyGone) return change;
      // Gone between the check and now: what the plan wanted.
      await client.delete(change.id!).catch((error: unknown) => { if (!NotFoundError.isInstance(error)) throw error; });
      return change;
    default:
      return change;
  }
}

/** Applies `change` and returns it as applied (a create with its new `id`). Errors name the target. */
export async function applyChange(change: SyncChange, context: ChangeContext): Promise<SyncChange> {
  try {
    return await run(change, context);
  } catch (error) {
    throw atTarget(error, context.target.name);
  }
}
