import type { Command } from '../command';
import { EXIT } from '../exit-codes';
import { booleanFlag, stringFlag } from '../flag-values';
import { JSON_FLAG } from '../provider-flags';
import { renderFields } from '../table';

/** `hookbridge test ID`: asks the provider to send a test delivery. */
export const testCommand: Command = {
  name: 'test',
  group: 'webhooks',
  summary: 'ask the provider to send a test delivery to a webhook',
  usage: 'test ID [--event NAME] [flags]',
  description: [
    'Asks the provider to send a test delivery of --event (default: the webhook\'s first event) and',
    'exits 1 unless the provider reports it delivered. For a provider without a test endpoint it',
    'exits 1 and points at `hookbridge trigger`, which sends a signed sample locally.',
  ].join('\n'),
  args: { names: 'ID', min: 1, max: 1 },
  usesProvider: true,
  flags: {
    event: { type: 'string', value: 'NAME', description: 'the event to send (one the webhook can subscribe to)' },
    ...JSON_FLAG,
  },
  examples: ['hookbridge test wh_123', 'hookbridge test wh_123 --event EVENT --json'],
  async run({ out, args, flags, client }) {
    const hooks = await client();
    const id = args[0]!;
    if (!hooks.capabilities.sendTestEvent) {
      out.error(`${hooks.id} has no test endpoint: send a signed sample to your receiver with hookbridge trigger ${hooks.id} instead`);
      return EXIT.failure;
    }
    const event = stringFlag(flags, 'event') ?? (await hooks.get(id)).events[0];
    if (event === undefined) {
      out.error(`${id} subscribes to no event: pass --event NAME`);
      return EXIT.failure;
    }
    const result = await hooks.sendTestEvent(id, event);
    if (booleanFlag(flags, 'json')) out.json({ id, event, ...result });
    else out.data(renderFields([['id', id], ['event', event], ['delivered', result.delivered ? 'yes' : 'no'], ['message', result.message]], out.paint));
    if (!result.delivered) out.error(`the provider did not deliver the test event to ${id}`);
    return result.delivered ? EXIT.ok : EXIT.failure;
  },
};
