import nock from 'nock';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  AuthenticationError, ConflictError, NotFoundError, PermissionError, RateLimitError, ServerError,
  ValidationError, WebhookError,
} from '../../src/errors';
import { client, ORIGIN } from './support';

beforeAll(() => nock.disableNetConnect());
afterEach(() => nock.cleanAll());
afterAll(() => nock.enableNetConnect());

async function failure(promise: Promise<unknown>): Promise<WebhookError> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  if (!WebhookError.isInstance(error)) throw new Error(`expected a WebhookError, got ${String(error)}`);
  return error;
}

const getFails = (status: number, body: unknown) => {
  nock(ORIGIN).get('/v1/user-webhooks/wh_1').reply(status, body as Record<string, unknown>);
  return failure(client({ retry: false }).get('wh_1'));
};

describe('DialNexa error bodies', () => {
  it('400 with message string[] -> ValidationError with details keyed by field', async () => {
    const body = { statusCode: 400, message: ['url must be a valid URL', 'events must contain at least 1 elements', 'secret should not be empty'], error: 'Bad Request' };
    nock(ORIGIN).post('/v1/user-webhooks').reply(400, body);
    const error = await failure(client().create({ url: 'https://yourapp.com/h', events: ['call.completed'] }));
    expect(error).toBeInstanceOf(ValidationError);
    expect(error).toMatchObject({ status: 400, provider: 'dialnexa', operation: 'create', providerCode: 'Bad Request', retryable: false });
    expect(error.message).toBe('create: url must be a valid URL; events must contain at least 1 elements; secret should not be empty');
    expect(error.details).toEqual({
      url: ['url must be a valid URL'],
      events: ['events must contain at least 1 elements'],
      secret: ['secret should not be empty'],
    });
    expect(error.responseBody).toBe(JSON.stringify(body));
  });

  it("keys class-validator's 'each value in <field>' and 'property <field>' messages by that field", async () => {
    nock(ORIGIN).post('/v1/user-webhooks').reply(400, {
      statusCode: 400, error: 'Bad Request',
      message: ['each value in events must be a string', 'property foo should not exist'],
    });
    const error = await failure(client().create({ url: 'https://yourapp.com/h', events: ['call.completed'] }));
    expect(error.details).toEqual({
      events: ['each value in events must be a string'],
      foo: ['property foo should not exist'],
    });
  });

  it.each([
    [401, AuthenticationError, { statusCode: 401, message: 'Unauthorized', error: 'Unauthorized' }, 'get: Unauthorized'],
    [403, PermissionError, { statusCode: 403, message: 'You do not have permission to access this resource', error: 'Forbidden' }, 'get: You do not have permission to access this resource'],
    [404, NotFoundError, { statusCode: 404, message: 'Webhook not found', error: 'Not Found' }, 'get: Webhook not found'],
    [409, ConflictError, { statusCode: 409, message: 'Conflict', error: 'Conflict' }, 'get: Conflict'],
    [422, ValidationError, { statusCode: 422, message: 'Unprocessable', error: 'Unprocessable Entity' }, 'get: Unprocessable'],
    [429, RateLimitError, { statusCode: 429, message: 'Too many requests. Please slow down and retry after a moment.', error: 'Too Many Requests' }, 'get: Too many requests. Please slow down and retry after a moment.'],
    [500, ServerError, { statusCode: 500, message: 'Internal server error', error: 'Internal Server Error' }, 'get: Internal server error'],
    [502, ServerError, { statusCode: 502, message: 'Bad Gateway', error: 'Bad Gateway' }, 'get: Bad Gateway'],
  ] as const)('%i -> %o', async (status, Class, body, message) => {
    const error = await getFails(status, body);
    expect(error).toBeInstanceOf(Class);
    expect(Class.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ status, message, providerCode: body.error, provider: 'dialnexa', operation: 'get' });
    expect(error.details).toBeUndefined();
  });

  it('a string message gives no details; the error name stands in when there is no message', async () => {
    const error = await getFails(403, { statusCode: 403, error: 'Forbidden' });
    expect(error.message).toBe('get: Forbidden');
  });

  it('a 404 on delete is a NotFoundError (the webhook was already deleted)', async () => {
    nock(ORIGIN).delete('/v1/user-webhooks/wh_1').reply(404, { statusCode: 404, message: 'Webhook not found', error: 'Not Found' });
    expect(NotFoundError.isInstance(await failure(client().delete('wh_1')))).toBe(true);
  });

  it('a 429 carries Retry-After as retryAfter in ms', async () => {
    nock(ORIGIN).get('/v1/user-webhooks/wh_1').reply(429, { statusCode: 429, message: 'slow', error: 'Too Many Requests' }, { 'Retry-After': '3' });
    const error = await failure(client({ retry: false }).get('wh_1'));
    expect(error.retryAfter).toBe(3000);
  });

  // DialNexa sends X-RateLimit-Reset on every response; the transport reads only Retry-After, so
  // DialNexa's failure reader turns the reset into the wait, on a 429 only.
  it('a 429 without Retry-After waits for X-RateLimit-Reset (a small value is seconds from now)', async () => {
    nock(ORIGIN).get('/v1/user-webhooks/wh_1').reply(429, { statusCode: 429, message: 'slow' }, { 'X-RateLimit-Reset': '60' });
    expect((await failure(client({ retry: false }).get('wh_1'))).retryAfter).toBe(60_000);
  });

  it('a 503 ignores X-RateLimit-Reset: it says when the quota refills, not when the server recovers', async () => {
    nock(ORIGIN).get('/v1/user-webhooks/wh_1').reply(503, { statusCode: 503, message: 'down' }, { 'X-RateLimit-Reset': '60' });
    expect((await failure(client({ retry: false }).get('wh_1'))).retryAfter).toBeUndefined();
  });
});
