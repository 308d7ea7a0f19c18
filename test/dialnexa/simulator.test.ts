import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type DialNexaSimulator } from '../../entries/testing';

let sim: DialNexaSimulator;
beforeAll(async () => { sim = await startSimulator('dialnexa'); });
afterEach(() => sim.reset());
afterAll(() => sim.close());

const valid = { url: 'https://app.example/hooks', events: ['call.completed', 'call.failed'], secret: 'whsec_abc123' };

async function call(method: string, path: string, body?: unknown, auth: string | null = `Bearer ${sim.apiKey}`) {
  const response = await fetch(sim.baseUrl + path, {
    method,
    headers: { ...(auth === null ? {} : { authorization: auth }), ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text === '' ? undefined : JSON.parse(text) };
}

describe('DialNexa simulator: basics', () => {
  it('serves below /v1 on 127.0.0.1 with a key_id:secret key', () => {
    expect(sim.baseUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/v1$/);
    expect(sim.provider).toBe('dialnexa');
    expect(sim.apiKey).toContain(':');
  });

  it('401s in NestJS format without a key or with a wrong one', async () => {
    const unauthorized = { statusCode: 401, message: 'Unauthorized', error: 'Unauthorized' };
    expect(await call('GET', '/user-webhooks', undefined, null)).toMatchObject({ status: 401, body: unauthorized });
    expect(await call('GET', '/user-webhooks', undefined, 'Bearer nope')).toMatchObject({ status: 401, body: unauthorized });
    expect(await call('GET', '/user-webhooks', undefined, sim.apiKey)).toMatchObject({ status: 401 });
  });

  it('answers unknown routes like NestJS', async () => {
    expect(await call('GET', '/nope')).toMatchObject({ status: 404, body: { statusCode: 404, message: 'Cannot GET /v1/nope', error: 'Not Found' } });
    expect((await call('PUT', '/user-webhooks/whk_1', valid)).status).toBe(404);
  });
});

describe('DialNexa simulator: create', () => {
  it('201s with the flat resource and never echoes the secret', async () => {
    const { status, body } = await call('POST', '/user-webhooks', valid);
    expect(status).toBe(201);
    expect(body).toEqual({ id: expect.stringMatching(/^whk_[a-z0-9]{12}$/), url: valid.url, events: valid.events, is_active: true, created_at: expect.any(String) });
    expect(new Date(body.created_at).toISOString()).toBe(body.created_at);
    expect(JSON.stringify(body)).not.toContain('whsec_abc123');
    expect(sim.webhooks).toEqual([{ ...body, secret: 'whsec_abc123' }]);
  });

  it('refuses a blank secret like an empty one (it could sign nothing)', async () => {
    const { status, body } = await call('POST', '/user-webhooks', { ...valid, secret: '   ' });
    expect(status).toBe(400);
    expect(body.message).toEqual(['secret should not be empty']);
  });

  it('keeps is_active: false', async () => {
    expect((await call('POST', '/user-webhooks', { ...valid, is_active: false })).body.is_active).toBe(false);
  });

  it('400s with every problem as a message list', async () => {
    const { status, body } = await call('POST', '/user-webhooks', {});
    expect(status).toBe(400);
    expect(body).toEqual({
      statusCode: 400, error: 'Bad Request',
      message: ['url should not be empty', 'url must be a valid URL', 'events must be an array', 'events should not be empty', 'secret should not be empty', 'secret must be a string'],
    });
    expect(sim.webhooks).toHaveLength(0);
  });

  it.each([
    [{ url: 'not a url' }, 'url must be a valid URL'],
    [{ url: 'http://app.example/hooks' }, 'url must use the https protocol'],
    [{ events: [] }, 'events should not be empty'],
    [{ events: [1] }, 'each value in events must be a string'],
    [{ events: ['call_ended'] }, expect.stringContaining('each value in events must be one of the following values: call.completed')],
    [{ secret: '' }, 'secret should not be empty'],
    [{ is_active: 'yes' }, 'is_active must be a boolean value'],
  ])('refuses %j', async (change, message) => {
    const { status, body } = await call('POST', '/user-webhooks', { ...valid, ...change });
    expect(status).toBe(400);
    expect(body.message).toEqual([message]);
  });

  it('400s on a body that is not JSON', async () => {
    const { status, body } = await call('POST', '/user-webhooks', '{"url":');
    expect(status).toBe(400);
    expect(body).toMatchObject({ statusCode: 400, error: 'Bad Request', message: expect.any(String) });
  });
});

describe('DialNexa simulator: get, update, delete', () => {
  it('gets the flat object, 404s an unknown id', async () => {
    const created = (await call('POST', '/user-webhooks', valid)).body;
    expect(await call('GET', `/user-webhooks/${created.id}`)).toMatchObject({ status: 200, body: created });
    expect(await call('GET', '/user-webhooks/whk_missing')).toMatchObject({
      status: 404, body: { statusCode: 404, message: 'Webhook not found', error: 'Not Found' },
    });
  });

  it('PATCH changes only what it names; events replaces the list; secret rotates', async () => {
    const created = (await call('POST', '/user-webhooks', valid)).body;
    const patched = await call('PATCH', `/user-webhooks/${created.id}`, { events: ['campaign.completed'] });
    expect(patched).toMatchObject({ status: 200, body: { ...created, events: ['campaign.completed'] } });
    await call('PATCH', `/user-webhooks/${created.id}`, { secret: 'whsec_new', is_active: false });
    expect(sim.webhooks[0]).toMatchObject({ secret: 'whsec_new', is_active: false, url: valid.url, events: ['campaign.completed'] });
    expect((await call('PATCH', `/user-webhooks/${created.id}`, {})).body).toMatchObject({ id: created.id, is_active: false });
  });

  it('PATCH validates what it is given, before looking the webhook up', async () => {
    const created = (await call('POST', '/user-webhooks', valid)).body;
    expect(await call('PATCH', `/user-webhooks/${created.id}`, { url: 'ftp://x' })).toMatchObject({ status: 400, body: { message: ['url must use the https protocol'] } });
    expect((await call('PATCH', '/user-webhooks/whk_missing', { events: [] })).status).toBe(400);
    expect((await call('PATCH', '/user-webhooks/whk_missing', { events: ['call.failed'] })).status).toBe(404);
  });

  it('DELETE answers 200 with a message; deleting again is 404', async () => {
    const created = (await call('POST', '/user-webhooks', valid)).body;
    expect(await call('DELETE', `/user-webhooks/${created.id}`)).toMatchObject({ status: 200, body: { message: 'Webhook deleted.' } });
    expect(await call('DELETE', `/user-webhooks/${created.id}`)).toMatchObject({ status: 404, body: { message: 'Webhook not found' } });
    expect(sim.webhooks).toHaveLength(0);
  });
});

describe('DialNexa simulator: list', () => {
  it('pages with { data, meta: { page, limit, total } }, limit 20 by default', async () => {
    for (let n = 0; n < 23; n++) await call('POST', '/user-webhooks', { ...valid, url: `https://app.example/${n}`, is_active: n % 2 === 0 });
    const first = await call('GET', '/user-webhooks');
    expect(first.body.meta).toEqual({ page: 1, limit: 20, total: 23 });
    expect(first.body.data).toHaveLength(20);
    expect(first.body.data[0]).toEqual(expect.not.objectContaining({ secret: expect.anything() }));
    const second = await call('GET', '/user-webhooks?page=2&limit=20');
    expect(second.body.data.map((w: { url: string }) => w.url)).toEqual(['https://app.example/20', 'https://app.example/21', 'https://app.example/22']);
    const inactive = await call('GET', '/user-webhooks?is_active=false&limit=100');
    expect(inactive.body.meta.total).toBe(11);
    expect(inactive.body.data.every((w: { is_active: boolean }) => !w.is_active)).toBe(true);
    expect((await call('GET', '/user-webhooks?page=9')).body).toEqual({ data: [], meta: { page: 9, limit: 20, total: 23 } });
  });

  it('400s on limit above 100, page below 1 and a bad is_active', async () => {
    expect(await call('GET', '/user-webhooks?limit=101')).toMatchObject({ status: 400, body: { message: ['limit must not be greater than 100'] } });
    expect(await call('GET', '/user-webhooks?page=0')).toMatchObject({ status: 400, body: { message: ['page must not be less than 1'] } });
    expect(await call('GET', '/user-webhooks?is_active=maybe')).toMatchObject({ status: 400, body: { message: ['is_active must be a boolean value'] } });
  });
});
