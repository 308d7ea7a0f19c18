import type { Command } from '../command';
import { EXIT } from '../exit-codes';
import { booleanFlag } from '../flag-values';
import { JSON_FLAG } from '../provider-flags';

/** `hookbridge delete ID...`: asks first on a terminal; `--yes` otherwise. */
export const deleteCommand: Command = {
  name: 'delete',
  group: 'webhooks',
  summary: 'delete webhooks (asks first; --yes without a terminal)',
  usage: 'delete ID... [--yes] [flags]',
  description: [
    'Deletes one or more webhooks, in order, stopping at the first failure. On a terminal it asks',
    'first; without one (CI, a pipe) it deletes only with --yes and otherwise exits 2.',
  ].join('\n'),
  args: { names: 'ID...', min: 1, max: Number.POSITIVE_INFINITY },
  usesProvider: true,
  flags: {
    yes: { type: 'boolean', short: 'y', description: 'delete without asking' },
    ...JSON_FLAG,
  },
  examples: ['hookbridge delete wh_123', 'hookbridge delete wh_1 wh_2 --yes'],
  async run({ out, args, flags, client, confirm }) {
    const hooks = await client();
    const which = args.length === 1 ? `webhook ${args[0]}` : `${args.length} webhooks (${args.join(', ')})`;
    if (!(await confirm(`Delete ${which} at ${hooks.id}? This cannot be undone.`))) {
      out.note('Nothing deleted.');
      return EXIT.failure;
    }
    const deleted: string[] = [];
    try {
      for (const id of args) {
        await hooks.delete(id);
        deleted.push(id);
        out.note(`Deleted ${id}.`);
      }
    } finally {
      if (booleanFlag(flags, 'json')) out.json({ deleted });
    }
    return EXIT.ok;
  },
};
