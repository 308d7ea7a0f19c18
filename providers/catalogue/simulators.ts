/**
 * The catalogue's simulator table: each provider's local simulator, one line each, apart from
 * `clients.ts` because simulators run a `node:http` server and only `hookbridge/testing` may load
 * one. `satisfies` refuses a provider missing from `clients.ts`, or one it lacks.
 * @module
 */
import { startSimulatorFrom, type SimulatorStarter } from '../../src/testing/kit';
import { startDialNexaSimulator } from '../dialnexa/simulator';
import { startGitHubSimulator } from '../github/simulator';
import { startSentDmSimulator } from '../sentdm/simulator';
import type { KnownProviderId } from './clients';

// Each simulator's own starter and types, for `hookbridge/testing`.
export {
  DIALNEXA_DELIVERED_TYPES, startDialNexaSimulator,
  type DialNexaDeliverOptions, type DialNexaSimulator, type DialNexaSimulatorOptions, type DialNexaWebhookRecord,
} from '../dialnexa/simulator';
export {
  startGitHubSimulator, type GitHubDeliverOptions, type GitHubHookConfig, type GitHubHookRecord, type GitHubHookType,
  type GitHubRateLimitResponse, type GitHubSimulator, type GitHubSimulatorOptions,
} from '../github/simulator';
export {
  SENTDM_EVENT_TYPES, startSentDmSimulator,
  type SentDmDeliverOptions, type SentDmEventRecord, type SentDmEventType, type SentDmSimulator,
  type SentDmSimulatorOptions, type SentDmWebhookRecord,
} from '../sentdm/simulator';


/** Provider id -> simulator starter. */
export const SIMULATORS = {
  dialnexa: startDialNexaSimulator,
  github: startGitHubSimulator,
  sentdm: startSentDmSimulator,
} satisfies Record<KnownProviderId, SimulatorStarter>;

type Simulators = typeof SIMULATORS;

/** Options per simulated provider, for `startSimulator`. */
export type SimulatorOptionsByProvider = { [K in KnownProviderId]: NonNullable<Parameters<Simulators[K]>[0]> };

/** The simulator type per provider. */
export type SimulatorByProvider = { [K in KnownProviderId]: Awaited<ReturnType<Simulators[K]>> };

/**
 * Starts a simulator of `provider`'s webhook API on 127.0.0.1 (a free port). Pass `sim.baseUrl`
 * and `sim.apiKey` to the client; `close()` it when done.
 *
 * @example
 * const sim = await startSimulator('sentdm');
 * const hooks = createWebhookClient({ provider: 'sentdm', apiKey: sim.apiKey, baseUrl: sim.baseUrl });
 * sim.fail({ kind: 'status', status: 503, retryAfter: 1 }); // the next response is a 503
 * await sim.close();
 */
export function startSimulator<P extends KnownProviderId>(provider: P, options?: SimulatorOptionsByProvider[P]): Promise<SimulatorByProvider[P]> {
  return startSimulatorFrom(SIMULATORS, provider, options) as Promise<SimulatorByProvider[P]>;
}
