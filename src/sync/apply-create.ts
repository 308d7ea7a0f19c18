/**
 * One create, made safe against lost responses: without a state file, a webhook whose create
 * failed is found again by its URL, and its secret is recovered (it was chosen here, or it is
 * rotated to a fresh one) before apply moves on.
 * @module
 */
import { ConfigurationError, UnsupportedOperationError, ValidationError } from '../errors';
import type { Webhook, WebhookInput } from '../model';
import { generateSecret } from '../secret';
import type { CheckedEntry } from './config-schema';
import { diffState } from './diff';
import { patchFromDiff, desiredFromCreation } from './patch-from-diff';
import { listAll } from './plan';
import type { SyncChange, SyncSecret } from './plan-types';
import { atTarget } from './target-error';
import type { SyncTarget } from './targets';
import { urlKey } from './url-key';
import { oldestFirst, stateOf } from './webhook-state';

/** Where a new secret goes as soon as it is known. */
export type SecretReporter = (secret: SyncSecret) => Promise<void>;

// Refusals made before anything was sent: the webhook cannot exist.
const refusedBeforeSending = (error: unknown) =>
  ConfigurationError.isInstance(error) || UnsupportedOperationError.isInstance(error) ||
  (ValidationError.isInstance(error) && error.status === undefined);

/** The webhook a failed create may have made anyway (a lost response, a failed second step), if any. */
async function findAfterFailure(target: SyncTarget, url: string, error: unknown): Promise<Webhook | undefined> {
  if (refusedBeforeSending(error)) return undefined;
  try {
    return oldestFirst((await listAll(target)).filter((webhook) => urlKey(webhook.url) === urlKey(url)))[0];
  } catch {
    return undefined;
  }
}

/**
 * Creates the webhook of a `create` change and returns the change with its new `id`. Where the
 * provider makes the secret itself, it exists only in the create response: so such a webhook is
 * created active, its secret reported, and only then switched off if the entry wants it inactive
 * (a second request that may fail without losing the secret).
 */
export async function applyCreate(change: SyncChange, target: SyncTarget, entry: CheckedEntry, report: SecretReporter): Promise<SyncChange> {
  const { client } = target;
  const desired = desiredFromCreation(change.diff ?? {});
  const chosen = entry.secret ?? (client.capabilities.callerSecret ? generateSecret() : undefined);
  const input: WebhookInput = {
    url: change.url, events: desired.events,
    ...(client.capabilities.callerSecret ? { active: desired.active } : {}),
    ...(desired.name === undefined ? {} : { name: desired.name }),
    ...(desired.delivery ? { delivery: desired.delivery } : {}),
    ...(desired.eventFilters ? { eventFilters: desired.eventFilters } : {}),
    ...(chosen ? { secret: chosen } : {}),
  };
  let webhook: Webhook;
  let secret: string | undefined = chosen;
  try {
    webhook = await client.create(input);
    secret ??= webhook.secret;
  } catch (error) {
    const found = await findAfterFailure(target, change.url, error);
    if (!found) throw atTarget(error, target.name);
    webhook = found;
    // Its secret was only in the lost response: a fresh one is the only way to have it.
    secret ??= (await client.rotateSecret(found.id).catch((rotateError: unknown) => {
      throw atTarget(rotateError, target.name);
    })).secret;
  }
  if (entry.secret === undefined && secret) await report({ target: target.name, url: change.url, id: webhook.id, secret });
  const rest = patchFromDiff(diffState(desired, stateOf(webhook, client.capabilities)), webhook.events);
  if (rest) await client.update(webhook.id, rest).catch((error: unknown) => { throw atTarget(error, target.name); });
  return { ...change, id: webhook.id };
}
