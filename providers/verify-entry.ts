/**
 * `hookbridge/verify`: inbound verification and the ready-made handlers on their own. It loads
 * no HTTP client and no Node module, so an edge function that only receives webhooks stays small.
 * @module
 */
export { signWebhook, verifyWebhook, type SignWebhookOptions, type VerifyWebhookOptions } from './inbound';
export { createNodeWebhookMiddleware, createWebhookHandler, type WebhookHandlerOptions } from './handlers';
export { SignatureVerificationError, ValidationError, ConfigurationError, WebhookError } from '../src/errors';
export type { SignatureFailureReason } from '../src/errors';
export type { InboundEvent, KnownProviderId } from '../src/model';
