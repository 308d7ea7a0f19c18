/**
 * `hookbridge/verify`: inbound verification and the ready-made handlers on their own. It loads
 * no HTTP client and no Node module, so an edge function that only receives webhooks stays small.
 * @module
 */
export {
  createNodeWebhookMiddleware, createWebhookHandler, signWebhook, verifyWebhook,
  type SignWebhookOptions, type VerifyWebhookOptions, type WebhookHandlerOptions,
} from '../providers/catalogue/signing';
export type { KnownProviderId } from '../providers/catalogue/clients';
export { ConfigurationError, SignatureVerificationError, ValidationError, WebhookError } from '../src/errors';
export type { SignatureFailureReason } from '../src/errors';
export type { InboundEvent } from '../src/model';
