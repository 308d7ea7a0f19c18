import type { Command } from '../command';
import { EXIT } from '../exit-codes';
import { booleanFlag, integerFlag, stringFlag } from '../flag-values';
import { providerArgument } from '../provider-argument';
import { JSON_FLAG } from '../provider-flags';
import { renderFields } from '../table';

// What a port already in use looks like when `listen` fails.
const isAddressInUse = (error: unknown) => (error as NodeJS.ErrnoException | undefined)?.code === 'EADDRINUSE';

/** `hookbridge simulate <provider>`: a provider's simulator as a standalone server. */
export const simulateCommand: Command = {
  name: 'simulate',
  group: 'local',
  summary: "run a provider's API simulator as a local server",
  usage: 'simulate <provider> [--port N] [--api-key KEY] [flags]',
  description: [
    "Runs the provider's simulator on 127.0.0.1 (its webhook API, wire formats and signed",
    'deliveries to loopback receivers) until Ctrl-C or SIGTERM, so an app in any language can test',
    'against it. stdout gets its base URL and API key (one line of JSON with --json); point',
    '--base-url / HOOKBRIDGE_BASE_URL and the provider\'s API key variable at them.',
  ].join('\n'),
  args: { names: '<provider>', min: 1, max: 1 },
  flags: {
    port: { type: 'string', value: 'N', description: 'the port to listen on (default: a free one)' },
    'api-key': { type: 'string', value: 'KEY', description: 'the API key to accept (default: a random one in the provider\'s style)' },
    ...JSON_FLAG,
  },
  examples: [
    'hookbridge simulate {provider} --port 4010',
    'hookbridge simulate {provider} --api-key local-test-key --json',
  ],
  async run({ io, out, args, flags, catalogue, clients }) {
    const provider = providerArgument('simulate', catalogue, args[0]!);
    const port = integerFlag('simulate', flags, 'port', { min: 0, max: 65_535 });
    const apiKey = stringFlag(flags, 'api-key');
    const stopped = io.untilStopped();
    let sim;
    try {
      sim = await catalogue.startSimulator(provider, { ...(port === undefined ? {} : { port }), ...(apiKey === undefined ? {} : { apiKey }) });
    } catch (error) {
      if (!isAddressInUse(error)) throw error;
      out.error(`port ${port} is in use: choose another --port, or leave it out for a free one`);
      return EXIT.failure;
    }
    if (booleanFlag(flags, 'json')) io.stdout.write(`${JSON.stringify({ provider, baseUrl: sim.baseUrl, apiKey: sim.apiKey, env: sim.env })}\n`);
    else out.data(renderFields([['provider', provider], ['baseUrl', sim.baseUrl], ['apiKey', sim.apiKey]], out.paint));
    // Every variable but the key itself, which is on stdout above and never goes to stderr.
    const variable = (await clients()).apiKeyVariables[provider];
    const settings = Object.entries(sim.env).map(([name, value]) => `${name}=${name === variable ? '<apiKey above>' : value}`);
    out.note(`Simulating ${provider} at ${sim.baseUrl} until Ctrl-C. Try:`);
    out.note(`  ${settings.join(' ')} hookbridge list`);
    await stopped;
    await sim.close();
    out.note('Simulator stopped.');
    return EXIT.ok;
  },
};
