/**
 * `hookbridge/testing`: local simulators of both providers' webhook APIs (real HTTP on
 * 127.0.0.1, faithful wire formats, fault injection, signed deliveries), an in-memory provider
 * for unit tests, and the conformance suite.
 * @module
 */
import { startDialNexaSimulator, type DialNexaSimulator, type DialNexaSimulatorOptions } from '../../providers/dialnexa/simulator';
import { startSentDmSimulator, type SentDmSimulator, type SentDmSimulatorOptions } from '../../providers/sentdm/simulator';

export {
  DIALNEXA_DELIVERED_TYPES, startDialNexaSimulator,
  type DialNexaDeliverOptions, type DialNexaSimulator, type DialNexaSimulatorOptions, type DialNexaWebhookRecord,
} from '../../providers/dialnexa/simulator';
export {
  SENTDM_EVENT_TYPES, startSentDmSimulator,
  type SentDmDeliverOptions, type SentDmEventRecord, type SentDmEventType, type SentDmSimulator,
  type SentDmSimulatorOptions, type SentDmWebhookRecord,
} from '../../providers/sentdm/simulator';
export type { Simulator, SimulatorOptions } from './simulator';
export type { DeliveryAttempt, DeliveryRouting } from './delivery';
export type {
  DropFault, Fault, FaultHandle, FaultMatch, LatencyFault, MalformedBody, MalformedFault, StatusFault,
} from './faults';
export type { RateLimitOptions } from './rate-limit';
export type { RecordedRequest, RequestPredicate } from './request-log';
export {
  createMemoryProvider, type MemoryDelivery, type MemoryProvider, type MemoryProviderOptions,
} from './memory-provider';
export { DEFAULT_MEMORY_CAPABILITIES, DEFAULT_MEMORY_EVENT_TYPES } from './memory-defaults';

/** Options per simulated provider, for `startSimulator`. */
export interface SimulatorOptionsByProvider {
  dialnexa: DialNexaSimulatorOptions;
  sentdm: SentDmSimulatorOptions;
}

/** The simulator type per provider. */
export interface SimulatorByProvider {
  dialnexa: DialNexaSimulator;
  sentdm: SentDmSimulator;
}

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
export function startSimulator(provider: 'dialnexa', options?: DialNexaSimulatorOptions): Promise<DialNexaSimulator>;
export function startSimulator(provider: 'sentdm', options?: SentDmSimulatorOptions): Promise<SentDmSimulator>;
export function startSimulator<P extends keyof SimulatorByProvider>(provider: P, options?: SimulatorOptionsByProvider[P]): Promise<SimulatorByProvider[P]>;
export function startSimulator(provider: keyof SimulatorByProvider, options: DialNexaSimulatorOptions | SentDmSimulatorOptions = {}): Promise<DialNexaSimulator | SentDmSimulator> {
  if (provider === 'dialnexa') return startDialNexaSimulator(options);
  if (provider === 'sentdm') return startSentDmSimulator(options);
  // Reachable from JavaScript or a config string: say what exists instead of failing later.
  return Promise.reject(new TypeError(`startSimulator: unknown provider "${String(provider)}" (dialnexa, sentdm)`));
}
export {
  testProvider, type ConformanceFixture, type ConformanceOptions, type TestRunner,
} from './conformance';
