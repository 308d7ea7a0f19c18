/**
 * What every provider simulator is: a server, its stored webhooks and deliveries, and the levers a
 * test pulls (faults, resets). Providers build theirs with `startSimulatorServer`.
 * @module
 */
import type { ProviderId } from '../../model';
import type { DeliveryAttempt, DeliveryRouting } from './delivery';
import type { DeliveryLog } from './delivery-log';
import { FaultQueue, type Fault, type FaultHandle } from './faults';
import { startHarness, type HarnessConfig } from './http-harness';
import { FixedWindowRateLimiter, type RateLimitOptions } from './rate-limit';
import { RequestLog, type RecordedRequest, type RequestPredicate } from './request-log';

/** Options every simulator takes. */
export interface SimulatorOptions {
  /** The key clients must send (default: a random one in the provider's style; read it from `sim.apiKey`). */
  apiKey?: string;
  /** Requests per window before 429 (default 10 000 per minute); `false` sends no rate-limit headers at all. */
  rateLimit?: RateLimitOptions | false;
  /** Redirects deliveries, e.g. to a receiver on 127.0.0.1 (see `DeliveryRouting.deliverTo`). */
  deliverTo?: DeliveryRouting['deliverTo'];
  /** Deliver to non-loopback hosts too (default false: such attempts are recorded as failed). */
  allowExternalDeliveries?: boolean;
  /** The port on 127.0.0.1 to listen on (default: a free one), for a simulator run as a standalone server. */
  port?: number;
}

/** A running provider simulator. `W` is its stored webhook record, `O` its `deliver` options. */
export interface Simulator<P extends ProviderId, W, O> {
  readonly provider: P;
  /** What a client passes as `baseUrl`. */
  readonly baseUrl: string;
  /** `http://127.0.0.1:PORT`, without the provider's path prefix. */
  readonly origin: string;
  /** The key the simulator accepts. */
  readonly apiKey: string;
  /**
   * The environment `webhookClientFromEnv()` (and the `hookbridge` command) needs to reach this
   * simulator: `HOOKBRIDGE_PROVIDER`, `HOOKBRIDGE_BASE_URL` and the provider's own variables.
   */
  readonly env: Readonly<Record<string, string>>;
  /** Stored webhooks, secrets included (copies: changing them changes nothing). */
  readonly webhooks: readonly W[];
  /** Every delivery attempt so far, oldest first. */
  readonly deliveries: readonly DeliveryAttempt[];
  /** Every request received so far, oldest first. */
  readonly requests: readonly RecordedRequest[];
  /**
   * POSTs a correctly signed delivery of `event` to every active webhook subscribed to it and
   * resolves with the attempts (also appended to `deliveries`).
   */
  deliver(event: string, payload: unknown, options?: O): Promise<DeliveryAttempt[]>;
  /** Injects a fault; see `Fault`. Returns a handle to inspect or withdraw it. */
  fail(fault: Fault): FaultHandle;
  /** Withdraws every injected fault. */
  clearFaults(): void;
  /** Resolves with the first received request that matches (waiting for it if needed). */
  waitForRequest(predicate?: RequestPredicate): Promise<RecordedRequest>;
  /** Forgets webhooks, deliveries, requests, faults, idempotency keys and the rate-limit window. */
  reset(): void;
  /** Stops the server. Safe to call twice. */
  close(): Promise<void>;
}

/** What a provider supplies to `startSimulatorServer`. */
export interface SimulatorParts<P extends ProviderId, W, O> extends Pick<HarnessConfig, 'handle' | 'errorResponse' | 'commonHeaders'> {
  provider: P;
  /** Appended to the origin to make `baseUrl` (`/v1` for DialNexa, empty for sent.dm). */
  basePath: string;
  apiKey: string;
  /** The provider's own variables a client reads from the environment (its key, its scope). */
  env: Record<string, string>;
  webhooks: () => readonly W[];
  /** Where `deliver` records its attempts; `sim.deliveries` reads it and `reset()` empties it. */
  deliveryLog: DeliveryLog;
  deliver: (event: string, payload: unknown, options?: O) => Promise<DeliveryAttempt[]>;
  /** Clears the provider's own state (its webhooks, idempotency keys...). */
  reset: () => void;
}

/** The shared plumbing, so provider simulators only write their API. */
export async function startSimulatorServer<P extends ProviderId, W, O>(
  options: SimulatorOptions, parts: SimulatorParts<P, W, O>,
): Promise<Simulator<P, W, O>> {
  const faults = new FaultQueue();
  const log = new RequestLog();
  const rateLimiter = options.rateLimit === false ? undefined : new FixedWindowRateLimiter(options.rateLimit ?? {});
  const harness = await startHarness({
    handle: parts.handle,
    errorResponse: parts.errorResponse,
    ...(parts.commonHeaders ? { commonHeaders: parts.commonHeaders } : {}),
    faults,
    log,
    ...(rateLimiter ? { rateLimiter } : {}),
    ...(options.port === undefined ? {} : { port: options.port }),
  });
  const baseUrl = harness.origin + parts.basePath;
  return {
    provider: parts.provider,
    baseUrl,
    origin: harness.origin,
    apiKey: parts.apiKey,
    env: { HOOKBRIDGE_PROVIDER: parts.provider, HOOKBRIDGE_BASE_URL: baseUrl, ...parts.env },
    get webhooks() { return parts.webhooks(); },
    get deliveries() { return parts.deliveryLog.all(); },
    get requests() { return log.all(); },
    deliver: parts.deliver,
    fail: (fault) => faults.add(fault),
    clearFaults: () => faults.clear(),
    waitForRequest: (predicate) => log.waitFor(predicate),
    reset() {
      parts.reset();
      parts.deliveryLog.clear();
      faults.clear();
      log.clear();
      rateLimiter?.reset();
    },
    close: () => {
      log.abandon('waitForRequest: the simulator was closed before a matching request arrived');
      return harness.close();
    },
  };
}

/** The routing options of a simulator, in the shape a `DeliveryLog` takes. */
export function routingOf(options: SimulatorOptions): DeliveryRouting {
  return {
    ...(options.deliverTo === undefined ? {} : { deliverTo: options.deliverTo }),
    ...(options.allowExternalDeliveries === undefined ? {} : { allowExternal: options.allowExternalDeliveries }),
  };
}
