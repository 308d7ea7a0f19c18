import { inspect } from 'node:util';
import nock from 'nock';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { WebhookError } from '../../src/errors';
import { API_KEY, client, ORIGIN, wireWebhook } from './support';

beforeAll(() => nock.disableNetConnect());
afterEach(() => nock.cleanAll());
afterAll(() => nock.enableNetConnect());

function everyForm(error: unknown): string {
  if (!WebhookError.isInstance(error)) throw new Error(`expected a WebhookError, got ${String(error)}`);
  return [error.message, error.stack, error.responseBody, JSON.stringify(error.details), JSON.stringify(error.toJSON()), inspect(error)].join('\n');
}

const KEY_SECRET = API_KEY.split(':')[1]!;

describe('DialNexa: no key or secret in any error', () => {
  it('removes the API key a 401 echoes, in message, responseBody, details, toJSON() and inspect', async () => {
    nock(ORIGIN).get('/v1/user-webhooks/wh_1').reply(401, {
      statusCode: 401, message: [`apiKey ${API_KEY} is invalid`, `authorization Bearer ${API_KEY} rejected`], error: 'Unauthorized',
    });
    const error = await client({ retry: false }).get('wh_1').catch((e: unknown) => e);
    const shown = everyForm(error);
    expect(shown).toContain('[REDACTED]');
    expect(shown).not.toContain(API_KEY);
    expect(shown).not.toContain(KEY_SECRET);
    expect((error as WebhookError).details).toEqual({
      apiKey: ['apiKey [REDACTED] is invalid'], authorization: ['authorization [REDACTED] rejected'],
    });
  });

  it('removes the secret half of the key when only that is echoed', async () => {
    nock(ORIGIN).get('/v1/user-webhooks/wh_1').reply(403, { statusCode: 403, message: `secret ${KEY_SECRET} lacks permission`, error: 'Forbidden' });
    const shown = everyForm(await client({ retry: false }).get('wh_1').catch((e: unknown) => e));
    expect(shown).toContain('secret [REDACTED] lacks permission');
    expect(shown).not.toContain(KEY_SECRET);
  });

  it("keeps a caller-chosen create secret out of the error when the server echoes the body", async () => {
    const secret = 'whsec_myOwnChoice_abcdef0123';
    // nock 15 hands reply functions the fetch Request.
    nock(ORIGIN).post('/v1/user-webhooks').reply(async (request: Request) => [400, {
      statusCode: 400, message: [`secret ${await request.text()} is not allowed`], error: 'Bad Request',
    }]);
    const error = await client().create({ url: 'https://yourapp.com/h', events: ['call.completed'], secret }).catch((e: unknown) => e);
    const shown = everyForm(error);
    expect(shown).toContain('[REDACTED]');
    expect(shown).not.toContain(secret);
  });

  it('keeps a generated create secret out of the error too', async () => {
    let sentSecret = '';
    nock(ORIGIN).post('/v1/user-webhooks').reply(async (request: Request) => {
      sentSecret = ((await request.json()) as { secret: string }).secret;
      return [500, { statusCode: 500, message: `could not store ${sentSecret}`, error: 'Internal Server Error' }];
    });
    const error = await client().create({ url: 'https://yourapp.com/h', events: ['call.completed'] }).catch((e: unknown) => e);
    expect(sentSecret).toMatch(/^whsec_/);
    expect(everyForm(error)).not.toContain(sentSecret);
  });

  it('keeps a rotated secret out of the error', async () => {
    const secret = 'whsec_rotatedSecret_0123456789';
    nock(ORIGIN).patch('/v1/user-webhooks/wh_1').reply(404, { statusCode: 404, message: `no webhook for ${secret}`, error: 'Not Found' });
    const error = await client().rotateSecret('wh_1', { secret }).catch((e: unknown) => e);
    expect(everyForm(error)).not.toContain(secret);
  });

  it('never repeats a bad secret in a validation error', async () => {
    const error = await client().create({ url: 'https://yourapp.com/h', events: ['call.completed'], secret: 'tooShort123' }).catch((e: unknown) => e);
    expect(everyForm(error)).not.toContain('tooShort123');
  });

  it('a create with the longest secret allowed succeeds, and its escaped echo in an error is redacted (no SyntaxError)', async () => {
    const secret = `whsec_${'+/='.repeat(83)}x`;
    expect(secret).toHaveLength(256);
    nock(ORIGIN).post('/v1/user-webhooks').reply(201, wireWebhook('wh_1'));
    expect((await client().create({ url: 'https://yourapp.com/h', events: ['call.completed'], secret })).secret).toBe(secret);
    nock(ORIGIN).post('/v1/user-webhooks').reply(400, `{"statusCode":400,"message":["secret ${secret.replaceAll('/', '\\/').replaceAll('+', '\\u002B')} rejected"]}`);
    const error = await client().create({ url: 'https://yourapp.com/h', events: ['call.completed'], secret }).catch((e: unknown) => e);
    expect((error as WebhookError).code).toBe('validation');
    expect(everyForm(error)).not.toContain('+/=+/=');
    expect(everyForm(error)).not.toContain('\\u002B\\/=');
  });

  it('a very long API key full of symbols is redacted in every form, with no pattern to compile', async () => {
    const apiKey = `key_long:${'(+/[.*'.repeat(2000)}`;
    nock(ORIGIN).get('/v1/user-webhooks/wh_1').reply(401, JSON.stringify({ statusCode: 401, message: `bad key ${apiKey}`, error: 'Unauthorized' }).replaceAll('/', '\\/'));
    const error = await client({ apiKey, retry: false }).get('wh_1').catch((e: unknown) => e);
    expect((error as WebhookError).code).toBe('authentication');
    expect(everyForm(error)).not.toContain('(+/[.*(+/[.*');
    expect(everyForm(error)).not.toContain('(+\\/[.*(+\\/[.*');
  });
});
