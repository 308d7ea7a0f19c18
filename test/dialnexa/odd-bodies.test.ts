import nock from 'nock';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { NotFoundError, PermissionError, ServerError, ValidationError, WebhookError } from '../../src/errors';
import { client, ORIGIN } from './support';

beforeAll(() => nock.disableNetConnect());
afterEach(() => nock.cleanAll());
afterAll(() => nock.enableNetConnect());

const ODD = [
  ['empty', '', 'an empty body'],
  ['HTML', '<html><body><h1>502 Bad Gateway</h1></body></html>', 'a body that is not DialNexa JSON'],
  ['JSON null', 'null', 'a body that is not DialNexa JSON'],
  ['a JSON number', '42', 'a body that is not DialNexa JSON'],
  ['a JSON string', '"nope"', 'a body that is not DialNexa JSON'],
  ['truncated JSON', '{"statusCode":404,"message":"Webhook not fo', 'a body that is not DialNexa JSON'],
  ['a message of the wrong type', '{"statusCode":400,"message":{"url":"bad"}}', 'a body that is not DialNexa JSON'],
] as const;

describe('DialNexa error mapping never throws on an odd body', () => {
  it('an array body (an object to valibot) falls back to the bare status', async () => {
    nock(ORIGIN).get('/v1/user-webhooks/wh_1').reply(404, '[1,2]');
    const error = await client({ retry: false }).get('wh_1').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error).toMatchObject({ status: 404, responseBody: '[1,2]', message: 'get: HTTP 404' });
  });

  it.each([
    [400, ValidationError],
    [403, PermissionError],
    [404, NotFoundError],
    [502, ServerError],
  ] as const)('%i with any odd body is still %o, with status and raw text kept', async (status, Class) => {
    for (const [, text, described] of ODD) {
      nock(ORIGIN).get('/v1/user-webhooks/wh_1').reply(status, text, { 'Content-Type': 'application/json' });
      const error = await client({ retry: false }).get('wh_1').catch((e: unknown) => e);
      expect(WebhookError.isInstance(error), text).toBe(true);
      expect(error, text).toBeInstanceOf(Class);
      expect(error, text).toMatchObject({ status, responseBody: text, message: `get: DialNexa answered ${status} with ${described}` });
    }
  });
});
