/**
 * `hookbridge/verify`: inbound verification and the ready-made handlers on their own. It loads
 * no HTTP client and no Node module, so an edge function that only receives webhooks stays small.
 * @module
 */
export {
  createNodeWebhookMiddleware, createWebhookHandler, signWebhook, verifyWebhook,
  type InboundEventOf, type SignWebhookOptions, type VerifyWebhookOptions, type WebhookHandlerOptions,
} from '../providers/catalogue/signing';
export type { KnownProviderId } from '../providers/catalogue/clients';
export { ConfigurationError, SignatureVerificationError, ValidationError, WebhookError } from '../src/errors';
export type { SignatureFailureReason } from '../src/errors';
export type { InboundEvent, TypedInboundEvent } from '../src/verify/verified-event';
export type { SecretLookup, Secrets, SecretSource } from '../src/verify/secret-source';
export type { FetchEventContext } from '../src/handlers/fetch-handler';
export type { NodeEventContext } from '../src/handlers/node-middleware';
export type { DedupeOptions, DedupeSetting } from '../src/handlers/dedupe-step';
export {
  memoryDedupeStore, redisDedupeStore,
  type ClaimResult, type DedupeStore, type MemoryDedupeStoreOptions, type RedisDedupeStoreOptions, type RedisLikeClient,
} from '../src/dedupe';
