#!/usr/bin/env node
/**
 * The `hookbridge` bin: hands the process and the provider catalogue to the CLI in src/cli,
 * which itself names no provider. The clients (the HTTP stack), the simulators and sync are
 * imported on first use, so `--help`, `verify` and `trigger` start without them.
 * @module
 */
import { readFileSync } from 'node:fs';
import type { KnownProviderId } from '../providers/catalogue/clients';
import { SIGNING_SCHEMES, signWebhook, verifyWebhook, type SignWebhookOptions, type VerifyWebhookOptions } from '../providers/catalogue/signing';
import type { CliCatalogue } from '../src/cli/catalogue';
import { processIO } from '../src/cli/io';
import { runCli } from '../src/cli/run';

// dist/cli.js sits one folder below the package's package.json; a build elsewhere has no version.
function packageVersion(): string {
  try {
    return (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version?: string }).version ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

const catalogue: CliCatalogue = {
  version: packageVersion(),
  // The signing table lists the same providers as the clients' table (the compiler checks it), and is light.
  providers: Object.keys(SIGNING_SCHEMES),
  async loadClients() {
    const { PROVIDERS, webhookClientFromEnv } = await import('../providers/catalogue/clients');
    return {
      apiKeyVariables: Object.fromEntries(Object.entries(PROVIDERS).map(([name, descriptor]) => [name, descriptor.apiKeyVariable])),
      clientFromEnv: webhookClientFromEnv,
      sampleDelivery: (provider, event, data, now) => PROVIDERS[provider as KnownProviderId].sampleDelivery(event, data, now),
    };
  },
  // The CLI checks `provider` against `providers` before it signs, verifies or simulates.
  signWebhook: (options) => signWebhook(options as SignWebhookOptions),
  verifyWebhook: (options) => verifyWebhook(options as VerifyWebhookOptions),
  async startSimulator(provider, options) {
    const { startSimulator } = await import('../providers/catalogue/simulators');
    return startSimulator(provider as KnownProviderId, options);
  },
  loadSync: () => import('./sync'),
};

process.exitCode = await runCli(process.argv.slice(2), processIO(), catalogue);
