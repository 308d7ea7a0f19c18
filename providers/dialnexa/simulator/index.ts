/**
 * A local DialNexa: the v1 webhook API on 127.0.0.1, for tests that want real HTTP.
 * @module
 */
import {
  DeliveryLog, randomToken, routingOf, startSimulatorServer, type Simulator, type SimulatorOptions,
} from '../../../src/testing/kit';
import { deliverDialNexa, verifyEndpoint, type DialNexaDeliverOptions, type DialNexaDeliveryContext } from './deliver';
import { dialNexaError } from './responses';
import { handleDialNexa } from './routes';
import { DialNexaStore, type DialNexaWebhookRecord } from './store';

export { DIALNEXA_DELIVERED_TYPES, type DialNexaDeliverOptions } from './deliver';
export type { DialNexaWebhookRecord } from './store';

/** Options for `startDialNexaSimulator`. */
export interface DialNexaSimulatorOptions extends SimulatorOptions {
  /**
   * Ping the URL on create and on a URL change, refusing to save (400) unless it answers 2xx, as
   * DialNexa does (default false: most tests register URLs nobody listens on).
   */
  verifyEndpoints?: boolean;
  /** How long a delivery may take before it counts as failed, in ms (default 5 000). */
  deliveryTimeoutMs?: number;
}

/** A running DialNexa simulator. */
export type DialNexaSimulator = Simulator<'dialnexa', DialNexaWebhookRecord, DialNexaDeliverOptions>;

/**
 * Starts a DialNexa simulator. Pass `sim.baseUrl` (`http://127.0.0.1:PORT/v1`) and `sim.apiKey`
 * to the client; `sim.deliver('call.completed', payload)` sends signed deliveries.
 *
 * @example
 * const sim = await startDialNexaSimulator();
 * const hooks = dialnexa({ apiKey: sim.apiKey, baseUrl: sim.baseUrl });
 * await hooks.create({ url: 'https://app.example/hooks', events: ['call.completed'] });
 * await sim.close();
 */
export async function startDialNexaSimulator(options: DialNexaSimulatorOptions = {}): Promise<DialNexaSimulator> {
  // DialNexa keys are `key_id:secret`, colon included, sent whole as the Bearer token.
  const apiKey = options.apiKey ?? `key_${randomToken(12)}:${randomToken(32)}`;
  const store = new DialNexaStore();
  const log = new DeliveryLog(routingOf(options));
  const delivery: DialNexaDeliveryContext = { store, log, timeoutMs: options.deliveryTimeoutMs ?? 5_000 };
  return startSimulatorServer<'dialnexa', DialNexaWebhookRecord, DialNexaDeliverOptions>(options, {
    provider: 'dialnexa',
    basePath: '/v1',
    apiKey,
    env: { DIALNEXA_API_KEY: apiKey },
    handle: (request) => handleDialNexa(request, {
      apiKey, store, ...(options.verifyEndpoints ? { verifyEndpoint: (fields) => verifyEndpoint(delivery, fields) } : {}),
    }),
    errorResponse: (_request, status) => dialNexaError(status),
    webhooks: () => store.list(),
    deliveryLog: log,
    deliver: (event, payload, deliverOptions) => deliverDialNexa(delivery, event, payload, deliverOptions),
    reset: () => store.clear(),
  });
}
