/**
 * A local sent.dm: the v3 webhook API on 127.0.0.1, for tests that want real HTTP.
 * @module
 */
import {
  DeliveryLog, IdempotencyStore, randomToken, routingOf, startSimulatorServer,
  type SimRequest, type SimResponse, type Simulator, type SimulatorOptions,
} from '../../../src/testing/kit';
import type { SentDmContext } from './call';
import { deliverSentDm, type SentDmDeliverOptions } from './deliver';
import { sentDmErrorForStatus } from './envelope';
import { handleSentDm } from './routes';
import { SentDmStore, type SentDmWebhookRecord } from './store';

export type { SentDmDeliverOptions } from './deliver';
export { SENTDM_EVENT_TYPES, type SentDmEventType } from './event-catalogue';
export type { SentDmEventRecord, SentDmWebhookRecord } from './store';

/** Options for `startSentDmSimulator`. */
export interface SentDmSimulatorOptions extends SimulatorOptions {
  /** How long a first response stays replayable for its `Idempotency-Key`, in ms (default 24 h). */
  idempotencyTtlMs?: number;
}

/** A running sent.dm simulator. */
export type SentDmSimulator = Simulator<'sentdm', SentDmWebhookRecord, SentDmDeliverOptions>;

// Headers sent.dm puts on every response, plus the profile echo when one was named.
function commonHeaders(request: SimRequest, startedAt: number): Record<string, string> {
  const profile = request.headers['x-profile-id'];
  return {
    'X-Request-Id': request.id,
    'X-API-Version': 'v3',
    'X-Response-Time': `${Math.max(0, Math.round(performance.now() - startedAt))}ms`,
    ...(profile ? { 'X-Profile-Id': profile } : {}),
  };
}

/**
 * Starts a sent.dm simulator. Pass `sim.baseUrl` (`http://127.0.0.1:PORT`) and `sim.apiKey` to
 * the client; `sim.deliver('message.delivered', payload)` sends signed deliveries.
 *
 * @example
 * const sim = await startSentDmSimulator();
 * const hooks = sentdm({ apiKey: sim.apiKey, baseUrl: sim.baseUrl });
 * const created = await hooks.create({ url: 'https://app.example/hooks', events: ['message'] });
 * await sim.close();
 */
export async function startSentDmSimulator(options: SentDmSimulatorOptions = {}): Promise<SentDmSimulator> {
  const apiKey = options.apiKey ?? `sk_test_${randomToken(32)}`;
  const store = new SentDmStore();
  const log = new DeliveryLog(routingOf(options));
  const ctx: SentDmContext = {
    apiKey,
    store,
    delivery: { store, log },
    idempotency: new IdempotencyStore<SimResponse>(options.idempotencyTtlMs),
  };
  return startSimulatorServer<'sentdm', SentDmWebhookRecord, SentDmDeliverOptions>(options, {
    provider: 'sentdm',
    basePath: '',
    apiKey,
    env: { SENT_DM_API_KEY: apiKey },
    handle: (request) => handleSentDm(request, ctx),
    errorResponse: sentDmErrorForStatus,
    commonHeaders,
    webhooks: () => store.list('all'),
    deliveryLog: log,
    deliver: (event, payload, deliverOptions) => deliverSentDm(ctx.delivery, event, payload, deliverOptions),
    reset: () => {
      store.clear();
      ctx.idempotency.clear();
    },
  });
}
