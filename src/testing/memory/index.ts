/**
 * The memory provider: an in-memory `WebhookProvider` for an app's unit tests, with the validation,
 * errors and pagination a real adapter shows and no HTTP.
 * @module
 */
export { createMemoryProvider, type MemoryDelivery, type MemoryProvider } from './memory-provider';
export type { MemoryDeliveryLimits, MemoryProviderOptions, SettingRange } from './memory-options';
export { DEFAULT_MEMORY_CAPABILITIES, DEFAULT_MEMORY_DELIVERY_LIMITS, DEFAULT_MEMORY_EVENT_TYPES } from './memory-defaults';
