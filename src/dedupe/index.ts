/**
 * Dedupe stores: what lets receivers process each event once across retries and instances.
 * @module
 */
export { DEFAULT_DONE_TTL_MS, DEFAULT_LEASE_MS, type ClaimResult, type DedupeStore } from './dedupe-store';
export { DEFAULT_MEMORY_DEDUPE_KEYS, memoryDedupeStore, type MemoryDedupeStoreOptions } from './memory-store';
export { redisDedupeStore, type RedisDedupeStoreOptions } from './redis-store';
export type { IoRedisLikeClient, NodeRedisLikeClient, RedisLikeClient } from './redis-client';
