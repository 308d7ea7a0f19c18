import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import {
  AuthenticationError, ConfigurationError, ConflictError, NetworkError, NotFoundError, PermissionError,
  RateLimitError, ResponseValidationError, ServerError, SignatureVerificationError, TimeoutError,
  UnsupportedOperationError, ValidationError, WebhookError,
} from '../../src/errors';

const TABLE = [
  [ConfigurationError, 'configuration'],
  [ValidationError, 'validation'],
  [AuthenticationError, 'authentication'],
  [PermissionError, 'permission'],
  [NotFoundError, 'not_found'],
  [ConflictError, 'conflict'],
  [RateLimitError, 'rate_limited'],
  [ServerError, 'server'],
  [NetworkError, 'network'],
  [TimeoutError, 'timeout'],
  [ResponseValidationError, 'invalid_response'],
  [UnsupportedOperationError, 'unsupported'],
] as const;

describe('error classes', () => {
  it.each(TABLE)('%o has its own code, name and base class', (Class, code) => {
    const error = new Class('boom', { provider: 'dialnexa', operation: 'get' });
    expect(error.code).toBe(code);
    expect(Class.code).toBe(code);
    expect(error.name).toBe(Class.name);
    expect(error).toBeInstanceOf(WebhookError);
    expect(error).toBeInstanceOf(Error);
    expect(error.retryable).toBe(false);
  });

  it('SignatureVerificationError has code signature and a reason', () => {
    const error: unknown = new SignatureVerificationError('mismatch', 'no signature matched', { provider: 'dialnexa' });
    expect(SignatureVerificationError.isInstance(error)).toBe(true);
    // The guard narrows to the subclass, so `reason` is readable without a cast.
    if (!SignatureVerificationError.isInstance(error)) throw new Error('unreachable');
    expect(error.code).toBe('signature');
    expect(error.reason).toBe('mismatch');
    expect(WebhookError.isInstance(new SignatureVerificationError('mismatch', 'x'))).toBe(true);
    expect(SignatureVerificationError.isInstance(new NotFoundError('x'))).toBe(false);
  });

  it('keeps every field it is given, and the cause', () => {
    const cause = new Error('socket hang up');
    const error = new RateLimitError('slow down', {
      provider: 'sentdm', operation: 'list', status: 429, providerCode: 'BUSINESS_002', requestId: 'req_1',
      docUrl: 'https://docs.example/429', retryable: true, details: { page: ['too high'] }, responseBody: '{}',
      retryAfter: 2000, cause,
    });
    expect(error).toMatchObject({
      provider: 'sentdm', operation: 'list', status: 429, providerCode: 'BUSINESS_002', requestId: 'req_1',
      docUrl: 'https://docs.example/429', retryable: true, details: { page: ['too high'] }, responseBody: '{}',
      retryAfter: 2000,
    });
    expect(error.cause).toBe(cause);
  });
});

describe('isInstance', () => {
  it('on the base class accepts every subclass', () => {
    for (const [Class] of TABLE) expect(WebhookError.isInstance(new Class('x'))).toBe(true);
  });

  it('on a subclass accepts only its own kind', () => {
    const notFound = new NotFoundError('gone');
    expect(NotFoundError.isInstance(notFound)).toBe(true);
    expect(ServerError.isInstance(notFound)).toBe(false);
    expect(ValidationError.isInstance(new ServerError('x'))).toBe(false);
  });

  it('rejects plain errors and non-objects', () => {
    for (const value of [new Error('x'), { code: 'not_found' }, null, undefined, 'not_found', 404]) {
      expect(WebhookError.isInstance(value)).toBe(false);
      expect(NotFoundError.isInstance(value)).toBe(false);
    }
  });

  it('recognises an error from a duplicate install by its Symbol.for marker', () => {
    // What a second copy of hookbridge would throw: a different class, the same global marker.
    class ForeignNotFound extends Error {
      readonly code = 'not_found';
      constructor(message: string) {
        super(message);
        Object.defineProperty(this, Symbol.for('hookbridge.error'), { value: true });
      }
    }
    const foreign = new ForeignNotFound('gone');
    expect(foreign).not.toBeInstanceOf(WebhookError);
    expect(WebhookError.isInstance(foreign)).toBe(true);
    expect(NotFoundError.isInstance(foreign)).toBe(true);
    expect(ConflictError.isInstance(foreign)).toBe(false);
  });

  it('needs the marker to be exactly true', () => {
    expect(WebhookError.isInstance({ code: 'server', [Symbol.for('hookbridge.error')]: 'yes' })).toBe(false);
  });
});

describe('logging forms', () => {
  it('toJSON is a plain object with the fields and the cause message, and no stack', () => {
    const error = new NotFoundError('get: Webhook not found', {
      provider: 'dialnexa', operation: 'get', status: 404, cause: new Error('inner'),
    });
    const json = JSON.parse(JSON.stringify(error)) as Record<string, unknown>;
    expect(json).toEqual({
      name: 'NotFoundError', code: 'not_found', message: 'get: Webhook not found', provider: 'dialnexa',
      operation: 'get', status: 404, retryable: false, cause: 'inner',
    });
  });

  it('util.inspect shows the stack and the safe fields', () => {
    const shown = inspect(new ServerError('list: oops', { status: 503, provider: 'sentdm' }));
    expect(shown).toContain('ServerError: list: oops');
    expect(shown).toContain('"status": 503');
    expect(shown).toContain('"code": "server"');
  });
});
