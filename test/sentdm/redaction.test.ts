import { inspect } from 'node:util';
import nock from 'nock';
import { describe, expect, it } from 'vitest';
import { WebhookError } from '../../src/errors';
import { API_KEY, BASE, ID, SECRET, client, fail, ok, useNock, wireWebhook } from './fixtures';

useNock();

function everyForm(error: unknown): string {
  if (!WebhookError.isInstance(error)) throw new Error(`expected a WebhookError, got ${String(error)}`);
  return [error.message, error.stack, error.responseBody, JSON.stringify(error.details), JSON.stringify(error.toJSON()), inspect(error)].join('\n');
}

const input = { url: 'https://example.com/h', events: ['message.delivered'] };

describe('sent.dm: a secret it made never reaches an error, whatever shape the response has', () => {
  it.each([
    ['nested under data.webhook', ok({ webhook: wireWebhook({ signing_secret: SECRET }) })],
    ['renamed signingSecret', ok({ ...wireWebhook(), id: 42, signingSecret: SECRET })],
    ['outside data', { success: true, data: { ...wireWebhook(), id: null }, signing_secret: SECRET }],
  ])('a drifted create response (%s) is a ResponseValidationError without the secret', async (_shape, body) => {
    nock(BASE).post('/v3/webhooks').reply(201, body);
    const error = await client().create(input).catch((e: unknown) => e);
    expect((error as WebhookError).code).toBe('invalid_response');
    expect((error as WebhookError).responseBody).toContain('[REDACTED]');
    expect(everyForm(error)).not.toContain(SECRET);
  });

  it('a drifted rotate-secret response loses the new secret too', async () => {
    nock(BASE).post(`/v3/webhooks/${ID}/rotate-secret`).reply(200, ok({ secret: { value: SECRET } }));
    const error = await client().rotateSecret(ID).catch((e: unknown) => e);
    expect(everyForm(error)).not.toContain(SECRET);
  });

  it('providerCode, requestId and docUrl from the error envelope lose an echoed key', async () => {
    const body = fail('AUTH_001', `key ${API_KEY} is not valid`);
    Object.assign(body.error as object, { doc_url: `https://docs.sent.dm/errors/AUTH_001?key=${API_KEY}` });
    Object.assign(body.meta as object, { request_id: `req_${API_KEY}` });
    nock(BASE).get(`/v3/webhooks/${ID}`).reply(401, body);
    const error = (await client().get(ID).catch((e: unknown) => e)) as WebhookError;
    expect(error.docUrl).toBe('https://docs.sent.dm/errors/AUTH_001?key=[REDACTED]');
    expect(error.requestId).toBe('req_[REDACTED]');
    expect(everyForm(error)).not.toContain(API_KEY);
  });
});
