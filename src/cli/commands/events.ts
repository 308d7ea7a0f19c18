import type { Command } from '../command';
import { EXIT } from '../exit-codes';
import { booleanFlag } from '../flag-values';
import { JSON_FLAG } from '../provider-flags';
import { renderTable } from '../table';

/** `hookbridge events`: the event names a webhook can subscribe to. */
export const eventsCommand: Command = {
  name: 'events',
  group: 'webhooks',
  summary: 'list the event names webhooks can subscribe to',
  usage: 'events [flags]',
  description: 'Lists the event names the provider accepts in --events, with their group and description.',
  args: { names: '', min: 0, max: 0 },
  usesProvider: true,
  flags: { ...JSON_FLAG },
  examples: ['hookbridge events', 'hookbridge events --provider {provider} --json | jq -r ".items[].name"'],
  async run({ out, flags, client }) {
    const hooks = await client();
    const types = await hooks.listEventTypes();
    if (booleanFlag(flags, 'json')) out.json({ items: types });
    else if (types.length === 0) out.note('No event types.');
    else {
      out.data(renderTable([
        { heading: 'NAME', cell: (type) => type.name },
        { heading: 'GROUP', cell: (type) => type.group ?? '' },
        { heading: 'DESCRIPTION', cell: (type) => type.description ?? type.displayName ?? '' },
      ], types, out.paint));
    }
    return EXIT.ok;
  },
};
