import type { Webhook } from '../../model';
import type { Command } from '../command';
import { EXIT } from '../exit-codes';
import { booleanFlag, integerFlag, stringFlag } from '../flag-values';
import { startProgress } from '../progress';
import { JSON_FLAG } from '../provider-flags';
import { usageError } from '../usage-error';
import { webhookJson, webhookTable } from '../webhook-view';

// A progress line appears once listing has taken this long or fetched this many pages.
const PROGRESS_AFTER_MS = 1000;
const PROGRESS_AFTER_PAGES = 5;

/** `hookbridge list`: every webhook, all pages. */
export const listCommand: Command = {
  name: 'list',
  group: 'webhooks',
  summary: 'list every webhook (all pages)',
  usage: 'list [flags]',
  description: [
    'Lists every webhook at the provider, walking all pages. A listing that takes more than a second',
    'shows its progress on stderr (on a terminal only); stdout gets the table, or { "items": [...] }.',
  ].join('\n'),
  args: { names: '', min: 0, max: 0 },
  usesProvider: true,
  flags: {
    ...JSON_FLAG,
    active: { type: 'boolean', description: 'only active webhooks' },
    inactive: { type: 'boolean', description: 'only inactive webhooks' },
    search: { type: 'string', value: 'TEXT', description: 'only webhooks matching TEXT (providers that search)' },
    limit: { type: 'string', value: 'N', description: 'stop after N webhooks' },
  },
  examples: [
    'hookbridge list',
    'hookbridge list --provider {provider} --active --json | jq -r ".items[].url"',
    'HOOKBRIDGE_BASE_URL=http://127.0.0.1:4010/v1 hookbridge list --limit 10',
  ],
  async run({ io, out, flags, client }) {
    if (booleanFlag(flags, 'active') && booleanFlag(flags, 'inactive')) {
      throw usageError('list', '--active and --inactive contradict each other', '--active');
    }
    const limit = integerFlag('list', flags, 'limit', { min: 1 });
    const search = stringFlag(flags, 'search');
    const hooks = await client();
    // The largest page the provider allows: fewest requests for a full listing.
    const pageSize = hooks.capabilities.maxPageSize;
    const progress = startProgress(io, (count) => `listing webhooks at ${hooks.id}: ${count} so far`, {
      afterMs: PROGRESS_AFTER_MS, afterCount: PROGRESS_AFTER_PAGES * pageSize,
    });
    const items: Webhook[] = [];
    try {
      for await (const webhook of hooks.iterate({
        pageSize,
        ...(booleanFlag(flags, 'active') ? { active: true } : {}),
        ...(booleanFlag(flags, 'inactive') ? { active: false } : {}),
        ...(search === undefined ? {} : { search }),
        ...(limit === undefined ? {} : { maxItems: limit }),
      })) {
        items.push(webhook);
        progress.update(items.length);
      }
    } finally {
      progress.done();
    }
    if (booleanFlag(flags, 'json')) out.json({ items: items.map(webhookJson) });
    else if (items.length === 0) out.note('No webhooks.');
    else out.data(webhookTable(items, out.paint));
    return EXIT.ok;
  },
};
