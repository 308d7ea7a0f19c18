import type { CliCatalogue, ClientFacts } from './catalogue';
import type { Command, CommandGroup, FlagSpec, FlagSpecs } from './command';

const GROUPS: Readonly<Record<CommandGroup, string>> = {
  webhooks: 'Webhooks at a provider',
  sync: 'Subscriptions as code (a config file in your repository)',
  local: 'Local development (no account needed)',
};

function flagLabel(name: string, spec: FlagSpec): string {
  const long = `--${name}${spec.type === 'string' ? ` ${spec.value ?? 'VALUE'}` : ''}`;
  return spec.short ? `-${spec.short}, ${long}` : `    ${long}`;
}

function flagLines(flags: FlagSpecs): string[] {
  const entries = Object.entries(flags).map(([name, spec]) => [flagLabel(name, spec), spec.description + (spec.multiple ? ' (may repeat)' : '')] as const);
  const width = Math.max(...entries.map(([label]) => label.length));
  return entries.map(([label, description]) => `  ${label.padEnd(width)}  ${description}`);
}

/** The examples with `{provider}` filled in, so that they name a real provider without src/ naming one. */
function examplesFor(command: Command, provider: string): string[] {
  return command.examples.map((example) => `  ${example.replaceAll('{provider}', provider)}`);
}

/** A command's `--help`: synopsis, description, flags (its own and the shared ones), examples naming `provider`. */
export function commandHelp(command: Command, flags: FlagSpecs, provider: string): string {
  return [
    `Usage: hookbridge ${command.usage}`,
    '',
    command.description,
    '',
    'Flags:',
    ...flagLines(flags),
    '',
    'Examples:',
    ...examplesFor(command, provider),
    '',
  ].join('\n');
}

/** `hookbridge --help`: every command by group, the environment, the exit codes. */
export function overviewHelp(commands: readonly Command[], catalogue: CliCatalogue, clients: ClientFacts): string {
  const width = Math.max(...commands.map((command) => command.name.length));
  const groups = (Object.keys(GROUPS) as CommandGroup[]).flatMap((group) => [
    `${GROUPS[group]}:`,
    ...commands.filter((command) => command.group === group).map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`),
    '',
  ]);
  const providerWidth = Math.max(...catalogue.providers.map((provider) => provider.length));
  const example = catalogue.providers[0] ?? 'PROVIDER';
  return [
    'hookbridge: webhook subscriptions at several providers through one command.',
    '',
    'Usage: hookbridge <command> [arguments] [flags]',
    '',
    ...groups,
    'Providers, and the variable each one\'s API key comes from:',
    ...catalogue.providers.map((provider) => `  ${provider.padEnd(providerWidth)}  ${clients.apiKeyVariables[provider] ?? ''}`),
    'The webhook commands take the provider from --provider or HOOKBRIDGE_PROVIDER (or the one',
    'provider whose key is set), and the base URL from --base-url or HOOKBRIDGE_BASE_URL.',
    '',
    'Data goes to stdout (a table, or one JSON document with --json); progress, warnings and errors go',
    'to stderr. Colour only on a terminal, never with NO_COLOR.',
    '',
    'Exit codes: 0 success; 1 failure (provider, network, verification, apply); 2 usage or config',
    'error; 4 authentication failed. plan --detailed-exitcode: 0 no changes, 2 changes, 1 error.',
    '',
    'Examples:',
    `  hookbridge simulate ${example} --port 4010         # prints its baseUrl and apiKey`,
    `  HOOKBRIDGE_BASE_URL=... ${clients.apiKeyVariables[example] ?? 'API_KEY'}=... hookbridge list`,
    `  hookbridge events --provider ${example}            # the names --events takes`,
    '  hookbridge create --url https://app.example.com/hooks --events EVENT_1,EVENT_2',
    '  hookbridge plan --detailed-exitcode',
    '',
    'Flags: -h, --help (also after any command), --version',
    "Run 'hookbridge <command> --help' for a command's arguments and flags.",
    '',
  ].join('\n');
}
