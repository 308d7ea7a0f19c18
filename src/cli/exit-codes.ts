import { AuthenticationError, ConfigurationError, ValidationError } from '../errors';

/**
 * The CLI's exit codes, as the GitHub CLI uses them: 0 done, 1 it failed (provider, network,
 * verification, apply), 2 the command line or the config is wrong, 4 the key was refused.
 */
export const EXIT = {
  ok: 0,
  failure: 1,
  usage: 2,
  authentication: 4,
} as const;

/** One of `EXIT`'s values. */
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/**
 * The exit code an error ends a command with. A `ValidationError` raised before anything was
 * sent (a bad flag, or input the provider's adapter refused locally) is a usage error (2); one
 * carrying a status is the provider refusing a request (1).
 */
export function exitCodeOf(error: unknown): ExitCode {
  if (AuthenticationError.isInstance(error)) return EXIT.authentication;
  if (ConfigurationError.isInstance(error)) return EXIT.usage;
  if (ValidationError.isInstance(error) && error.status === undefined) return EXIT.usage;
  return EXIT.failure;
}
