/**
 * The simulator kit: the plumbing every provider simulator shares (an HTTP server on 127.0.0.1
 * with request log, rate limit and fault injection; a record store; routing; JSON bodies;
 * deliveries and their log; idempotency keys; pages), so a provider's simulator holds only its
 * provider's rules.
 * @module
 */
export {
  routingOf, startSimulatorServer, type Simulator, type SimulatorOptions, type SimulatorParts,
} from './simulator-server';
export { startSimulatorFrom, type SimulatorStarter, type SimulatorTable } from './start-simulator';
export type { SimRequest } from './http-harness';
export type { SimResponse } from './sim-response';
export { findRoute, type Route, type RouteMisses, type RouteResult } from './route-table';
export { parseJsonBody, type ParsedBody } from './json-body';
export { RecordStore } from './record-store';
export type { DeliveryAttempt, DeliveryRouting } from './delivery';
export { DeliveryLog } from './delivery-log';
export { deliveryTargets, type DeliveryTargeting, type TargetRule } from './delivery-targets';
export type {
  DropFault, Fault, FaultHandle, FaultMatch, LatencyFault, MalformedBody, MalformedFault, StatusFault,
} from './faults';
export { FixedWindowRateLimiter, type RateLimitOptions } from './rate-limit';
export type { RecordedRequest, RequestPredicate } from './request-log';
export { IdempotencyStore, type IdempotencyClaim } from './idempotency-store';
export { randomToken } from './random-token';
export { slicePage, type PageSlice } from './page-slice';
