import nock from 'nock';
import { describe, expect, it } from 'vitest';
import { ResponseValidationError } from '../../src/errors';
import { BASE, client, ok, SECRET, useNock, wireWebhook } from './fixtures';

useNock();

describe('create() resolves to a CreatedWebhook', () => {
  it('its secret is the signing_secret sent.dm made, and raw stays readable but out of JSON', async () => {
    nock(BASE).post('/v3/webhooks').reply(201, ok(wireWebhook({ signing_secret: SECRET })));
    const created = await client().create({ url: 'https://example.com/h', events: ['messages'] });
    expect(created.secret).toBe(SECRET);
    expect(created.raw).toMatchObject({ endpoint_url: 'https://example.com/webhooks/orders' });
    expect(JSON.parse(JSON.stringify(created))).not.toHaveProperty('raw');
    expect(JSON.stringify(created)).toContain(SECRET); // the secret is a field of the model, shown this once
  });

  it('an answer without signing_secret is a ResponseValidationError naming the created id and the way out', async () => {
    nock(BASE).post('/v3/webhooks').reply(201, ok(wireWebhook({ signing_secret: null })));
    const error = await client().create({ url: 'https://example.com/h', events: ['messages'] }).catch((e: unknown) => e);
    expect(ResponseValidationError.isInstance(error)).toBe(true);
    const id = (wireWebhook() as { id: string }).id;
    expect((error as ResponseValidationError).message).toContain(`created webhook ${id}`);
    expect((error as ResponseValidationError).message).toContain(`rotateSecret('${id}')`);
    expect((error as ResponseValidationError).idempotencyKey).toMatch(/^[0-9a-f-]{36}$/);
  });
});
