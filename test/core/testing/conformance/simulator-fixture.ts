import type { KnownProviderId } from '../../../../entries/verify';
import { startSimulator, type SimulatorByProvider } from '../../../../entries/testing';
import type { WebhookProvider } from '../../../../src/provider';

/**
 * A conformance fixture on a fresh simulator of `provider`: the client `connect` builds for it,
 * the simulator's request count (so refused input is checked to send nothing), and the
 * simulator itself for a provider's own cases.
 */
export async function onSimulator<P extends KnownProviderId>(provider: P, connect: (sim: SimulatorByProvider[P]) => WebhookProvider) {
  const sim = await startSimulator(provider);
  return { provider: connect(sim), teardown: () => sim.close(), sentRequests: () => sim.requests.length, sim };
}
