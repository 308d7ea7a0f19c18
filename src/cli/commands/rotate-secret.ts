import type { Command } from '../command';
import { EXIT } from '../exit-codes';
import { booleanFlag, stringFlag } from '../flag-values';
import { JSON_FLAG } from '../provider-flags';
import { renderFields } from '../table';

/** `hookbridge rotate-secret ID`: a new signing secret, printed once on stdout. */
export const rotateSecretCommand: Command = {
  name: 'rotate-secret',
  group: 'webhooks',
  summary: 'replace a webhook\'s signing secret (prints the new one, once)',
  usage: 'rotate-secret ID [--secret S] [flags]',
  description: [
    'Replaces the signing secret and prints the new one on stdout, this once. Deliveries signed',
    'with the old secret stop verifying at once: have your receiver accept both secrets first',
    '(verifyWebhook takes a list). --secret chooses the new one, for providers that allow it.',
  ].join('\n'),
  args: { names: 'ID', min: 1, max: 1 },
  usesProvider: true,
  flags: {
    secret: { type: 'string', value: 'S', description: 'the new secret (default: generated)' },
    ...JSON_FLAG,
  },
  examples: [
    'hookbridge rotate-secret wh_123',
    'hookbridge rotate-secret wh_123 --json | jq -r .secret > new-secret.txt',
  ],
  async run({ out, args, flags, client }) {
    const id = args[0]!;
    const chosen = stringFlag(flags, 'secret');
    const hooks = await client();
    const { secret } = await hooks.rotateSecret(id, chosen === undefined ? {} : { secret: chosen });
    if (booleanFlag(flags, 'json')) out.json({ id, secret });
    else out.data(renderFields([['id', id], ['secret', secret]], out.paint));
    out.note(`Rotated ${id}'s secret: the new one is in the output above, this once. The old one no longer verifies.`);
    return EXIT.ok;
  },
};
