import {
  AuthenticationError, ConflictError, NotFoundError, PermissionError, RateLimitError,
  ResponseValidationError, ServerError, TimeoutError, ValidationError, type WebhookError,
  type WebhookErrorInit,
} from '../errors';

/** Statuses worth repeating the same request for. */
export const RETRYABLE_STATUSES: ReadonlySet<number> = new Set([408, 429, 500, 502, 503, 504]);

/**
 * The error class for an HTTP status: one table for every provider, so a 404 is a
 * `NotFoundError` whoever sent it.
 */
export function errorForStatus(
  status: number,
  message: string,
  init: WebhookErrorInit = {},
): WebhookError {
  const full = { ...init, status: init.status ?? status, retryable: init.retryable ?? RETRYABLE_STATUSES.has(status) };
  switch (status) {
    case 400: case 422: return new ValidationError(message, full);
    case 401: return new AuthenticationError(message, full);
    case 403: return new PermissionError(message, full);
    case 404: return new NotFoundError(message, full);
    case 408: return new TimeoutError(message, full);
    case 409: return new ConflictError(message, full);
    case 429: return new RateLimitError(message, full);
  }
  if (status >= 500) return new ServerError(message, full);
  // Any other 4xx (402, 405, 413, ...) is still the request being refused as sent.
  if (status >= 400) return new ValidationError(message, full);
  return new ResponseValidationError(message, full);
}
