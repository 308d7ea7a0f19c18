/**
 * One target's part of a plan: each entry matched to the webhooks at its URL, duplicates
 * resolved, and what `prune` may delete.
 * @module
 */
import type { Webhook } from '../model';
import type { CheckedEntry } from './config-schema';
import { creationDiff, desiredOf, diffState } from './diff';
import type { SyncChange } from './plan-types';
import type { SyncTarget } from './targets';
import { isOwned, urlKey } from './url-key';
import { oldestFirst, stateOf } from './webhook-state';

/** What one target adds to a plan. */
export interface TargetPlan {
  changes: SyncChange[];
  notes: string[];
}

/** How the whole plan is made. */
export interface TargetPlanOptions {
  prune: boolean;
  rotateSecrets: boolean;
}

// URL -> its webhooks, oldest first (list order among equals), so "the one kept" is stable across runs.
function groupByUrl(webhooks: readonly Webhook[]): Map<string, Webhook[]> {
  const groups = new Map<string, Webhook[]>();
  for (const webhook of webhooks) {
    const key = urlKey(webhook.url);
    groups.set(key, [...(groups.get(key) ?? []), webhook]);
  }
  for (const [key, group] of groups) groups.set(key, oldestFirst(group));
  return groups;
}

const listed = (urls: readonly string[]) => (urls.length <= 5 ? urls.join(', ') : `${urls.slice(0, 5).join(', ')} and ${urls.length - 5} more`);

/**
 * Plans one target: entries in config order, then what `prune` deletes. Of several webhooks on
 * one declared URL, the oldest is kept (its secret is the one receivers most likely hold) and the
 * others are deleted, before it is updated, when `prune` is on and the URL is owned; otherwise
 * they stay and a note says so.
 */
export function planTarget(target: SyncTarget, entries: readonly CheckedEntry[], actual: readonly Webhook[], options: TargetPlanOptions): TargetPlan {
  const { capabilities } = target.client;
  const groups = groupByUrl(actual);
  const changes: SyncChange[] = [];
  const deletes: SyncChange[] = [];
  const notes: string[] = [];
  const mayDelete = (url: string) => options.prune && isOwned(url, target.owns);
  const deletion = (webhook: Webhook, reason: 'prune' | 'duplicate'): SyncChange => ({
    action: 'delete', target: target.name, url: webhook.url, id: webhook.id, before: stateOf(webhook, capabilities), reason,
  });

  for (const entry of entries) {
    const [kept, ...extra] = groups.get(urlKey(entry.url)) ?? [];
    groups.delete(urlKey(entry.url));
    const desired = desiredOf(entry);
    if (!kept) {
      changes.push({ action: 'create', target: target.name, url: entry.url, diff: creationDiff(desired) });
      continue;
    }
    if (extra.length > 0) {
      const ids = [kept, ...extra].map((webhook) => webhook.id).join(', ');
      const found = `${target.name}: ${extra.length + 1} webhooks at ${entry.url} (${ids}); keeping ${kept.id}, the oldest`;
      // Duplicates go first: the kept webhook goes on delivering meanwhile, and an update of it can
      // no longer clash with them (a provider may refuse two webhooks on one URL and event).
      if (mayDelete(entry.url)) {
        changes.push(...extra.map((webhook) => deletion(webhook, 'duplicate')));
        notes.push(`${found}, and deleting the others`);
      } else {
        const owned = isOwned(entry.url, target.owns);
        const how = [options.prune ? '' : 'set prune', owned ? '' : `list the URL under targets.${target.name}.owns`].filter(Boolean).join(' and ');
        notes.push(`${found}; the others stay: to delete them, ${how}`);
      }
    }
    const before = stateOf(kept, capabilities);
    const diff = diffState(desired, before);
    if (options.rotateSecrets) diff.secret = 'rotate';
    changes.push(Object.keys(diff).length > 0
      ? { action: 'update', target: target.name, url: entry.url, id: kept.id, diff, before }
      : { action: 'noop', target: target.name, url: entry.url, id: kept.id });
  }

  const undeclared = [...groups.values()].flat().filter((webhook) => isOwned(webhook.url, target.owns));
  if (options.prune) deletes.push(...undeclared.map((webhook) => deletion(webhook, 'prune')));
  else if (undeclared.length > 0) {
    notes.push(`${target.name}: ${undeclared.length} webhook${undeclared.length === 1 ? '' : 's'} under the owns prefixes ` +
      `${undeclared.length === 1 ? 'is' : 'are'} declared by no entry (${listed(undeclared.map((w) => w.url))}); set prune: true to delete ${undeclared.length === 1 ? 'it' : 'them'}`);
  }
  if (options.prune && target.owns.length === 0) {
    notes.push(`${target.name}: prune deletes nothing here, since the target has no owns prefixes`);
  }
  return { changes: [...changes, ...deletes], notes };
}
