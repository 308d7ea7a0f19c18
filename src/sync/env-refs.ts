/**
 * `{ "env": "NAME" }` anywhere in a config, replaced by the variable's value when the config is
 * loaded, so a config file can live in the repository without a single credential in it.
 * @module
 */
import type { Env } from '../provider-descriptor';
import { formatPath, type PathKey } from './config-path';

/** A problem found while resolving: where, and what. */
export type EnvProblem = readonly [path: string, message: string];

// Only what JSON or an object literal makes is walked; anything else (a function, a class
// instance such as a logger) is an option value to pass through untouched.
function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

const VARIABLE_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * A copy of `value` with every `{ env: NAME }` replaced by `env[NAME]`. Each unset variable, each
 * malformed reference, is pushed to `problems` with its path (`targets.calls.apiKey`), naming the
 * variable but never a value.
 */
export function resolveEnvRefs(value: unknown, env: Env, problems: EnvProblem[], path: PathKey[] = []): unknown {
  if (Array.isArray(value)) return value.map((item, index) => resolveEnvRefs(item, env, problems, [...path, index]));
  if (!isPlainObject(value)) return value;
  if (Object.hasOwn(value, 'env')) {
    const name = value.env;
    const keys = Object.keys(value);
    if (keys.length !== 1 || typeof name !== 'string' || !VARIABLE_NAME.test(name)) {
      problems.push([formatPath(path), 'an environment reference is exactly { "env": "VARIABLE_NAME" }']);
      return undefined;
    }
    const resolved = env[name];
    if (resolved === undefined) {
      problems.push([formatPath(path), `environment variable ${name} is not set`]);
      return undefined;
    }
    return resolved;
  }
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) out[key] = resolveEnvRefs(item, env, problems, [...path, key]);
  return out;
}
