import { resolve } from 'node:path';
import type { Command } from '../command';
import { CONFIG_FLAG, hasChanges } from '../config-flag';
import { EXIT } from '../exit-codes';
import { booleanFlag, stringFlag } from '../flag-values';
import { JSON_FLAG } from '../provider-flags';
import { createSecretsFile, type SecretsFile } from '../secrets-file';
import type { NewSecret, ResultShape } from '../sync-library';

// What JSON output and the summary say about a new secret: where it belongs, never its value.
const secretRef = ({ target, url, id }: NewSecret) => ({ target, url, id });

function countBy(changes: readonly unknown[], action: string): number {
  return changes.filter((change) => (change as { action?: unknown }).action === action).length;
}

/** `hookbridge apply`: makes the provider match the config. */
export const applyCommand: Command = {
  name: 'apply',
  group: 'sync',
  summary: 'make the webhooks at each provider match the config',
  usage: 'apply [-c FILE] [--json] [--yes] [--rotate-secrets] [--secrets-out FILE]',
  description: [
    'Plans, shows the plan, asks (on a terminal; without one it needs --yes), then applies it. A',
    'rerun after a failure finishes the job without duplicates. New signing secrets (generated, or',
    'from --rotate-secrets) go only to --secrets-out FILE: a new file, mode 0600, never overwritten,',
    'created before anything changes. They are never printed.',
  ].join('\n'),
  args: { names: '', min: 0, max: 0 },
  flags: {
    ...CONFIG_FLAG,
    ...JSON_FLAG,
    yes: { type: 'boolean', short: 'y', description: 'apply without asking' },
    'rotate-secrets': { type: 'boolean', description: 'give every declared webhook a new signing secret' },
    'secrets-out': { type: 'string', value: 'FILE', description: 'write new secrets to FILE as JSON (mode 0600)' },
  },
  examples: [
    'hookbridge apply',
    'hookbridge apply -c hookbridge.config.json --yes --secrets-out new-secrets.json',
    'hookbridge apply --rotate-secrets --yes --secrets-out rotated.json',
  ],
  async run({ io, out, flags, catalogue, confirm }) {
    const sync = await catalogue.loadSync();
    const json = booleanFlag(flags, 'json');
    const rotateSecrets = booleanFlag(flags, 'rotate-secrets');
    const config = await sync.loadConfig(stringFlag(flags, 'config'), { cwd: io.cwd, env: io.env });
    const planned = await sync.plan(config, { rotateSecrets });
    const shown = sync.formatPlan(planned, { color: json ? false : out.colour });
    if (!hasChanges(planned)) {
      if (json) out.json({ changes: [], secrets: [] });
      else out.data(shown);
      return EXIT.ok;
    }
    // With --json the plan is not data; a person asked to confirm still needs to read it.
    if (json && !booleanFlag(flags, 'yes')) out.note(shown);
    else if (!json) out.data(shown);
    const outPath = stringFlag(flags, 'secrets-out');
    // Before the question: a file that cannot be written is found while nothing has changed.
    const file: SecretsFile | undefined = outPath === undefined ? undefined : await createSecretsFile(resolve(io.cwd, outPath));
    let result: ResultShape;
    try {
      if (!(await confirm('Apply these changes?'))) {
        await file?.closeOrDiscard();
        out.note('Apply cancelled: nothing changed.');
        return EXIT.failure;
      }
      result = await sync.apply(planned, { config, rotateSecrets, ...(file ? { onSecret: (secret: NewSecret) => file.add(secret) } : {}) });
    } catch (error) {
      if (file?.count) out.note(`The ${file.count} new secret(s) made before the failure are in ${file.path}.`);
      await file?.closeOrDiscard();
      throw error;
    }
    await file?.close();
    const summary = `Applied: ${countBy(result.changes, 'create')} created, ${countBy(result.changes, 'update')} updated, ${countBy(result.changes, 'delete')} deleted.`;
    if (json) out.json({ changes: result.changes, secrets: result.secrets.map(secretRef) });
    else out.data(summary);
    if (file) out.note(`Wrote ${file.count} new secret(s) to ${file.path} (mode 0600).`);
    else if (result.secrets.length > 0) {
      out.warn(`${result.secrets.length} new secret(s) were made and not saved (no --secrets-out): rotate them with hookbridge rotate-secret ID (${result.secrets.map((secret) => secret.id).join(', ')}).`);
    }
    return EXIT.ok;
  },
};
