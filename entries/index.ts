/**
 * hookbridge: manage webhook subscriptions at several providers through one interface, and
 * verify the deliveries they send.
 * @module
 */
export type {
  CallOptions, Delivery, DeliverySettings, DeliveryState, EventType, InboundEvent, IterateParams,
  ListParams, Page, Webhook, WebhookInput, WebhookPatch,
} from '../src/model';
export type { Capabilities, WebhookProvider } from '../src/provider';
export { defineProvider, type ProviderMethods } from '../src/iterate-from-list';
export type { ClientOptions, RequestInfo, RetryOptions, TransportHooks } from '../src/transport/client-options';
export {
  AuthenticationError, ConfigurationError, ConflictError, NetworkError, NotFoundError, PermissionError,
  RateLimitError, ResponseValidationError, ServerError, SignatureVerificationError, TimeoutError,
  UnsupportedOperationError, ValidationError, WebhookError,
  type ErrorCode, type ErrorDetails, type SignatureFailureReason, type WebhookErrorInit,
} from '../src/errors';
export type { Env, ProviderDescriptor } from '../src/provider-descriptor';
export type { NodeWebhookMiddleware } from '../src/handlers/node-middleware';
export type { WebhookErrorReporter } from '../src/handlers/fetch-handler';
export type { HeaderSource } from '../src/verify/headers';
export type { RawBody } from '../src/verify/raw-body';
export type { SignDeliveryOptions, VerifyDeliveryOptions } from '../src/verify/options';
export type { SigningScheme } from '../src/verify/scheme';
export * from '../providers/catalogue/clients';
export {
  createNodeWebhookMiddleware, createWebhookHandler, signWebhook, verifyWebhook,
  type SignWebhookOptions, type VerifyWebhookOptions, type WebhookHandlerOptions,
} from '../providers/catalogue/signing';
