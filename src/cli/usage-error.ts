import { ValidationError } from '../errors';

/**
 * A command line the CLI cannot run (unknown flag, missing argument, a value of the wrong form):
 * a `ValidationError` that exits 2 and points at the command's `--help`. The message names the
 * flag, never the value given, so a mistyped `--secret` cannot echo a secret.
 *
 * @example
 * throw usageError('list', '--page-size must be a positive whole number', '--page-size');
 */
export function usageError(command: string | undefined, message: string, flag?: string): ValidationError {
  const help = command ? `hookbridge ${command} --help` : 'hookbridge --help';
  return new ValidationError(`${message} (see ${help})`, {
    operation: command ? `cli ${command}` : 'cli',
    ...(flag ? { details: { [flag]: [message] } } : {}),
  });
}
