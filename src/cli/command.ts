import type { WebhookProvider } from '../provider';
import type { CliCatalogue, ClientFacts } from './catalogue';
import type { CliIO } from './io';
import type { Output } from './output';

/** One flag a command takes. */
export interface FlagSpec {
  type: 'string' | 'boolean';
  /** A one-letter alias (`-c`, `-H`). */
  short?: string;
  /** The flag may repeat; its values arrive as a list. */
  multiple?: boolean;
  /** What the value is, in the help (`URL`, `FILE`). */
  value?: string;
  /** One line for the help. */
  description: string;
}

/** The flags a command declares: long name -> spec. */
export type FlagSpecs = Readonly<Record<string, FlagSpec>>;

/** Parsed flag values: a string, a list of strings (`multiple`), or true for a boolean flag. */
export type FlagValues = Readonly<Record<string, string | readonly string[] | boolean | undefined>>;

/** What a command's `run` is given. */
export interface CommandContext {
  io: CliIO;
  catalogue: CliCatalogue;
  /** Writers for stdout (data) and stderr (everything else). */
  out: Output;
  /** Positional arguments, in order, already counted against the command's `args`. */
  args: readonly string[];
  flags: FlagValues;
  /** The provider named by `--provider`, `--base-url` and the environment (commands with `usesProvider`). */
  client(): Promise<WebhookProvider<any>>;
  /** The catalogue's client side, loaded once. */
  clients(): Promise<ClientFacts>;
  /** Asks on a terminal, or requires `--yes` without one; resolves false when the person said no. */
  confirm(question: string): Promise<boolean>;
}

/** The sections of `hookbridge --help`. */
export type CommandGroup = 'webhooks' | 'sync' | 'local';

/** A `hookbridge` subcommand: its help, its flags, and what it does. */
export interface Command {
  name: string;
  /** Where `hookbridge --help` lists it. */
  group: CommandGroup;
  /** One line, for `hookbridge --help`. */
  summary: string;
  /** The synopsis after `hookbridge`: `get ID [flags]`. */
  usage: string;
  /** A paragraph or two for the command's `--help`. */
  description: string;
  /** Positional arguments: their names in the help, and how many are required and allowed. */
  args: { names: string; min: number; max: number };
  flags: FlagSpecs;
  /** Whether `--provider`, `--base-url` and the provider environment apply (they are added to `flags`). */
  usesProvider?: boolean;
  /** Command lines for the help; `{provider}` stands for a provider of the catalogue (src/ names none). */
  examples: readonly string[];
  /**
   * The exit code every error of this command gets instead of `exitCodeOf`'s, given the raw
   * command line (`plan --detailed-exitcode`, where 2 must mean "changes" and any error is 1).
   */
  errorExitCode?: (argv: readonly string[]) => number | undefined;
  /** Does the work; resolves with the exit code. Throws for failures (mapped by `exitCodeOf`). */
  run(ctx: CommandContext): Promise<number>;
}
