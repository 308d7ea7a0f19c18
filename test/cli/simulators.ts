import { createWebhookClient, PROVIDERS } from '../../providers/catalogue/clients';
import { startSimulator, type SimulatorByProvider } from '../../providers/catalogue/simulators';

/** The two providers the CLI tests run against. */
export type TestedProvider = 'dialnexa' | 'sentdm';

/** A simulator, the environment that points the bin at it, and a client for arranging and checking. */
export interface SimulatedProvider<P extends TestedProvider = TestedProvider> {
  env: Record<string, string>;
  hooks: ReturnType<typeof createWebhookClient>;
  sim: SimulatorByProvider[P];
  close(): Promise<void>;
}

/** Starts `provider`'s simulator; `deliverTo` routes its deliveries to a local receiver. */
export async function simulated<P extends TestedProvider>(provider: P, options: { deliverTo?: string } = {}): Promise<SimulatedProvider<P>> {
  const sim = await startSimulator(provider, options.deliverTo === undefined ? {} : { deliverTo: options.deliverTo });
  return {
    sim,
    env: { HOOKBRIDGE_PROVIDER: provider, HOOKBRIDGE_BASE_URL: sim.baseUrl, [PROVIDERS[provider].apiKeyVariable]: sim.apiKey },
    hooks: createWebhookClient({ provider, apiKey: sim.apiKey, baseUrl: sim.baseUrl } as Parameters<typeof createWebhookClient>[0]),
    close: () => sim.close(),
  };
}
