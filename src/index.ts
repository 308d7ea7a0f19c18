/**
 * hookbridge: manage webhook subscriptions at several providers through one interface, and
 * verify the deliveries they send.
 * @module
 */
export type {
  CallOptions, Delivery, DeliverySettings, DeliveryState, EventType, InboundEvent, IterateParams,
  KnownProviderId, ListParams, Page, ProviderId, Webhook, WebhookInput, WebhookPatch,
} from './model';
export type { Capabilities, WebhookProvider } from './provider';
export { defineProvider, type ProviderMethods } from './define-provider';
export type { ClientOptions, RequestInfo, RetryOptions, TransportHooks } from './http';
export {
  AuthenticationError, ConfigurationError, ConflictError, NetworkError, NotFoundError, PermissionError,
  RateLimitError, ResponseValidationError, ServerError, SignatureVerificationError, TimeoutError,
  UnsupportedOperationError, ValidationError, WebhookError,
  type ErrorCode, type ErrorDetails, type SignatureFailureReason, type WebhookErrorInit,
} from './errors';
export { dialnexa, type DialNexaOptions } from '../providers/dialnexa';
export { sentdm, type SentDmOptions } from '../providers/sentdm';
export { createWebhookClient, webhookClientFromEnv, type WebhookClientConfig } from '../providers/client';
export type { Env } from '../providers/registry';
export {
  signWebhook, verifyWebhook, type SignWebhookOptions, type VerifyWebhookOptions,
} from '../providers/inbound';
export {
  createNodeWebhookMiddleware, createWebhookHandler, type WebhookHandlerOptions,
} from '../providers/handlers';
export type { NodeWebhookMiddleware } from './handlers/node-middleware';
export type { WebhookErrorReporter } from './handlers/fetch-handler';
export type { HeaderSource } from './verify/headers';
export type { RawBody } from './verify/raw-body';
export type { SignDeliveryOptions, VerifyDeliveryOptions } from './verify/options';
export type { SentDmCallOptions, SentDmProvider } from '../providers/sentdm';
