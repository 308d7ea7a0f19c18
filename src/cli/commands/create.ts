import type { Command } from '../command';
import { EXIT } from '../exit-codes';
import { booleanFlag } from '../flag-values';
import { JSON_FLAG } from '../provider-flags';
import { inputFromFlags, WEBHOOK_INPUT_FLAGS } from '../webhook-flags';
import { webhookFields, webhookJson } from '../webhook-view';

/** `hookbridge create`: a new webhook, printed once with its signing secret. */
export const createCommand: Command = {
  name: 'create',
  group: 'webhooks',
  summary: 'create a webhook (prints its signing secret, once)',
  usage: 'create --url URL --events A,B [--name N] [--secret S] [--inactive] [flags]',
  description: [
    'Creates a webhook. The output (stdout) includes its signing secret, as the provider returns it',
    'this one time: store it now. A provider that lets you choose the secret takes --secret;',
    'otherwise one is generated. The secret never goes to stderr.',
  ].join('\n'),
  args: { names: '', min: 0, max: 0 },
  usesProvider: true,
  flags: { ...WEBHOOK_INPUT_FLAGS, ...JSON_FLAG },
  examples: [
    'hookbridge create --url https://app.example.com/hooks --events EVENT_1,EVENT_2',
    'hookbridge create --provider {provider} --url https://app.example.com/hooks --events EVENT_1 --inactive',
    'hookbridge create --url https://app.example.com/hooks --events EVENT_1 --json | jq -r .secret',
    'hookbridge events   # the event names --events takes',
  ],
  async run({ out, flags, client }) {
    const input = inputFromFlags(flags);
    const hooks = await client();
    const created = await hooks.create(input);
    if (booleanFlag(flags, 'json')) out.json({ ...webhookJson(created), secret: created.secret });
    else out.data(webhookFields(created, out.paint, created.secret));
    out.note(`Created ${created.id}. Its signing secret is in the output above, this once: store it now (rotate-secret replaces it).`);
    return EXIT.ok;
  },
};
