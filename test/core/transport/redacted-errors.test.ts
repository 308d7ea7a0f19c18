import { inspect } from 'node:util';
import nock from 'nock';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { WebhookError } from '../../../src/errors';
import * as v from 'valibot';
import { checkResponse } from '../../../src/schema-check';
import { API_KEY, ORIGIN, readJson, recordingSleep, testTransport } from './support';

beforeAll(() => nock.disableNetConnect());
afterEach(() => nock.cleanAll());
afterAll(() => nock.enableNetConnect());

/** Every place an error's text can show up. */
function everyForm(error: WebhookError): string {
  return [error.message, error.stack, error.responseBody, JSON.stringify(error.details), JSON.stringify(error), inspect(error)].join('\n');
}

async function failure(promise: Promise<unknown>): Promise<WebhookError> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  if (!WebhookError.isInstance(error)) throw new Error(`expected a WebhookError, got ${String(error)}`);
  return error;
}

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
