import nock from 'nock';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { NotFoundError, RateLimitError, WebhookError } from '../../../src/errors';
import { errorForResponse } from '../../../src/transport/failed-response';
import { API_KEY, ORIGIN, readJson, testTransport } from './support';

beforeAll(() => nock.disableNetConnect());
afterEach(() => nock.cleanAll());
afterAll(() => nock.enableNetConnect());

const caught = (promise: Promise<unknown>) => promise.then(() => { throw new Error('expected a rejection'); }, (e: unknown) => e as WebhookError);

describe('success and failure readers', () => {
  it("reads a non-2xx with the request's own failure reader", async () => {
    nock(ORIGIN).get('/v1/things').reply(404, { reason: 'gone' });
    const error = await caught(testTransport({ retry: false }).request({
      operation: 'list', method: 'GET', path: '/things', readSuccess: readJson,
      readFailure: (res) => ({ message: `custom ${(res.json as { reason: string }).reason}`, providerCode: 'GONE' }),
    }));
    expect(NotFoundError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ message: 'list: custom gone', providerCode: 'GONE', status: 404 });
  });

  it("prefers Retry-After over the wait the failure reader reads from X-RateLimit-Reset", async () => {
    nock(ORIGIN).get('/v1/things').reply(429, { message: 'slow down' }, { 'Retry-After': '2', 'X-RateLimit-Reset': '60' });
    const error = await caught(testTransport({ retry: false }).request({ operation: 'list', method: 'GET', path: '/things', readSuccess: readJson }));
    expect(RateLimitError.isInstance(error)).toBe(true);
    expect(error.retryAfter).toBe(2000);
  });

  it('a success reader can fail a 2xx whose body says it failed, through the same retry rules', async () => {
    let requests = 0;
    nock(ORIGIN).get('/v1/things').times(2).reply(() => { requests++; return [200, { ok: requests > 1 }]; });
    const result = await testTransport({ retry: { sleep: async () => {} } }).request({
      operation: 'list', method: 'GET', path: '/things',
      readSuccess: (res) => {
        if ((res.json as { ok: boolean }).ok) return 'done';
        throw errorForResponse(res, { message: 'busy', status: 503 }, { provider: 'test', operation: 'list' });
      },
    });
    expect(result).toBe('done');
    expect(requests).toBe(2);
  });

  it('keeps a secret found in the response body (secretsInResponse) out of every error form', async () => {
    const made = 'whsec_madeByTheServer42';
    nock(ORIGIN).post('/v1/things').reply(201, { data: { signing_secret: made }, echo: API_KEY });
    const error = await caught(testTransport({ retry: false }).request({
      operation: 'create', method: 'POST', path: '/things', body: {},
      secretsInResponse: (json) => [(json as { data: { signing_secret: string } }).data.signing_secret],
      readSuccess: (res) => { throw new WebhookError(`odd body ${res.text} with ${made}`, { responseBody: res.text }); },
    }));
    expect(error.message).not.toContain(made);
    expect(error.responseBody).not.toContain(made);
    expect(error.responseBody).not.toContain(API_KEY);
    expect(JSON.stringify(error)).not.toContain(made);
  });
});
