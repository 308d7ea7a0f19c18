import * as v from 'valibot';
import type { Env } from '../provider-descriptor';
import { configError, formatPath, type ConfigSource, type PathKey } from './config-path';
import { syncConfigSchema, type CheckedConfigShape } from './config-schema';
import { resolveEnvRefs, type EnvProblem } from './env-refs';
import { sourceOf, withSource } from './carried';
import { urlKey } from './url-key';

/** Where the environment and the config came from, for `checkConfig`. */
export interface CheckConfigOptions {
  /** The variables `{ env }` references read (default `process.env`). */
  env?: Env;
  /** The file, for messages (`hookbridge.config.json: webhooks[1].target: ...`). */
  source?: ConfigSource;
}

function issuePath(issue: v.BaseIssue<unknown>): string {
  return formatPath((issue.path ?? []).map((item) => item.key as PathKey));
}

/**
 * Resolves `{ env }` references and checks a config's shape and cross references (every entry's
 * target exists; no two entries share a target and URL). Every problem is reported at once, in
 * one `ConfigurationError` naming each path. Checking a checked config again changes nothing.
 */
export function checkConfig(providers: readonly string[], input: unknown, options: CheckConfigOptions = {}): CheckedConfigShape {
  const source = options.source ?? sourceOf(input);
  const problems: EnvProblem[] = [];
  const resolved = resolveEnvRefs(input, options.env ?? globalThis.process?.env ?? {}, problems);
  if (problems.length > 0) throw configError(source, problems);
  const parsed = v.safeParse(syncConfigSchema(providers), resolved);
  if (!parsed.success) throw configError(source, parsed.issues.map((issue) => [issuePath(issue), issue.message] as const));
  const config = parsed.output;

  const seen = new Map<string, number>();
  config.webhooks.forEach((entry, index) => {
    if (!Object.hasOwn(config.targets, entry.target)) {
      problems.push([`webhooks[${index}].target`, `${JSON.stringify(entry.target)} is not a target; declare it under targets (${Object.keys(config.targets).join(', ')})`]);
      return;
    }
    const key = `${entry.target}\n${urlKey(entry.url)}`;
    const first = seen.get(key);
    if (first === undefined) seen.set(key, index);
    else problems.push([`webhooks[${index}].url`, `webhooks[${first}] already declares this URL at target ${entry.target} (URLs are compared after normalization); merge the two entries`]);
  });
  if (problems.length > 0) throw configError(source, problems);
  return withSource(config, source);
}
