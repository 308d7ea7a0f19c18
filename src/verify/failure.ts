import { SignatureVerificationError, type SignatureFailureReason } from '../errors';
import type { ProviderId } from '../model';

/**
 * A `SignatureVerificationError` for `provider`. Messages are for the developer's logs and must
 * never quote a secret; the ready-made handlers never send them to the caller.
 */
export function signatureFailure(provider: ProviderId, reason: SignatureFailureReason, message: string): SignatureVerificationError {
  return new SignatureVerificationError(reason, message, { provider, operation: 'verifyWebhook' });
}
