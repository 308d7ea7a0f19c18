import type { WebhookError, WebhookErrorInit } from '../errors';
import type { ProviderId } from '../model';
import { clip, type HttpResponse } from './response';
import { retryAfterMs } from './retry-after';
import { errorForStatus } from './status-errors';

/**
 * What a provider makes of a failed response: the message and the fields of the error to throw.
 * `status` replaces the response's own (a 200 whose body says it failed with a 429's code);
 * `retryAfter` is the provider's own wait hint, used when there is no `Retry-After`.
 */
export interface FailureDescription extends WebhookErrorInit {
  message: string;
  /**
   * The status whose error class fits this failure, when it is not the status itself: a 422 that
   * means "already exists" is a conflict (409), a 403 that is a rate limit a 429. The error keeps
   * the real status.
   */
  classifyAs?: number;
}

/**
 * Reads a non-2xx response into a `FailureDescription` (the AI SDK's `failedResponseHandler`).
 * It must not throw, whatever the body is: empty, HTML, `null`, truncated JSON.
 */
export type FailureReader = (response: HttpResponse) => FailureDescription;

/** The call a failed response belongs to. */
export interface FailureContext {
  provider: ProviderId;
  operation: string;
}

/**
 * The typed error for a failed response: its class from the status (one table for every
 * provider), the message prefixed with the operation, the body attached (clipped), and the wait
 * the standard `Retry-After` asks for, else the provider's own.
 *
 * @example
 * throw errorForResponse(response, { message: 'Webhook not found', status: 404 }, { provider, operation: 'get' });
 */
export function errorForResponse(response: HttpResponse, failure: FailureDescription, ctx: FailureContext): WebhookError {
  const { message, status = response.status, classifyAs = status, ...init } = failure;
  return errorForStatus(classifyAs, `${ctx.operation}: ${message}`, {
    ...ctx, responseBody: clip(response.text), ...init, status, retryAfter: retryAfterMs(response.headers) ?? init.retryAfter,
  });
}
