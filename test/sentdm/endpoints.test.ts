import nock from 'nock';
import { describe, expect, it } from 'vitest';
import { SENTDM_BASE_URL, SENTDM_CAPABILITIES, sentdm, type SentDmProvider } from '../../providers/sentdm';
import type { WebhookProvider } from '../../src/provider';
import { API_KEY, BASE, ID, SECRET, client, ok, recorder, useNock, wireWebhook } from './fixtures';

useNock();

describe('sent.dm endpoints', () => {
  it('is a WebhookProvider with the documented capabilities and base URL', () => {
    const hooks: WebhookProvider = client();
    expect(hooks.id).toBe('sentdm');
    expect(hooks.capabilities).toEqual({
      sendTestEvent: true, listDeliveries: true, rotateSecret: 'native', callerSecret: false, names: true,
      eventFilters: true, deliverySettings: true, search: true, maxPageSize: 100, idempotencyKeys: true,
    });
    expect(SENTDM_CAPABILITIES).toBe(hooks.capabilities);
    expect(SENTDM_BASE_URL).toBe('https://api.sent.dm');
  });

  it('get: GET /v3/webhooks/{id} with x-api-key and no Idempotency-Key, mapped to the model', async () => {
    const { seen, reply } = recorder();
    nock(BASE).get(`/v3/webhooks/${ID}`).reply(reply(200, ok(wireWebhook())));
    const webhook = await client().get(ID);
    expect(seen[0]!.headers.get('x-api-key')).toBe(API_KEY);
    expect(seen[0]!.headers.has('idempotency-key')).toBe(false);
    expect(seen[0]!.headers.has('x-profile-id')).toBe(false);
    expect(webhook).toEqual({
      provider: 'sentdm', id: ID, url: 'https://example.com/webhooks/orders', events: ['messages', 'templates'],
      active: true, name: 'Order Notifications',
      createdAt: new Date('2026-01-15T10:30:00Z'), updatedAt: new Date('2026-01-20T14:15:00Z'),
      delivery: { retryCount: 3, timeoutSeconds: 30, consecutiveFailures: 2, lastAttemptAt: new Date('2026-01-20T14:00:00Z') },
      eventFilters: { message: ['delivered', 'failed'] },
    });
    expect(JSON.parse(JSON.stringify(webhook))).not.toHaveProperty('raw');
    expect(Object.keys(webhook.raw as object)).not.toContain('signing_secret');
    expect((webhook.raw as Record<string, unknown>).display_name).toBe('Order Notifications');
  });

  it('create: POST /v3/webhooks with the wire body and an Idempotency-Key; the server-made secret comes back', async () => {
    const { seen, reply } = recorder();
    nock(BASE).post('/v3/webhooks').reply(reply(201, ok(wireWebhook({ signing_secret: SECRET }))));
    const created = await client().create({
      url: 'https://example.com/webhooks/orders', events: ['message.delivered'], name: 'Orders',
      eventFilters: { message: ['delivered'] }, delivery: { retryCount: 5, timeoutSeconds: 60 },
    });
    expect(seen[0]!.body).toEqual({
      display_name: 'Orders', endpoint_url: 'https://example.com/webhooks/orders', event_types: ['message.delivered'],
      event_filters: { message: ['delivered'] }, retry_count: 5, timeout_seconds: 60,
    });
    expect(seen[0]!.headers.get('idempotency-key')).toMatch(/^[0-9a-f-]{36}$/);
    expect(created.secret).toBe(SECRET);
    expect(JSON.stringify(created.raw)).not.toContain(SECRET);
  });

  it('create: a 200 is accepted as well as 201', async () => {
    nock(BASE).post('/v3/webhooks').reply(200, ok(wireWebhook({ signing_secret: SECRET })));
    await expect(client().create({ url: 'https://example.com/h', events: ['messages'] })).resolves.toMatchObject({ secret: SECRET });
  });

  it('delete: 204 with no body, no Idempotency-Key', async () => {
    const { seen, reply } = recorder();
    nock(BASE).delete(`/v3/webhooks/${ID}`).reply(reply(204));
    await expect(client().delete(ID)).resolves.toBeUndefined();
    expect(seen[0]!.headers.has('idempotency-key')).toBe(false);
    expect(seen[0]!.headers.get('x-api-key')).toBe(API_KEY);
  });

  it('delete: a 200 with the envelope is accepted too', async () => {
    nock(BASE).delete(`/v3/webhooks/${ID}`).reply(200, ok(null));
    await expect(client().delete(ID)).resolves.toBeUndefined();
  });

  it('rotateSecret: POST /rotate-secret with an Idempotency-Key returns { secret }', async () => {
    const { seen, reply } = recorder();
    nock(BASE).post(`/v3/webhooks/${ID}/rotate-secret`).reply(reply(200, ok({ signing_secret: SECRET })));
    await expect(client().rotateSecret(ID)).resolves.toEqual({ secret: SECRET });
    expect(seen[0]!.headers.get('idempotency-key')).toBeTruthy();
    expect(seen[0]!.body).toEqual({});
  });

  it('sendTestEvent: POST /test {event_type}; {success, message} becomes {delivered, message}', async () => {
    const { seen, reply } = recorder();
    nock(BASE).post(`/v3/webhooks/${ID}/test`)
      .reply(reply(200, ok({ success: true, message: 'Test event sent' })))
      .post(`/v3/webhooks/${ID}/test`).reply(200, ok({ success: false, message: 'Endpoint answered 500' }));
    const hooks = client();
    await expect(hooks.sendTestEvent(ID, 'message.sent')).resolves.toEqual({ delivered: true, message: 'Test event sent' });
    await expect(hooks.sendTestEvent(ID, 'message.sent')).resolves.toEqual({ delivered: false, message: 'Endpoint answered 500' });
    expect(seen[0]!.body).toEqual({ event_type: 'message.sent' });
    expect(seen[0]!.headers.get('idempotency-key')).toBeTruthy();
  });

  it('toggle-status: PATCH {is_active} with an Idempotency-Key (update with only active)', async () => {
    const { seen, reply } = recorder();
    nock(BASE).patch(`/v3/webhooks/${ID}/toggle-status`).reply(reply(200, ok(wireWebhook({ is_active: false }))));
    await expect(client().update(ID, { active: false })).resolves.toMatchObject({ active: false });
    expect(seen[0]!.body).toEqual({ is_active: false });
    expect(seen[0]!.headers.get('idempotency-key')).toBeTruthy();
  });

  it('listEventTypes flattens sub_types into subscribable names with their group', async () => {
    const { seen, reply } = recorder();
    nock(BASE).get('/v3/webhooks/event-types').reply(reply(200, ok({
      event_types: [
        { name: 'message', display_name: 'Messages', description: 'Message lifecycle', is_active: true, sub_types: [
          { name: 'message.sent', display_name: 'Message Sent', description: 'Sent', is_active: true },
          { name: 'message.delivered', display_name: 'Message Delivered', description: null, is_active: true },
          { name: 'message.legacy', display_name: 'Legacy', is_active: false },
        ] },
        { name: 'templates', display_name: 'Templates', description: 'Template status', is_active: true, sub_types: null },
        { name: 'message.failed', display_name: 'Message Failed', is_active: true },
        { name: 'retired', display_name: 'Retired', is_active: false },
      ],
    })));
    await expect(client().listEventTypes()).resolves.toEqual([
      { name: 'message.sent', displayName: 'Message Sent', description: 'Sent', group: 'message' },
      { name: 'message.delivered', displayName: 'Message Delivered', group: 'message' },
      { name: 'templates', displayName: 'Templates', description: 'Template status' },
      { name: 'message.failed', displayName: 'Message Failed' },
    ]);
    expect(seen[0]!.headers.has('idempotency-key')).toBe(false);
  });

  it('listDeliveries: GET /{id}/events with page, page_size, search, mapped to Delivery', async () => {
    const { seen, reply } = recorder();
    const record = {
      id: 'evt_1', event_type: 'message.delivered', event_data: { field: 'message', sub_type: 'message.delivered' },
      delivery_status: 'delivered', http_status_code: 200, response_body: 'ok', delivery_attempts: 1, error_message: null,
      created_at: '2026-02-01T10:00:00+00:00', processing_started_at: '2026-02-01T10:00:01+00:00',
      processing_completed_at: '2026-02-01T10:00:02+00:00',
    };
    const failed = { ...record, id: 'evt_2', delivery_status: 'failed', http_status_code: null, response_body: null,
      delivery_attempts: 3, error_message: 'timeout', processing_started_at: null, processing_completed_at: null };
    nock(BASE).get(`/v3/webhooks/${ID}/events`).query({ page: '2', page_size: '2', search: 'delivered' }).reply(reply(200, ok({
      events: [record, failed],
      pagination: { page: 2, page_size: 2, total_count: 5, total_pages: 3, has_more: true, cursors: null },
    })));
    const page = await client().listDeliveries(ID, { page: 2, pageSize: 2, search: 'delivered' });
    expect(page).toMatchObject({ page: 2, pageSize: 2, total: 5, hasMore: true });
    expect(page.items[0]).toEqual({
      id: 'evt_1', eventType: 'message.delivered', status: 'delivered', httpStatus: 200, attempts: 1,
      data: { field: 'message', sub_type: 'message.delivered' }, responseBody: 'ok',
      createdAt: new Date('2026-02-01T10:00:00Z'), startedAt: new Date('2026-02-01T10:00:01Z'),
      completedAt: new Date('2026-02-01T10:00:02Z'), raw: record,
    });
    expect(page.items[1]).toEqual({
      id: 'evt_2', eventType: 'message.delivered', status: 'failed', attempts: 3, error: 'timeout',
      data: record.event_data, createdAt: new Date('2026-02-01T10:00:00Z'), raw: failed,
    });
    expect(seen[0]!.headers.has('idempotency-key')).toBe(false);
  });

  it('baseUrl replaces the default whole (a simulator or proxy)', async () => {
    nock('http://localhost:4010').get(`/sent/v3/webhooks/${ID}`).reply(200, ok(wireWebhook()));
    const hooks: SentDmProvider = sentdm({ apiKey: API_KEY, baseUrl: 'http://localhost:4010/sent/', retry: false });
    await expect(hooks.get(ID)).resolves.toMatchObject({ id: ID });
  });

  it('tolerates a webhook with nulls where sent.dm may send them', async () => {
    nock(BASE).get(`/v3/webhooks/${ID}`).reply(200, ok(wireWebhook({
      display_name: null, event_filters: null, retry_count: null, timeout_seconds: null, consecutive_failures: null,
      last_delivery_attempt_at: null, updated_at: null, extra_field_from_the_future: { x: 1 },
    })));
    const webhook = await client().get(ID);
    expect(webhook).not.toHaveProperty('name');
    expect(webhook).not.toHaveProperty('delivery');
    expect(webhook).not.toHaveProperty('eventFilters');
    expect(webhook).not.toHaveProperty('updatedAt');
    expect((webhook.raw as Record<string, unknown>).extra_field_from_the_future).toEqual({ x: 1 });
  });
});
