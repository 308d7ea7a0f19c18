import type { FlagValues } from './command';
import { usageError } from './usage-error';

/** The value of a string flag, or undefined when it was not given. */
export function stringFlag(flags: FlagValues, name: string): string | undefined {
  const value = flags[name];
  if (Array.isArray(value)) return value.at(-1);
  return typeof value === 'string' ? value : undefined;
}

/** Every value of a repeatable string flag, in order (empty when not given). */
export function stringsFlag(flags: FlagValues, name: string): string[] {
  const value = flags[name];
  if (Array.isArray(value)) return [...value];
  return typeof value === 'string' ? [value] : [];
}

/** Whether a boolean flag was given. */
export function booleanFlag(flags: FlagValues, name: string): boolean {
  return flags[name] === true;
}

/**
 * A list flag that may repeat and may hold commas: `--events a,b --events c` is `['a', 'b', 'c']`.
 * Blanks are dropped; undefined when the flag was not given at all.
 */
export function listFlag(flags: FlagValues, name: string): string[] | undefined {
  if (flags[name] === undefined) return undefined;
  return stringsFlag(flags, name).flatMap((value) => value.split(',')).map((item) => item.trim()).filter(Boolean);
}

/** A positive whole-number flag (`--port`, `--page-size`); `min` is its smallest allowed value. */
export function integerFlag(command: string, flags: FlagValues, name: string, range: { min: number; max?: number }): number | undefined {
  const text = stringFlag(flags, name);
  if (text === undefined) return undefined;
  const value = /^\d+$/.test(text) ? Number(text) : Number.NaN;
  if (!Number.isSafeInteger(value) || value < range.min || (range.max !== undefined && value > range.max)) {
    const bounds = range.max === undefined ? `at least ${range.min}` : `from ${range.min} to ${range.max}`;
    throw usageError(command, `--${name} must be a whole number ${bounds}`, `--${name}`);
  }
  return value;
}

/** A string flag the command cannot run without. */
export function requiredFlag(command: string, flags: FlagValues, name: string, what: string): string {
  const value = stringFlag(flags, name);
  if (value === undefined || value === '') throw usageError(command, `--${name} ${what} is required`, `--${name}`);
  return value;
}
