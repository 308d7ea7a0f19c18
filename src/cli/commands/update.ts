import type { Command } from '../command';
import { EXIT } from '../exit-codes';
import { booleanFlag } from '../flag-values';
import { JSON_FLAG } from '../provider-flags';
import { patchFromFlags, WEBHOOK_INPUT_FLAGS } from '../webhook-flags';
import { webhookFields, webhookJson } from '../webhook-view';

/** `hookbridge update ID`: changes only the fields given. */
export const updateCommand: Command = {
  name: 'update',
  group: 'webhooks',
  summary: 'change a webhook (only the fields given)',
  usage: 'update ID [--url URL] [--events A,B] [--name N] [--secret S] [--active | --inactive] [flags]',
  description: 'Changes the fields given and keeps the others; --events replaces the whole list.',
  args: { names: 'ID', min: 1, max: 1 },
  usesProvider: true,
  flags: {
    ...WEBHOOK_INPUT_FLAGS,
    active: { type: 'boolean', description: 'switch it on' },
    ...JSON_FLAG,
  },
  examples: [
    'hookbridge update wh_123 --events EVENT_1 --events EVENT_2',
    'hookbridge update wh_123 --inactive',
  ],
  async run({ out, args, flags, client }) {
    const patch = patchFromFlags(flags);
    const hooks = await client();
    const updated = await hooks.update(args[0]!, patch);
    if (booleanFlag(flags, 'json')) out.json(webhookJson(updated));
    else out.data(webhookFields(updated, out.paint));
    return EXIT.ok;
  },
};
