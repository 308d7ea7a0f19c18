/**
 * Paths into a config as a user reads them: `webhooks[1].target`, `targets.calls.provider`,
 * and the `ConfigurationError` that names one.
 * @module
 */
import { ConfigurationError } from '../errors';

/** One step into a config: an object key or an array index. */
export type PathKey = string | number;

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** The path of the config as a whole. */
export const WHOLE_CONFIG = '(the config)';

/** `['webhooks', 1, 'target']` -> `webhooks[1].target`; odd keys are quoted: `targets["my calls"]`. */
export function formatPath(path: readonly PathKey[], whole = WHOLE_CONFIG): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (IDENTIFIER.test(key)) out += out === '' ? key : `.${key}`;
    else out += `[${JSON.stringify(key)}]`;
  }
  return out === '' ? whole : out;
}

/** Where a config came from, for messages: its file, or `config` for an object passed in code. */
export type ConfigSource = string | undefined;

/**
 * One `ConfigurationError` for every problem found, each as `path: message`. `details` holds the
 * same, keyed by path. Messages never repeat a value (it may be a key or a secret).
 */
export function configError(source: ConfigSource, problems: ReadonlyArray<readonly [path: string, message: string]>): ConfigurationError {
  const details: Record<string, string[]> = {};
  for (const [path, message] of problems) (details[path] ??= []).push(message);
  const lines = problems.map(([path, message]) => (path === WHOLE_CONFIG ? message : `${path}: ${message}`));
  const where = source ?? 'config';
  const text = lines.length === 1 ? `${where}: ${lines[0]}` : `${where}: ${lines.length} problems:\n  ${lines.join('\n  ')}`;
  return new ConfigurationError(text, { operation: 'sync', details });
}
