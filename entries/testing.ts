/**
 * `hookbridge/testing`: local simulators of every provider's webhook API (real HTTP on
 * 127.0.0.1, faithful wire formats, fault injection, signed deliveries), an in-memory provider
 * for unit tests, and the conformance suite.
 * @module
 */
export type { Simulator, SimulatorOptions } from '../src/testing/simulator';
export type { DeliveryAttempt, DeliveryRouting } from '../src/testing/delivery';
export type {
  DropFault, Fault, FaultHandle, FaultMatch, LatencyFault, MalformedBody, MalformedFault, StatusFault,
} from '../src/testing/faults';
export type { RateLimitOptions } from '../src/testing/rate-limit';
export type { RecordedRequest, RequestPredicate } from '../src/testing/request-log';
export {
  createMemoryProvider, type MemoryDelivery, type MemoryProvider, type MemoryProviderOptions,
} from '../src/testing/memory-provider';
export { DEFAULT_MEMORY_CAPABILITIES, DEFAULT_MEMORY_EVENT_TYPES } from '../src/testing/memory-defaults';

export * from '../providers/catalogue/simulators';
export {
  testProvider, type ConformanceFixture, type ConformanceOptions, type TestRunner,
} from '../src/testing/conformance';
