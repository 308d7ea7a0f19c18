import type { Command } from '../command';
import { EXIT } from '../exit-codes';
import { booleanFlag } from '../flag-values';
import { JSON_FLAG } from '../provider-flags';
import { webhookFields, webhookJson } from '../webhook-view';

/** `hookbridge get ID`: one webhook. */
export const getCommand: Command = {
  name: 'get',
  group: 'webhooks',
  summary: 'show one webhook',
  usage: 'get ID [flags]',
  description: 'Shows one webhook. Its signing secret is never shown: providers return it only on create and rotate.',
  args: { names: 'ID', min: 1, max: 1 },
  usesProvider: true,
  flags: { ...JSON_FLAG },
  examples: ['hookbridge get wh_123', 'hookbridge get wh_123 --json | jq .events'],
  async run({ out, args, flags, client }) {
    const hooks = await client();
    const webhook = await hooks.get(args[0]!);
    if (booleanFlag(flags, 'json')) out.json(webhookJson(webhook));
    else out.data(webhookFields(webhook, out.paint));
    return EXIT.ok;
  },
};
