/**
 * hookbridge: manage webhook subscriptions at several providers through one interface, and
 * verify the deliveries they send.
 * @module
 */
export type {
  CallOptions, CreatedWebhook, Delivery, DeliverySettings, DeliveryState, EventType, IterateParams,
  ListParams, Page, Webhook, WebhookInput, WebhookPatch,
} from '../src/model';
export type { InboundEvent, TypedInboundEvent } from '../src/verify/verified-event';
export type { Capabilities, WebhookProvider } from '../src/provider';
export { defineProvider, type ProviderMethods } from '../src/iterate-from-list';
export type { ClientOptions, RequestInfo, ResponseInfo, RetryOptions, TransportHooks } from '../src/transport/client-options';
export type { Logger, LogLevel } from '../src/transport/log';
export {
  AuthenticationError, ConfigurationError, ConflictError, NetworkError, NotFoundError, PermissionError,
  RateLimitError, ResponseValidationError, ServerError, SignatureVerificationError, TimeoutError,
  UnsupportedOperationError, ValidationError, WebhookError,
  type ErrorCode, type ErrorDetails, type SignatureFailureReason, type WebhookErrorInit,
} from '../src/errors';
export type { Env, ProviderDescriptor } from '../src/provider-descriptor';
export type { NodeEventContext, NodeWebhookMiddleware } from '../src/handlers/node-middleware';
export type { FetchEventContext, WebhookErrorReporter } from '../src/handlers/fetch-handler';
export type { DedupeOptions, DedupeSetting } from '../src/handlers/dedupe-step';
export {
  DEFAULT_DONE_TTL_MS, DEFAULT_LEASE_MS, DEFAULT_MEMORY_DEDUPE_KEYS, memoryDedupeStore, redisDedupeStore,
  type ClaimResult, type DedupeStore, type IoRedisLikeClient, type MemoryDedupeStoreOptions, type NodeRedisLikeClient,
  type RedisDedupeStoreOptions, type RedisLikeClient,
} from '../src/dedupe';
export type { SecretLookup, Secrets, SecretSource } from '../src/verify/secret-source';
export type { HeaderSource } from '../src/verify/headers';
export type { RawBody } from '../src/verify/raw-body';
export type { SignDeliveryOptions, VerifyDeliveryOptions } from '../src/verify/options';
export type { SigningScheme } from '../src/verify/scheme';
export * from '../providers/catalogue/clients';
export {
  createNodeWebhookMiddleware, createWebhookHandler, signWebhook, verifyWebhook,
  type InboundEventOf, type SignWebhookOptions, type VerifyWebhookOptions, type WebhookHandlerOptions,
} from '../providers/catalogue/signing';
export type * from '../providers/catalogue/event-types';
