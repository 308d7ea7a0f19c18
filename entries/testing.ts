/**
 * `hookbridge/testing`: local simulators of every provider's webhook API (real HTTP on
 * 127.0.0.1, faithful wire formats, fault injection, signed deliveries), an in-memory provider
 * for unit tests, and the conformance suite.
 * @module
 */
export type { DeliveryRetry } from '../src/testing/kit/delivery-retry';
export type {
  DeliveryAttempt, DeliveryRouting, DropFault, Fault, FaultHandle, FaultMatch, LatencyFault, MalformedBody, MalformedFault,
  RateLimitOptions, RecordedRequest, RequestPredicate, Simulator, SimulatorOptions, StatusFault,
} from '../src/testing/kit';
export {
  createMemoryProvider, DEFAULT_MEMORY_CAPABILITIES, DEFAULT_MEMORY_DELIVERY_LIMITS, DEFAULT_MEMORY_EVENT_TYPES,
  type MemoryDelivery, type MemoryDeliveryLimits, type MemoryProvider, type MemoryProviderOptions, type SettingRange,
} from '../src/testing/memory';

export * from '../providers/catalogue/simulators';
export {
  testProvider, type ConformanceContext, type ConformanceFixture, type ConformanceOptions, type TestRunner,
} from '../src/testing/conformance';
export {
  testDedupeStore, type DedupeConformanceContext, type DedupeConformanceOptions, type DedupeStoreFixture,
} from '../src/dedupe/conformance';
