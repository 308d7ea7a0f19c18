import nock from 'nock';
import * as v from 'valibot';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { checkResponse } from '../../../src/schema-check';
import type { HttpResponse } from '../../../src/transport/response';
import { secretsInBody } from '../../../src/transport/secrets-in-body';
import { API_KEY, everyForm, failure, ORIGIN, readJson, testTransport } from './support';

beforeAll(() => nock.disableNetConnect());
afterEach(() => nock.cleanAll());
afterAll(() => nock.enableNetConnect());

const SERVER_SECRET = 'whsec_c2VydmVyLW1hZGUvc2VjcmV0Kz0=';


// The provider's reader expects `{ data: { id } }`: every body below has drifted from it.
const readCreated = (res: HttpResponse) =>
  checkResponse(v.object({ data: v.object({ id: v.string() }) }), res.json, { provider: 'test', operation: 'create', status: res.status, text: res.text });

describe('a secret the provider returned never reaches an error, wherever it put it', () => {
  it.each([
    ['nested one level deeper', { data: { webhook: { id: 'wh_1', signing_secret: SERVER_SECRET } } }],
    ['renamed to camelCase', { data: { signingSecret: SERVER_SECRET } }],
    ['in a list', { data: [{ id: 'wh_1', secret: SERVER_SECRET }] }],
    ['under a name nobody documented, with the whsec_ prefix', { result: { value: SERVER_SECRET } }],
  ])('a drifted 2xx body: %s', async (_shape, body) => {
    nock(ORIGIN).post('/v1/things').reply(201, body);
    const error = await failure(testTransport({ retry: false }).request({
      operation: 'create', method: 'POST', path: '/things', body: {}, readSuccess: readCreated,
    }));
    expect(error.code).toBe('invalid_response');
    expect(error.responseBody).toContain('[REDACTED]');
    expect(everyForm(error)).not.toContain(SERVER_SECRET);
    // The escaped form a JSON encoder may write is gone too.
    expect(everyForm(error)).not.toContain(SERVER_SECRET.replaceAll('/', '\\/'));
  });

  it('a body that is not JSON (truncated) still loses its whsec_ token', async () => {
    nock(ORIGIN).post('/v1/things').reply(201, `{"data":{"signing_secret":"${SERVER_SECRET.replaceAll('/', '\\/')}","id":`);
    const error = await failure(testTransport({ retry: false }).request({
      operation: 'create', method: 'POST', path: '/things', body: {}, readSuccess: readCreated,
    }));
    expect(everyForm(error)).not.toContain(SERVER_SECRET.slice(0, 20));
  });

  it('an error body with a token under a credential-like name', async () => {
    nock(ORIGIN).get('/v1/things').reply(500, { message: 'boom', debug: { access_token: 'at_9f8e7d6c5b4a', 'client-secret': 'cs_0a1b2c3d4e5f' } });
    const error = await failure(testTransport({ retry: false }).request({ operation: 'list', method: 'GET', path: '/things', readSuccess: readJson }));
    expect(error.responseBody).not.toContain('at_9f8e7d6c5b4a');
    expect(error.responseBody).not.toContain('cs_0a1b2c3d4e5f');
  });
});

describe('the fields a failure reader fills are redacted like the message', () => {
  it('providerCode, requestId and docUrl lose an echoed key', async () => {
    nock(ORIGIN).get('/v1/things').reply(403, { message: 'no' });
    const error = await failure(testTransport({ retry: false }).request({
      operation: 'list', method: 'GET', path: '/things', readSuccess: readJson,
      readFailure: () => ({ message: 'no', providerCode: `AUTH_${API_KEY}`, requestId: `req-${API_KEY}`, docUrl: `https://docs.example/e?k=${API_KEY}` }),
    }));
    expect(error).toMatchObject({ providerCode: 'AUTH_[REDACTED]', requestId: 'req-[REDACTED]', docUrl: 'https://docs.example/e?k=[REDACTED]' });
    expect(everyForm(error)).not.toContain(API_KEY);
  });
});

describe('secretsInBody', () => {
  it('finds values under credential-like names at any depth, and whsec_ tokens anywhere', () => {
    const json = { a: { b: [{ c: { api_key: 'k_12345678', password: 'p_12345678', 'X-Auth-Token': 't_12345678' } }] }, note: `see ${SERVER_SECRET}` };
    expect(secretsInBody(json, JSON.stringify(json)).sort()).toEqual(['k_12345678', 'p_12345678', SERVER_SECRET, 't_12345678'].sort());
  });

  it('leaves ids, idempotency keys, flags and short placeholders alone', () => {
    const json = { id: 'wh_12345678', idempotency_key: 'idem_12345678', secret_set: true, secret: '***', token_type: 'Bearer_token' };
    expect(secretsInBody(json, JSON.stringify(json))).toEqual([]);
  });

  it('never throws, whatever the body', () => {
    for (const json of [undefined, null, 42, 'whsec_', [], [[[]]], { secret: 12345678 }]) {
      expect(() => secretsInBody(json, String(json))).not.toThrow();
    }
    let deep: unknown = { secret: 'deep_secret_value' };
    for (let i = 0; i < 10_000; i++) deep = { next: deep };
    expect(() => secretsInBody(deep, '')).not.toThrow();
  });
});
