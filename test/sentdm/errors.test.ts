import nock from 'nock';
import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import {
  AuthenticationError, ConflictError, NotFoundError, PermissionError, RateLimitError, ResponseValidationError,
  ServerError, ValidationError, WebhookError,
} from '../../src/errors';
import { API_KEY, BASE, ID, REQUEST_ID, SECRET, client, fail, fastRetry, ok, useNock, wireWebhook } from './fixtures';

useNock();

const get = () => client().get(ID);
const caught = (promise: Promise<unknown>) => promise.then(() => { throw new Error('expected a rejection'); }, (e: unknown) => e as WebhookError);

describe('sent.dm error catalogue -> error classes', () => {
  const cases = [
    [400, 'VALIDATION_001', ValidationError],
    [401, 'AUTH_001', AuthenticationError],
    [401, 'AUTH_002', AuthenticationError],
    [403, 'AUTH_004', PermissionError],
    [404, 'RESOURCE_008', NotFoundError],
    [409, 'CONFLICT_001', ConflictError],
    [422, 'BUSINESS_003', ValidationError],
    [429, 'BUSINESS_002', RateLimitError],
    [500, 'INTERNAL_001', ServerError],
    [503, 'SERVICE_001', ServerError],
  ] as const;

  for (const [status, code, Class] of cases) {
    it(`${status} ${code} is a ${Class.name} with providerCode, docUrl and requestId`, async () => {
      nock(BASE).get(`/v3/webhooks/${ID}`).reply(status, fail(code, `sent.dm says ${code}`));
      const error = await caught(get());
      expect(Class.isInstance(error)).toBe(true);
      expect(error).toMatchObject({
        provider: 'sentdm', operation: 'get', status, providerCode: code,
        docUrl: `https://docs.sent.dm/errors/${code}`, requestId: REQUEST_ID,
      });
      expect(error.message).toContain(`sent.dm says ${code}`);
    });
  }

  it('400 VALIDATION_001 keeps details (field -> messages) on the ValidationError', async () => {
    nock(BASE).post('/v3/webhooks').reply(400, fail('VALIDATION_001', 'Validation failed', {
      endpoint_url: ['Endpoint URL must be a valid HTTP or HTTPS URL'], event_types: ['At least one event type is required'],
    }));
    const error = await caught(client().create({ url: 'https://example.com/h', events: ['messages'] }));
    expect(ValidationError.isInstance(error)).toBe(true);
    expect(error.details).toEqual({
      endpoint_url: ['Endpoint URL must be a valid HTTP or HTTPS URL'], event_types: ['At least one event type is required'],
    });
  });

  it('429 BUSINESS_002 with Retry-After gives RateLimitError.retryAfter in ms', async () => {
    nock(BASE).get(`/v3/webhooks/${ID}`).reply(429, fail('BUSINESS_002', 'Rate limit exceeded'), { 'Retry-After': '7' });
    const error = await caught(get());
    expect(RateLimitError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ retryAfter: 7000, retryable: true, providerCode: 'BUSINESS_002' });
  });

  it('429 BUSINESS_002 without Retry-After waits until X-RateLimit-Reset (a Unix time)', async () => {
    const reset = Math.ceil(Date.now() / 1000) + 30;
    nock(BASE).get(`/v3/webhooks/${ID}`).reply(429, fail('BUSINESS_002', 'Rate limit exceeded'), { 'X-RateLimit-Reset': String(reset) });
    const error = await caught(get());
    expect(RateLimitError.isInstance(error)).toBe(true);
    expect(error.retryAfter).toBeGreaterThan(25_000);
    expect(error.retryAfter).toBeLessThanOrEqual(31_000);
  });

  // sent.dm documents X-RateLimit-Reset as a Unix timestamp in seconds.
  it('a 200 success: false with BUSINESS_002 reads X-RateLimit-Reset (a Unix timestamp) as a 429 does', async () => {
    const reset = Math.ceil(Date.now() / 1000) + 5;
    nock(BASE).get(`/v3/webhooks/${ID}`).reply(200, fail('BUSINESS_002', 'Rate limit exceeded'), { 'X-RateLimit-Reset': String(reset) });
    const error = await caught(get());
    expect(RateLimitError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ status: 429 });
    expect((error as RateLimitError).retryAfter).toBeGreaterThan(4000);
    expect((error as RateLimitError).retryAfter).toBeLessThanOrEqual(6000);
  });

  it('409 CONFLICT_001 (same Idempotency-Key in flight) is a ConflictError', async () => {
    nock(BASE).post(`/v3/webhooks/${ID}/rotate-secret`).reply(409, fail('CONFLICT_001', 'A request with this key is in progress'));
    const error = await caught(client().rotateSecret(ID, { idempotencyKey: 'rotate-1' }));
    expect(ConflictError.isInstance(error)).toBe(true);
    expect(error.providerCode).toBe('CONFLICT_001');
  });

  it('an empty 401 (the reference shows "Empty") is still an AuthenticationError, request id from X-Request-Id', async () => {
    nock(BASE).get(`/v3/webhooks/${ID}`).reply(401, '', { 'X-Request-Id': 'req_from_header' });
    const error = await caught(get());
    expect(AuthenticationError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ status: 401, requestId: 'req_from_header' });
  });
});

describe('envelope: success false on a 200', () => {
  it('is an error classed by its code (RESOURCE_008 -> NotFoundError)', async () => {
    nock(BASE).get(`/v3/webhooks/${ID}`).reply(200, fail('RESOURCE_008', 'Webhook not found'));
    const error = await caught(get());
    expect(NotFoundError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ status: 404, providerCode: 'RESOURCE_008', requestId: REQUEST_ID });
  });

  it('an INTERNAL_001 in a 200 is a retryable ServerError, retried like a 500', async () => {
    nock(BASE).get(`/v3/webhooks/${ID}`).reply(200, fail('INTERNAL_001', 'Unexpected'))
      .get(`/v3/webhooks/${ID}`).reply(200, ok(wireWebhook()));
    await expect(client({ retry: fastRetry }).get(ID)).resolves.toMatchObject({ id: ID });
  });

  it('an unknown code of a known family is classed by its family (VALIDATION_099 -> ValidationError)', async () => {
    nock(BASE).get(`/v3/webhooks/${ID}`).reply(200, fail('VALIDATION_099', 'New rule'));
    expect(ValidationError.isInstance(await caught(get()))).toBe(true);
  });

  it('success false without a code is a ResponseValidationError (undocumented body)', async () => {
    nock(BASE).get(`/v3/webhooks/${ID}`).reply(200, { success: false, data: null, error: { message: 'Something' } });
    const error = await caught(get());
    expect(ResponseValidationError.isInstance(error)).toBe(true);
    expect(error.message).toContain('Something');
  });
});

describe('odd bodies never throw a TypeError', () => {
  const odd = [
    ['an empty 500', 500, '', ServerError],
    ['an HTML 502 from a proxy', 502, '<html><body>Bad Gateway</body></html>', ServerError],
    ['a JSON null 500', 500, 'null', ServerError],
    ['a JSON number 400', 400, '42', ValidationError],
    ['truncated JSON 503', 503, '{"success":false,"error":{"code":"SERV', ServerError],
    ['a JSON null 200', 200, 'null', ResponseValidationError],
    ['a JSON number 200', 200, '42', ResponseValidationError],
    ['truncated JSON 200', 200, '{"success":true,"data":{"id":"d4', ResponseValidationError],
    ['an empty 200', 200, '', ResponseValidationError],
  ] as const;

  for (const [label, status, body, Class] of odd) {
    it(`${label} -> ${Class.name} with status and raw text kept`, async () => {
      nock(BASE).get(`/v3/webhooks/${ID}`).reply(status, body, { 'Content-Type': 'application/json' });
      const error = await caught(get());
      expect(Class.isInstance(error)).toBe(true);
      expect(error).not.toBeInstanceOf(TypeError);
      expect(error.status).toBe(status);
      if (body !== '') expect(error.responseBody).toBe(body);
    });
  }

  it('a 2xx with a wrong shape is a ResponseValidationError naming the field', async () => {
    nock(BASE).get(`/v3/webhooks/${ID}`).reply(200, ok(wireWebhook({ endpoint_url: 42 })), { 'X-Request-Id': 'req_shape' });
    const error = await caught(get());
    expect(ResponseValidationError.isInstance(error)).toBe(true);
    expect(Object.keys(error.details ?? {})).toContain('data.endpoint_url');
    expect(error).toMatchObject({ status: 200, requestId: 'req_ok' });
  });

  it('a list whose data is not {webhooks, pagination} is a ResponseValidationError', async () => {
    nock(BASE).get('/v3/webhooks').query(true).reply(200, ok([wireWebhook()]));
    expect(ResponseValidationError.isInstance(await caught(client().list()))).toBe(true);
  });
});

describe('secrets never leak into errors', () => {
  it('the API key echoed by the server is not in message, toJSON, inspect or responseBody', async () => {
    nock(BASE).get(`/v3/webhooks/${ID}`).reply(401, fail('AUTH_002', `Invalid or expired API key ${API_KEY}`));
    const error = await caught(get());
    for (const text of [error.message, JSON.stringify(error.toJSON()), inspect(error), error.responseBody ?? '']) {
      expect(text).not.toContain(API_KEY);
    }
    expect(error.message).toContain('[REDACTED]');
  });

  it('a created secret in a malformed create response is not in the ResponseValidationError', async () => {
    nock(BASE).post('/v3/webhooks').reply(201, ok(wireWebhook({ signing_secret: SECRET, created_at: 'not a date' })));
    const error = await caught(client().create({ url: 'https://example.com/h', events: ['messages'] }));
    expect(ResponseValidationError.isInstance(error)).toBe(true);
    expect(JSON.stringify(error.toJSON())).not.toContain(SECRET);
    expect(error.responseBody).toContain('[REDACTED]');
  });

  it('a rotated secret in a malformed rotate response is not in the error', async () => {
    nock(BASE).post(`/v3/webhooks/${ID}/rotate-secret`).reply(200, { success: true, data: { signing_secret: SECRET }, meta: 7 });
    // meta is not checked, so that body is valid: make the envelope itself wrong instead.
    nock(BASE).post(`/v3/webhooks/${ID}/rotate-secret`).reply(200, { success: 'yes', data: { signing_secret: SECRET } });
    const hooks = client();
    await expect(hooks.rotateSecret(ID)).resolves.toEqual({ secret: SECRET });
    const error = await caught(hooks.rotateSecret(ID));
    expect(ResponseValidationError.isInstance(error)).toBe(true);
    expect(inspect(error)).not.toContain(SECRET);
  });
});
