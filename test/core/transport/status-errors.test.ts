import { describe, expect, it } from 'vitest';
import {
  AuthenticationError, ConflictError, NotFoundError, PermissionError, RateLimitError,
  ResponseValidationError, ServerError, TimeoutError, ValidationError,
} from '../../../src/errors';
import { errorForStatus } from '../../../src/transport/status-errors';

describe('errorForStatus', () => {
  it.each([
    [400, ValidationError, false],
    [401, AuthenticationError, false],
    [402, ValidationError, false],
    [403, PermissionError, false],
    [404, NotFoundError, false],
    [405, ValidationError, false],
    [408, TimeoutError, true],
    [409, ConflictError, false],
    [422, ValidationError, false],
    [429, RateLimitError, true],
    [500, ServerError, true],
    [501, ServerError, false],
    [502, ServerError, true],
    [503, ServerError, true],
    [504, ServerError, true],
  ] as const)('%i -> %o, retryable %s', (status, Class, retryable) => {
    const error = errorForStatus(status, 'm', { provider: 'dialnexa', operation: 'get' });
    expect(error).toBeInstanceOf(Class);
    expect(error.status).toBe(status);
    expect(error.retryable).toBe(retryable);
    expect(error.provider).toBe('dialnexa');
  });

  it('a 2xx that reaches it is a ResponseValidationError', () => {
    expect(errorForStatus(200, 'm')).toBeInstanceOf(ResponseValidationError);
  });

  it('lets the caller override retryable', () => {
    expect(errorForStatus(503, 'm', { retryable: false }).retryable).toBe(false);
  });
});
