import type { Command } from '../command';
import { CONFIG_FLAG, hasChanges } from '../config-flag';
import { EXIT } from '../exit-codes';
import { booleanFlag, stringFlag } from '../flag-values';
import { JSON_FLAG } from '../provider-flags';

const DETAILED = '--detailed-exitcode';

/** `hookbridge plan`: what `apply` would change, Terraform style. */
export const planCommand: Command = {
  name: 'plan',
  group: 'sync',
  summary: 'show what apply would change (nothing is changed)',
  usage: 'plan [-c FILE] [--json] [--detailed-exitcode] [--rotate-secrets]',
  description: [
    'Compares the webhooks the config declares with those at each target and prints the changes:',
    '+ create, ~ update (field by field), - delete, and a summary line. Nothing is changed. With',
    `${DETAILED} the exit code says what it found: 0 no changes, 2 changes, 1 an error (any error,`,
    'config errors included, so that 2 always means changes).',
  ].join('\n'),
  args: { names: '', min: 0, max: 0 },
  flags: {
    ...CONFIG_FLAG,
    ...JSON_FLAG,
    'detailed-exitcode': { type: 'boolean', description: 'exit 0 for no changes, 2 for changes, 1 for an error' },
    'rotate-secrets': { type: 'boolean', description: 'plan a new signing secret for every declared webhook' },
  },
  examples: [
    'hookbridge plan',
    'hookbridge plan -c deploy/hookbridge.config.json --detailed-exitcode',
    'hookbridge plan --json | jq .summary',
  ],
  errorExitCode: (argv) => (argv.includes(DETAILED) ? EXIT.failure : undefined),
  async run({ io, out, flags, catalogue }) {
    const sync = await catalogue.loadSync();
    const config = await sync.loadConfig(stringFlag(flags, 'config'), { cwd: io.cwd, env: io.env });
    const planned = await sync.plan(config, { rotateSecrets: booleanFlag(flags, 'rotate-secrets') });
    if (booleanFlag(flags, 'json')) out.json(planned);
    else out.data(sync.formatPlan(planned, { color: out.colour }));
    if (!booleanFlag(flags, 'detailed-exitcode')) return EXIT.ok;
    // Terraform's convention, which CI scripts already know.
    return hasChanges(planned) ? 2 : EXIT.ok;
  },
};
