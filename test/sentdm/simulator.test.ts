import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type SentDmSimulator } from '../../entries/testing';
import { sentDmCaller, validWebhook } from './simulator-client';

let sim: SentDmSimulator;
beforeAll(async () => { sim = await startSimulator('sentdm'); });
afterEach(() => sim.reset());
afterAll(() => sim.close());
const call = sentDmCaller(() => sim);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const create = async (body: Record<string, unknown> = {}) => (await call('POST', '/v3/webhooks', { ...validWebhook, ...body })).body.data;

describe('sent.dm simulator: envelope and auth', () => {
  it('wraps every response and names the request in meta and X-Request-Id', async () => {
    const { status, headers, body } = await call('GET', '/v3/webhooks?page=1&page_size=10');
    expect(status).toBe(200);
    expect(body).toEqual({
      success: true, error: null, data: expect.any(Object),
      meta: { request_id: expect.stringMatching(/^req_/), timestamp: expect.stringMatching(/\+00:00$/), version: 'v3' },
    });
    expect(headers.get('x-request-id')).toBe(body.meta.request_id);
    expect(headers.get('x-api-version')).toBe('v3');
    expect(headers.get('x-response-time')).toMatch(/^\d+ms$/);
    expect(sim.baseUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it('401s AUTH_001 without a key and AUTH_002 with a wrong one', async () => {
    const missing = await call('GET', '/v3/webhooks/event-types', undefined, { 'x-api-key': undefined });
    expect(missing).toMatchObject({ status: 401, body: { success: false, data: null, error: { code: 'AUTH_001', doc_url: 'https://docs.sent.dm/errors/AUTH_001' } } });
    const wrong = await call('GET', '/v3/webhooks/event-types', undefined, { 'x-api-key': 'sk_test_wrong' });
    expect(wrong).toMatchObject({ status: 401, body: { error: { code: 'AUTH_002' } } });
  });

  it('answers unknown routes 404 and wrong methods 405, with empty bodies', async () => {
    expect(await call('GET', '/v3/nope')).toMatchObject({ status: 404, body: undefined });
    expect(await call('PATCH', '/v3/webhooks')).toMatchObject({ status: 405, body: undefined });
  });
});

describe('sent.dm simulator: create and retrieve', () => {
  it('201s with defaults and a whsec_ secret of 32 bytes, shown once', async () => {
    const { status, body } = await call('POST', '/v3/webhooks', validWebhook);
    expect(status).toBe(201);
    const data = body.data;
    expect(data).toEqual({
      id: expect.stringMatching(UUID), display_name: 'Orders', endpoint_url: validWebhook.endpoint_url,
      signing_secret: expect.stringMatching(/^whsec_[A-Za-z0-9+/]+=*$/), is_active: true, event_types: ['message'],
      event_filters: null, retry_count: 3, timeout_seconds: 30, last_delivery_attempt_at: null,
      last_successful_delivery_at: null, consecutive_failures: 0, created_at: expect.stringMatching(/\+00:00$/), updated_at: null,
    });
    expect(Buffer.from(data.signing_secret.slice(6), 'base64')).toHaveLength(32);
    const fetched = await call('GET', `/v3/webhooks/${data.id}`);
    expect(fetched.body.data).toEqual({ ...data, signing_secret: null });
    expect(sim.webhooks[0]).toMatchObject({ id: data.id, signing_secret: data.signing_secret, profile_id: null });
  });

  it('400s VALIDATION_001 with details per field', async () => {
    const { status, body } = await call('POST', '/v3/webhooks', { endpoint_url: 'not a url', event_types: [] });
    expect(status).toBe(400);
    expect(body.error).toEqual({
      code: 'VALIDATION_001', message: 'Endpoint URL must be a valid HTTP or HTTPS URL', doc_url: 'https://docs.sent.dm/errors/VALIDATION_001',
      details: { endpoint_url: ['Endpoint URL must be a valid HTTP or HTTPS URL'], event_types: ['At least one event type is required'] },
    });
    expect(sim.webhooks).toHaveLength(0);
  });

  it('refuses unknown event types and is_active (toggle-status owns it)', async () => {
    expect((await call('POST', '/v3/webhooks', { ...validWebhook, event_types: ['order.paid'] })).body.error.details.event_types[0]).toMatch(/Unknown event type 'order.paid'/);
    expect((await call('POST', '/v3/webhooks', { ...validWebhook, is_active: false })).body.error.details).toHaveProperty('is_active');
  });

  it('accepts plain http URLs, the plural "messages", sub types and event filters', async () => {
    const data = await create({ endpoint_url: 'http://app.example/h', event_types: ['messages', 'message.failed', 'templates'], event_filters: { message: ['delivered'] } });
    expect(data).toMatchObject({ endpoint_url: 'http://app.example/h', event_types: ['messages', 'message.failed', 'templates'], event_filters: { message: ['delivered'] } });
  });

  it.each([
    [{ retry_count: 0 }, 'retry_count'], [{ retry_count: 6 }, 'retry_count'],
    [{ timeout_seconds: 4 }, 'timeout_seconds'], [{ timeout_seconds: 121 }, 'timeout_seconds'],
  ])('answers %j out of range with VALIDATION_005', async (change, field) => {
    const { status, body } = await call('POST', '/v3/webhooks', { ...validWebhook, ...change });
    expect(status).toBe(400);
    expect(body.error.code).toBe('VALIDATION_005');
    expect(Object.keys(body.error.details)).toEqual([field]);
  });

  it('400s "Invalid webhook ID format." on a malformed id, 404 RESOURCE_008 on an unknown one', async () => {
    expect(await call('GET', '/v3/webhooks/not-a-uuid')).toMatchObject({ status: 400, body: { error: { code: 'VALIDATION_001', message: 'Invalid webhook ID format.', details: null } } });
    expect(await call('GET', `/v3/webhooks/${crypto.randomUUID()}`)).toMatchObject({ status: 404, body: { error: { code: 'RESOURCE_008', message: 'Webhook not found' } } });
  });

  it('400s a body that is not JSON', async () => {
    expect((await call('POST', '/v3/webhooks', '{nope')).body.error).toMatchObject({ code: 'VALIDATION_001', details: { body: expect.any(Array) } });
  });
});

describe('sent.dm simulator: profiles', () => {
  it('x-profile-id names the same profile in upper or lower case', async () => {
    const profile = '6f1c2a9e-1b2c-4d3e-8f4a-5b6c7d8e9f01';
    const created = (await call('POST', '/v3/webhooks', validWebhook, { 'x-profile-id': profile.toUpperCase() })).body.data;
    const listed = (await call('GET', '/v3/webhooks?page=1&page_size=10', undefined, { 'x-profile-id': profile })).body.data;
    expect(listed.webhooks.map((w: { id: string }) => w.id)).toEqual([created.id]);
  });
});

describe('sent.dm simulator: PUT is a full replacement', () => {
  it('resets every field the body leaves out to its default', async () => {
    const created = await create({ retry_count: 5, timeout_seconds: 60, event_filters: { message: ['failed'] } });
    const { status, body } = await call('PUT', `/v3/webhooks/${created.id}`, { endpoint_url: 'https://app.example/new', event_types: ['templates'] });
    expect(status).toBe(200);
    expect(body.data).toMatchObject({
      id: created.id, endpoint_url: 'https://app.example/new', event_types: ['templates'], display_name: '',
      retry_count: 3, timeout_seconds: 30, event_filters: null, signing_secret: null, is_active: true, updated_at: expect.any(String),
    });
  });

  it('needs the required fields again and refuses is_active', async () => {
    const created = await create();
    expect((await call('PUT', `/v3/webhooks/${created.id}`, { display_name: 'x' })).body.error.details).toHaveProperty('endpoint_url');
    expect((await call('PUT', `/v3/webhooks/${created.id}`, { ...validWebhook, is_active: false })).body.error.details).toHaveProperty('is_active');
    expect((await call('PUT', `/v3/webhooks/${crypto.randomUUID()}`, validWebhook)).status).toBe(404);
  });
});

describe('sent.dm simulator: delete, toggle-status, rotate-secret', () => {
  it('DELETE answers 204 with no body, then 404', async () => {
    const created = await create();
    const first = await call('DELETE', `/v3/webhooks/${created.id}`);
    expect(first).toMatchObject({ status: 204, body: undefined });
    expect(first.headers.get('x-request-id')).toMatch(/^req_/);
    expect((await call('DELETE', `/v3/webhooks/${created.id}`)).body.error.code).toBe('RESOURCE_008');
  });

  it('toggle-status flips is_active and requires a boolean', async () => {
    const created = await create();
    expect((await call('PATCH', `/v3/webhooks/${created.id}/toggle-status`, { is_active: false })).body.data).toMatchObject({ id: created.id, is_active: false, signing_secret: null });
    expect(sim.webhooks[0]?.is_active).toBe(false);
    expect((await call('PATCH', `/v3/webhooks/${created.id}/toggle-status`, {})).body.error).toMatchObject({ code: 'VALIDATION_001', details: { is_active: expect.any(Array) } });
  });

  it('rotate-secret returns a new secret that replaces the old one at once', async () => {
    const created = await create();
    const { status, body } = await call('POST', `/v3/webhooks/${created.id}/rotate-secret`);
    expect(status).toBe(200);
    expect(body.data).toEqual({ signing_secret: expect.stringMatching(/^whsec_/) });
    expect(body.data.signing_secret).not.toBe(created.signing_secret);
    expect(sim.webhooks[0]?.signing_secret).toBe(body.data.signing_secret);
  });
});

describe('sent.dm simulator: list', () => {
  it('requires page and page_size 1..100', async () => {
    for (const query of ['', '?page=1', '?page=1&page_size=0', '?page=1&page_size=101']) {
      const { status, body } = await call('GET', `/v3/webhooks${query}`);
      expect(status).toBe(400);
      expect(body.error.code).toBe('VALIDATION_001');
    }
    expect((await call('GET', '/v3/webhooks?page=1&page_size=101')).body.error.message).toBe('Page size must be between 1 and 100');
  });

  it('pages with pagination metadata, searches names and URLs, filters is_active', async () => {
    for (let n = 0; n < 5; n++) await create({ display_name: `Hook ${n}`, endpoint_url: `https://app${n}.example/h` });
    await create({ display_name: 'Billing', endpoint_url: 'https://billing.example/h' });
    const page = await call('GET', '/v3/webhooks?page=2&page_size=4');
    expect(page.body.data.pagination).toEqual({ page: 2, page_size: 4, total_count: 6, total_pages: 2, has_more: false, cursors: null });
    expect(page.body.data.webhooks).toHaveLength(2);
    expect(page.body.data.webhooks[0].signing_secret).toBeNull();
    expect((await call('GET', '/v3/webhooks?page=1&page_size=4')).body.data.pagination.has_more).toBe(true);
    expect((await call('GET', '/v3/webhooks?page=1&page_size=10&search=bill')).body.data.webhooks.map((w: { display_name: string }) => w.display_name)).toEqual(['Billing']);
    expect((await call('GET', '/v3/webhooks?page=1&page_size=10&search=APP3')).body.data.pagination.total_count).toBe(1);
    const target = sim.webhooks[0]!.id;
    await call('PATCH', `/v3/webhooks/${target}/toggle-status`, { is_active: false });
    expect((await call('GET', '/v3/webhooks?page=1&page_size=10&is_active=false')).body.data.webhooks.map((w: { id: string }) => w.id)).toEqual([target]);
    expect((await call('GET', '/v3/webhooks?page=1&page_size=10&is_active=true')).body.data.pagination.total_count).toBe(5);
  });
});

describe('sent.dm simulator: event types, test and events', () => {
  it('lists the catalogue: message with sub types, templates without', async () => {
    const { body } = await call('GET', '/v3/webhooks/event-types');
    const [message, templates] = body.data.event_types;
    expect(message).toMatchObject({ name: 'message', display_name: expect.any(String), description: expect.any(String), is_active: true });
    expect(message.sub_types.map((s: { name: string }) => s.name)).toEqual([
      'message.queued', 'message.routed', 'message.sent', 'message.delivered', 'message.read', 'message.failed', 'message.received',
    ]);
    expect(templates.name).toBe('templates');
    expect(templates).not.toHaveProperty('sub_types');
  });

  it('test requires event_type', async () => {
    const created = await create();
    expect(await call('POST', `/v3/webhooks/${created.id}/test`, {})).toMatchObject({ status: 400, body: { error: { code: 'VALIDATION_001', message: 'Event type is required' } } });
  });

  it('test against an unreachable (non-loopback) endpoint reports failure in data, and logs the event', async () => {
    const created = await create();
    const { status, body } = await call('POST', `/v3/webhooks/${created.id}/test`, { event_type: 'message.sent' });
    expect(status).toBe(200);
    expect(body.data).toEqual({ success: false, message: expect.stringMatching(/^Test event delivery failed: not delivered/) });
    expect(sim.deliveries).toHaveLength(1);
    const events = await call('GET', `/v3/webhooks/${created.id}/events?page=1&page_size=10`);
    expect(events.body.data.pagination).toMatchObject({ total_count: 1, has_more: false });
    expect(events.body.data.events[0]).toMatchObject({ event_type: 'message.sent', delivery_status: 'failed', http_status_code: null, delivery_attempts: 1 });
  });

  it('events needs page_size and a known webhook', async () => {
    const created = await create();
    expect((await call('GET', `/v3/webhooks/${created.id}/events?page=1`)).status).toBe(400);
    expect((await call('GET', `/v3/webhooks/${crypto.randomUUID()}/events?page=1&page_size=5`)).status).toBe(404);
  });
});
