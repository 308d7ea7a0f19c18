import nock from 'nock';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { checkResponse } from '../../../src/schema-check';
import { API_KEY, everyForm, failure, ORIGIN, readJson, recordingSleep, testTransport } from './support';

beforeAll(() => nock.disableNetConnect());
afterEach(() => nock.cleanAll());
afterAll(() => nock.enableNetConnect());


describe('redaction', () => {
  it('removes an API key the server echoes from every form of the error', async () => {
    nock(ORIGIN).get('/v1/things').reply(401, { message: `key Bearer ${API_KEY} is revoked`, echo: API_KEY });
    const error = await failure(testTransport({ retry: false }).request({ operation: 'list', method: 'GET', path: '/things', readSuccess: readJson }));
    expect(error.status).toBe(401);
    expect(error.message).toBe('list: key [REDACTED] is revoked');
    expect(everyForm(error)).not.toContain(API_KEY);
  });

  it('does not leak the start of a key cut in half by the 2 KB clip of responseBody', async () => {
    const body = `${'x'.repeat(2040)}${API_KEY}`;
    nock(ORIGIN).get('/v1/things').reply(400, body);
    const error = await failure(testTransport({ retry: false }).request({ operation: 'list', method: 'GET', path: '/things', readSuccess: readJson }));
    expect(error.responseBody).not.toContain(API_KEY.slice(0, 8));
  });

  it('removes a per-call secret echoed in a 2xx body that fails the schema', async () => {
    const secret = 'whsec_callerChosenSecret123';
    nock(ORIGIN).post('/v1/things').reply(201, { unexpected: true, secret });
    const error = await failure(testTransport({ retry: false }).request({
      operation: 'create', method: 'POST', path: '/things', body: { secret }, secrets: [secret],
      readSuccess: (res) => checkResponse(v.object({ id: v.string() }), res.json, { provider: 'test', operation: 'create', status: res.status, text: res.text }),
    }));
    expect(error.code).toBe('invalid_response');
    expect(error.responseBody).toBeDefined();
    expect(everyForm(error)).not.toContain(secret);
  });

  it('hands onRetry hooks an error that is already redacted', async () => {
    const { sleep } = recordingSleep();
    const seen: string[] = [];
    nock(ORIGIN).get('/v1/things').reply(503, { message: `down for ${API_KEY}` }).get('/v1/things').reply(200, []);
    await testTransport({ retry: { sleep }, hooks: { onRetry: ({ error }) => seen.push(everyForm(error)) } })
      .request({ operation: 'list', method: 'GET', path: '/things', readSuccess: readJson });
    expect(seen).toHaveLength(1);
    expect(seen[0]).toContain('[REDACTED]');
    expect(seen[0]).not.toContain(API_KEY);
  });

});
