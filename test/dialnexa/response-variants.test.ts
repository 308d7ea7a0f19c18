import nock from 'nock';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ResponseValidationError } from '../../src/errors';
import { client, ORIGIN, wireWebhook } from './support';

beforeAll(() => nock.disableNetConnect());
afterEach(() => nock.cleanAll());
afterAll(() => nock.enableNetConnect());

const getReturns = (body: unknown) => nock(ORIGIN).get('/v1/user-webhooks/wh_1').reply(200, body as Record<string, unknown>);
const listReturns = (body: unknown) => nock(ORIGIN).get('/v1/user-webhooks').query(true).reply(200, body as Record<string, unknown>);

describe('DialNexa quirks: single-webhook envelopes', () => {
  it('accepts the flat object the DialNexa reference examples show', async () => {
    getReturns(wireWebhook('wh_1'));
    expect(await client().get('wh_1')).toMatchObject({ id: 'wh_1', active: true });
  });

  it('accepts the {webhook} wrapper the OpenAPI declares', async () => {
    getReturns({ message: 'Webhook retrieved', webhook: wireWebhook('wh_1', { url: 'https://wrapped.example.com/h' }) });
    const webhook = await client().get('wh_1');
    expect(webhook).toMatchObject({ id: 'wh_1', url: 'https://wrapped.example.com/h' });
    expect(webhook.raw).toEqual(wireWebhook('wh_1', { url: 'https://wrapped.example.com/h' }));
  });

  it('reads createdAt when the OpenAPI spelling is used instead of created_at', async () => {
    const { created_at: _omit, ...rest } = wireWebhook('wh_1');
    getReturns({ ...rest, createdAt: '2025-01-02T03:04:05.000Z', updatedAt: '2025-02-03T04:05:06.000Z' });
    const webhook = await client().get('wh_1');
    expect(webhook.createdAt).toEqual(new Date('2025-01-02T03:04:05.000Z'));
    expect(webhook.updatedAt).toEqual(new Date('2025-02-03T04:05:06.000Z'));
  });

  it.each(['wh_abc123', 'whk_c9v3nz8rq4pm', 'webhook_abc123'])('treats the id %s as opaque (the docs show three prefixes)', async (id) => {
    nock(ORIGIN).get(`/v1/user-webhooks/${id}`).reply(200, wireWebhook(id));
    expect((await client().get(id)).id).toBe(id);
  });

  it('turns a numeric id into a string', async () => {
    getReturns(wireWebhook('x', { id: 42 }));
    expect((await client().get('wh_1')).id).toBe('42');
  });

  it('keeps unknown new fields in raw instead of failing', async () => {
    getReturns(wireWebhook('wh_1', { retry_count: 3 }));
    expect((await client().get('wh_1')).raw).toMatchObject({ retry_count: 3 });
  });

  it('never puts the masked secret ("********") into the model or raw', async () => {
    getReturns(wireWebhook('wh_1', { secret: '********' }));
    const webhook = await client().get('wh_1');
    expect(webhook.secret).toBeUndefined();
    expect(webhook.raw).not.toHaveProperty('secret');
  });

  it('refuses a 2xx without a creation time in either spelling', async () => {
    const { created_at: _omit, ...rest } = wireWebhook('wh_1');
    getReturns(rest);
    const error = await client().get('wh_1').catch((e: unknown) => e);
    expect(ResponseValidationError.isInstance(error)).toBe(true);
    expect((error as ResponseValidationError).status).toBe(200);
  });

  it('refuses a 2xx that is not JSON, keeping the text', async () => {
    nock(ORIGIN).get('/v1/user-webhooks/wh_1').reply(200, '<html>maintenance</html>');
    const error = await client().get('wh_1').catch((e: unknown) => e);
    expect(ResponseValidationError.isInstance(error)).toBe(true);
    expect((error as ResponseValidationError).responseBody).toBe('<html>maintenance</html>');
  });
});

describe('DialNexa quirks: list envelopes', () => {
  it('reads {data, meta} as the pagination page documents it', async () => {
    listReturns({ data: [wireWebhook('wh_1'), wireWebhook('wh_2')], meta: { page: 1, limit: 2, total: 5, totalPages: 3 } });
    const page = await client().list({ pageSize: 2 });
    expect(page).toMatchObject({ page: 1, pageSize: 2, total: 5, hasMore: true });
    expect(page.items.map((w) => w.id)).toEqual(['wh_1', 'wh_2']);
  });

  it('reads {webhooks, page, limit, total, totalPages} as the OpenAPI declares', async () => {
    listReturns({ message: 'ok', webhooks: [wireWebhook('webhook_9')], page: 3, limit: 2, total: 5, totalPages: 3 });
    const page = await client().list({ page: 3, pageSize: 2 });
    expect(page).toMatchObject({ page: 3, pageSize: 2, total: 5, hasMore: false });
    expect(page.items.map((w) => w.id)).toEqual(['webhook_9']);
  });

  it('reads the bare {data} of the reference example, guessing hasMore from a full page', async () => {
    listReturns({ data: [wireWebhook('wh_1'), wireWebhook('wh_2')] });
    const full = await client().list({ pageSize: 2 });
    expect(full).toEqual(expect.objectContaining({ page: 1, pageSize: 2, hasMore: true }));
    expect(full).not.toHaveProperty('total');
    listReturns({ data: [wireWebhook('wh_3')] });
    expect((await client().list({ page: 2, pageSize: 2 })).hasMore).toBe(false);
  });

  it('refuses a list in no documented envelope', async () => {
    listReturns({ items: [wireWebhook('wh_1')] });
    await expect(client().list()).rejects.toBeInstanceOf(ResponseValidationError);
  });
});

describe('DialNexa quirks: delete bodies', () => {
  it.each([
    ['{message}', { message: 'Webhook deleted.' }],
    ['{success, message}', { success: true, message: 'Webhook deleted successfully' }],
    ['{message, id}', { message: 'Webhook deleted successfully', id: 'wh_1' }],
    ['an empty body', ''],
  ])('accepts the delete body %s (sources disagree; nothing in it is needed)', async (_name, body) => {
    const scope = nock(ORIGIN).delete('/v1/user-webhooks/wh_1').reply(200, body);
    await expect(client().delete('wh_1')).resolves.toBeUndefined();
    expect(scope.isDone()).toBe(true);
  });
});
