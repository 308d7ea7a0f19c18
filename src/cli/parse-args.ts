import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';
import type { FlagSpecs, FlagValues } from './command';
import { usageError } from './usage-error';

/** A command line split into flag values and positional arguments. */
export interface ParsedCommandLine {
  flags: FlagValues;
  args: string[];
}

/**
 * Parses `argv` (what follows the command's name) with `node:util` `parseArgs` against the
 * command's flags. Parsing is lenient and the tokens are checked here instead, so every mistake
 * is a usage error that names the flag as typed: `unknown flag --sekret`, `--url needs a value`.
 *
 * @example
 * parseCommandLine('get', ['wh_1', '--json'], { json: { type: 'boolean', description: '...' } })
 * // { flags: { json: true }, args: ['wh_1'] }
 */
export function parseCommandLine(command: string, argv: readonly string[], specs: FlagSpecs): ParsedCommandLine {
  const options: ParseArgsOptionsConfig = {};
  for (const [name, spec] of Object.entries(specs)) {
    options[name] = { type: spec.type, ...(spec.short ? { short: spec.short } : {}), ...(spec.multiple ? { multiple: true } : {}) };
  }
  const { values, positionals, tokens } = parseArgs({ args: [...argv], options, strict: false, allowPositionals: true, tokens: true });
  for (const token of tokens) {
    if (token.kind !== 'option') continue;
    const spec = Object.hasOwn(specs, token.name) ? specs[token.name] : undefined;
    if (!spec) throw usageError(command, `unknown flag ${token.rawName}`, token.rawName);
    const label = spec.value ? ` (${spec.value})` : '';
    if (spec.type === 'boolean' && token.value !== undefined) {
      throw usageError(command, `${token.rawName} takes no value`, token.rawName);
    }
    if (spec.type === 'string' && token.value === undefined) {
      throw usageError(command, `${token.rawName} needs a value${label}`, token.rawName);
    }
    // parseArgs hands `--url --json` the next flag as the value; that is a missing value, not a URL.
    if (spec.type === 'string' && !token.inlineValue && token.value?.startsWith('-') && token.value !== '-') {
      throw usageError(command, `${token.rawName} needs a value${label}; write ${token.rawName}=VALUE for a value that starts with "-"`, token.rawName);
    }
  }
  return { flags: values as FlagValues, args: positionals };
}
