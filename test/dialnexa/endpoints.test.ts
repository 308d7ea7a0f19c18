import nock from 'nock';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { AUTH, client, ORIGIN, wireWebhook } from './support';

beforeAll(() => nock.disableNetConnect());
afterEach(() => nock.cleanAll());
afterAll(() => nock.enableNetConnect());

const api = () => nock(ORIGIN, { reqheaders: { authorization: AUTH, accept: 'application/json' } });

describe('DialNexa endpoints', () => {
  it('list: GET /v1/user-webhooks with page, limit and is_active', async () => {
    const scope = api().get('/v1/user-webhooks').query({ page: '2', limit: '50', is_active: 'false' })
      .reply(200, { data: [wireWebhook('wh_1', { is_active: false })], meta: { page: 2, limit: 50, total: 51 } });
    const page = await client().list({ page: 2, pageSize: 50, active: false });
    expect(scope.isDone()).toBe(true);
    expect(page).toMatchObject({ page: 2, pageSize: 50, total: 51, hasMore: false });
    expect(page.items.map((w) => [w.id, w.active])).toEqual([['wh_1', false]]);
  });

  it('list: defaults to page 1 and 20 per page, without an is_active filter', async () => {
    const scope = api().get('/v1/user-webhooks').query({ page: '1', limit: '20' }).reply(200, { data: [] });
    await client().list();
    expect(scope.isDone()).toBe(true);
  });

  it('get: GET /v1/user-webhooks/{id}, mapped to the model', async () => {
    const scope = api().get('/v1/user-webhooks/whk_c9v3nz8rq4pm').reply(200, wireWebhook('whk_c9v3nz8rq4pm'));
    const webhook = await client().get('whk_c9v3nz8rq4pm');
    expect(scope.isDone()).toBe(true);
    expect(webhook).toEqual({
      provider: 'dialnexa',
      id: 'whk_c9v3nz8rq4pm',
      url: 'https://yourapp.com/webhooks/dialnexa',
      events: ['call.completed', 'call.failed'],
      active: true,
      createdAt: new Date('2024-04-01T08:00:00.000Z'),
    });
    // `raw` is readable but not enumerable: JSON and spreads give the normalized fields only.
    expect(webhook.raw).toEqual(wireWebhook('whk_c9v3nz8rq4pm'));
    expect(JSON.parse(JSON.stringify(webhook))).not.toHaveProperty('raw');
  });

  it('create: POST /v1/user-webhooks with url, events, secret and is_active; 201', async () => {
    let sent: unknown;
    const scope = api().post('/v1/user-webhooks', (body) => { sent = body; return true; })
      .reply(201, wireWebhook('wh_new', { events: ['call.completed'], is_active: false }));
    const created = await client().create({
      url: 'https://yourapp.com/webhooks/dialnexa', events: ['call.completed'], active: false, secret: 'whsec_your_secret_here',
    });
    expect(scope.isDone()).toBe(true);
    expect(sent).toEqual({
      url: 'https://yourapp.com/webhooks/dialnexa', events: ['call.completed'], secret: 'whsec_your_secret_here', is_active: false,
    });
    expect(created).toMatchObject({ id: 'wh_new', active: false, secret: 'whsec_your_secret_here' });
  });

  it('create: is_active defaults to true, as the docs say', async () => {
    let sent: Record<string, unknown> = {};
    api().post('/v1/user-webhooks', (body) => { sent = body as Record<string, unknown>; return true; }).reply(201, wireWebhook('wh_1'));
    await client().create({ url: 'https://yourapp.com/hooks', events: ['call.completed'] });
    expect(sent.is_active).toBe(true);
  });

  it('update: PATCH with only the fields the caller named', async () => {
    const bodies: unknown[] = [];
    const scope = api().patch('/v1/user-webhooks/wh_1', (body) => { bodies.push(body); return true; }).times(2)
      .reply(200, wireWebhook('wh_1', { is_active: false }));
    await client().update('wh_1', { active: false });
    await client().update('wh_1', { events: ['call.completed', 'campaign.completed'], url: 'https://new.example.com/h' });
    expect(scope.isDone()).toBe(true);
    expect(bodies).toStrictEqual([
      { is_active: false },
      { url: 'https://new.example.com/h', events: ['call.completed', 'campaign.completed'] },
    ]);
  });

  it('delete: DELETE /v1/user-webhooks/{id}; 200 with a message body resolves to undefined', async () => {
    const scope = api().delete('/v1/user-webhooks/wh_1').reply(200, { message: 'Webhook deleted.' });
    await expect(client().delete('wh_1')).resolves.toBeUndefined();
    expect(scope.isDone()).toBe(true);
  });

  it('puts ids into the path encoded, and refuses ids that would change the path', async () => {
    const scope = api().get('/v1/user-webhooks/wh%3Aodd').reply(200, wireWebhook('wh:odd'));
    await client().get('wh:odd');
    expect(scope.isDone()).toBe(true);
    await expect(client().get('../user-webhooks')).rejects.toMatchObject({ code: 'validation' });
    await expect(client().get('')).rejects.toMatchObject({ code: 'validation' });
  });

  it('baseUrl replaces the default whole (a simulator or proxy)', async () => {
    const scope = nock('https://proxy.example.com').get('/dialnexa/v1/user-webhooks/wh_1').reply(200, wireWebhook('wh_1'));
    await client({ baseUrl: 'https://proxy.example.com/dialnexa/v1/' }).get('wh_1');
    expect(scope.isDone()).toBe(true);
  });
});
