import { AuthenticationError } from '../errors';
import type { CliCatalogue, ClientFacts } from './catalogue';
import type { Command, CommandContext, FlagSpecs } from './command';
import { COMMANDS } from './commands';
import { confirmChange } from './confirm';
import { EXIT, exitCodeOf } from './exit-codes';
import { booleanFlag } from './flag-values';
import { commandHelp, overviewHelp } from './help';
import type { CliIO } from './io';
import { createOutput, type Output } from './output';
import { parseCommandLine } from './parse-args';
import { providerFromFlags } from './provider-client';
import { HELP_FLAG, PROVIDER_FLAGS } from './provider-flags';
import { reportError } from './report-error';
import { usageError } from './usage-error';

/** A command's flags with the shared ones: the provider's (for webhook commands) and `--help`. */
function flagsOf(command: Command): FlagSpecs {
  return { ...command.flags, ...(command.usesProvider ? PROVIDER_FLAGS : {}), ...HELP_FLAG };
}

function checkArgumentCount(command: Command, args: readonly string[]): void {
  const { names, min, max } = command.args;
  // Counts only: a stray argument may be a value meant for a flag, a secret perhaps.
  if (args.length < min) throw usageError(command.name, `${command.name} needs ${names}`);
  if (args.length > max) {
    throw usageError(command.name, max === 0 ? `${command.name} takes no arguments (got ${args.length})` : `${command.name} takes ${names} (got ${args.length} arguments)`);
  }
}

// Loads the catalogue's client side once per run, whoever asks first.
function once<T>(load: () => Promise<T>): () => Promise<T> {
  let loaded: Promise<T> | undefined;
  return () => (loaded ??= load());
}

/** Reports an error on stderr; a refused key's hint names its variable, for which the clients are loaded. */
async function report(out: Output, error: unknown, clients: () => Promise<ClientFacts>): Promise<void> {
  const variables = AuthenticationError.isInstance(error) ? (await clients()).apiKeyVariables : undefined;
  reportError(out, error, variables);
}

async function runCommand(command: Command, argv: readonly string[], io: CliIO, out: Output, catalogue: CliCatalogue): Promise<number> {
  const clients = once(() => catalogue.loadClients());
  const flags = flagsOf(command);
  try {
    const parsed = parseCommandLine(command.name, argv, flags);
    if (booleanFlag(parsed.flags, 'help')) {
      out.data(commandHelp(command, flags, catalogue.providers[0] ?? 'PROVIDER'));
      return EXIT.ok;
    }
    checkArgumentCount(command, parsed.args);
    const context: CommandContext = {
      io, catalogue, out, args: parsed.args, flags: parsed.flags,
      clients,
      client: async () => providerFromFlags(io, await clients(), parsed.flags),
      confirm: (question) => confirmChange(io, command.name, question, booleanFlag(parsed.flags, 'yes')),
    };
    return await command.run(context);
  } catch (error) {
    await report(out, error, clients);
    return command.errorExitCode?.(argv) ?? exitCodeOf(error);
  }
}

/**
 * Runs `hookbridge` with `argv` (the arguments after the program's name) and resolves with the
 * exit code. Nothing here touches `process`: the bin hands in its streams and catalogue, and
 * tests can hand in fakes.
 *
 * @example
 * process.exitCode = await runCli(process.argv.slice(2), processIO(), catalogue);
 */
export async function runCli(argv: readonly string[], io: CliIO, catalogue: CliCatalogue): Promise<number> {
  const out = createOutput(io.stdout, io.stderr, io.env);
  const [name, ...rest] = argv;
  if (name === '--help' || name === '-h' || (name === 'help' && rest.length === 0)) {
    out.data(overviewHelp(COMMANDS, catalogue, await catalogue.loadClients()));
    return EXIT.ok;
  }
  if (name === '--version' || name === '-v') {
    out.data(catalogue.version);
    return EXIT.ok;
  }
  if (name === undefined) {
    // Nothing was asked: the overview goes where errors go, and the exit says it was a usage slip.
    out.note(overviewHelp(COMMANDS, catalogue, await catalogue.loadClients()));
    return EXIT.usage;
  }
  const wanted = name === 'help' ? rest[0] : name;
  const command = COMMANDS.find((candidate) => candidate.name === wanted);
  if (!command) {
    const error = wanted?.startsWith('-') ? usageError(undefined, `unknown flag ${wanted}: flags come after the command`) : usageError(undefined, `unknown command "${wanted}"`);
    reportError(out, error);
    return EXIT.usage;
  }
  if (name === 'help') return runCommand(command, ['--help'], io, out, catalogue);
  return runCommand(command, rest, io, out, catalogue);
}
