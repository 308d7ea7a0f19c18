import nock from 'nock';
import { describe, expect, it } from 'vitest';
import { NotFoundError, ServerError, ValidationError } from '../../src/errors';
import { BASE, ID, SECRET, client, fail, fastRetry, ok, recorder, useNock, wireWebhook } from './fixtures';

useNock();

describe('idempotency keys', () => {
  it('a retried create (500 then 201) carries the same generated Idempotency-Key on both attempts', async () => {
    const { seen, reply } = recorder();
    nock(BASE).post('/v3/webhooks').reply(reply(500, fail('INTERNAL_001', 'Unexpected')))
      .post('/v3/webhooks').reply(reply(201, ok(wireWebhook({ signing_secret: SECRET }))));
    await expect(client({ retry: fastRetry }).create({ url: 'https://example.com/h', events: ['messages'] }))
      .resolves.toMatchObject({ secret: SECRET });
    expect(seen).toHaveLength(2);
    const [first, second] = seen.map((s) => s.headers.get('idempotency-key'));
    expect(first).toMatch(/^[0-9a-f-]{36}$/);
    expect(second).toBe(first);
  });

  it('each logical call gets its own generated key', async () => {
    const { seen, reply } = recorder();
    nock(BASE).post(`/v3/webhooks/${ID}/test`).times(2).reply(reply(200, ok({ success: true })));
    const hooks = client();
    await hooks.sendTestEvent(ID, 'message.sent');
    await hooks.sendTestEvent(ID, 'message.sent');
    expect(seen[0]!.headers.get('idempotency-key')).not.toBe(seen[1]!.headers.get('idempotency-key'));
  });

  it("the caller's own key is kept, on every retry", async () => {
    const { seen, reply } = recorder();
    nock(BASE).post('/v3/webhooks').reply(reply(503, ''))
      .post('/v3/webhooks').reply(reply(201, ok(wireWebhook({ signing_secret: SECRET }))));
    await client({ retry: fastRetry }).create({ url: 'https://example.com/h', events: ['messages'] }, { idempotencyKey: 'order_42-create' });
    expect(seen.map((s) => s.headers.get('idempotency-key'))).toEqual(['order_42-create', 'order_42-create']);
  });

  it("a caller's key in the wrong format is a ValidationError before anything is sent", async () => {
    const error = await client().rotateSecret(ID, { idempotencyKey: 'has spaces and a /' }).catch((e: unknown) => e);
    expect(ValidationError.isInstance(error)).toBe(true);
    expect((error as ValidationError).details).toHaveProperty('idempotencyKey');
    await expect(client().update(ID, { name: 'x' }, { idempotencyKey: 'k'.repeat(256) })).rejects.toThrow(/idempotencyKey/);
  });

  it('a POST is retried after a 502 because it always carries an Idempotency-Key', async () => {
    nock(BASE).post(`/v3/webhooks/${ID}/rotate-secret`).reply(502, '<html>Bad Gateway</html>')
      .post(`/v3/webhooks/${ID}/rotate-secret`).reply(200, ok({ signing_secret: SECRET }));
    await expect(client({ retry: fastRetry }).rotateSecret(ID)).resolves.toEqual({ secret: SECRET });
  });
});

describe('update: PUT read-merge-write and toggle-status', () => {
  it('PUT sends back every field the caller did not name, as the GET returned it', async () => {
    const { seen, reply } = recorder();
    nock(BASE).get(`/v3/webhooks/${ID}`).reply(reply(200, ok(wireWebhook())))
      .put(`/v3/webhooks/${ID}`).reply(reply(200, ok(wireWebhook({ display_name: 'Renamed' }))));
    const updated = await client().update(ID, { name: 'Renamed', delivery: { timeoutSeconds: 45 } });
    expect(seen.map((s) => s.method)).toEqual(['GET', 'PUT']);
    expect(seen[1]!.body).toEqual({
      display_name: 'Renamed', endpoint_url: 'https://example.com/webhooks/orders', event_types: ['messages', 'templates'],
      event_filters: { message: ['delivered', 'failed'] }, retry_count: 3, timeout_seconds: 45,
    });
    expect(seen[0]!.headers.has('idempotency-key')).toBe(false);
    expect(seen[1]!.headers.get('idempotency-key')).toBeTruthy();
    expect(updated.name).toBe('Renamed');
  });

  it('PUT never carries is_active, and an explicit undefined does not reset a field', async () => {
    const { seen, reply } = recorder();
    nock(BASE).get(`/v3/webhooks/${ID}`).reply(reply(200, ok(wireWebhook({ event_filters: null }))))
      .put(`/v3/webhooks/${ID}`).reply(reply(200, ok(wireWebhook())));
    await client().update(ID, { events: ['message.delivered'], name: undefined });
    expect(seen[1]!.body).toEqual({
      display_name: 'Order Notifications', endpoint_url: 'https://example.com/webhooks/orders',
      event_types: ['message.delivered'], retry_count: 3, timeout_seconds: 30,
    });
  });

  it('a patch with only active makes only the toggle-status call', async () => {
    const { seen, reply } = recorder();
    nock(BASE).patch(`/v3/webhooks/${ID}/toggle-status`).reply(reply(200, ok(wireWebhook({ is_active: true }))));
    await expect(client().update(ID, { active: true })).resolves.toMatchObject({ active: true });
    expect(seen.map((s) => `${s.method} ${s.path}`)).toEqual([`PATCH /v3/webhooks/${ID}/toggle-status`]);
  });

  it('a patch with fields and active makes GET, PUT then toggle, and returns the final webhook', async () => {
    const { seen, reply } = recorder();
    nock(BASE).get(`/v3/webhooks/${ID}`).reply(reply(200, ok(wireWebhook())))
      .put(`/v3/webhooks/${ID}`).reply(reply(200, ok(wireWebhook({ endpoint_url: 'https://example.com/new' }))))
      .patch(`/v3/webhooks/${ID}/toggle-status`)
      .reply(reply(200, ok(wireWebhook({ endpoint_url: 'https://example.com/new', is_active: false }))));
    const result = await client().update(ID, { url: 'https://example.com/new', active: false }, { idempotencyKey: 'upd-7' });
    expect(seen.map((s) => s.method)).toEqual(['GET', 'PUT', 'PATCH']);
    expect(seen[1]!.body).not.toHaveProperty('is_active');
    expect(seen[2]!.body).toEqual({ is_active: false });
    // Two mutations of one call: the caller's key on the PUT, a key derived from it on the toggle
    // (reusing it would replay the PUT's cached response).
    expect(seen[1]!.headers.get('idempotency-key')).toBe('upd-7');
    expect(seen[2]!.headers.get('idempotency-key')).toBe('upd-7-toggle');
    expect(result).toMatchObject({ url: 'https://example.com/new', active: false });
  });

  // The transport keeps a caller's key given as the header itself, so the toggle must derive its
  // key from that one too: carrying the PUT's key would make sent.dm replay the PUT's response.
  it('a caller key given as an Idempotency-Key header also gets a derived key on the toggle', async () => {
    const { seen, reply } = recorder();
    nock(BASE).get(`/v3/webhooks/${ID}`).reply(reply(200, ok(wireWebhook())))
      .put(`/v3/webhooks/${ID}`).reply(reply(200, ok(wireWebhook())))
      .patch(`/v3/webhooks/${ID}/toggle-status`).reply(reply(200, ok(wireWebhook({ is_active: false }))));
    await client().update(ID, { name: 'n', active: false }, { headers: { 'Idempotency-Key': 'hdr-9' } });
    expect(seen.map((s) => s.headers.get('idempotency-key')).slice(1)).toEqual(['hdr-9', 'hdr-9-toggle']);
  });

  // A key in the client's own headers is sent on every keyed request, so it needs a derived key on
  // the later step too: the same key would make sent.dm replay the create's 201, and the webhook
  // would stay active.
  it('a caller key in the client-level headers also gets a derived key on the deactivating toggle', async () => {
    const { seen, reply } = recorder();
    nock(BASE).post('/v3/webhooks').reply(reply(201, ok(wireWebhook({ signing_secret: SECRET }))))
      .patch(`/v3/webhooks/${ID}/toggle-status`).reply(reply(200, ok(wireWebhook({ is_active: false }))));
    await client({ headers: { 'Idempotency-Key': 'client-k' } }).create({ url: 'https://example.com/h', events: ['messages'], active: false });
    expect(seen.map((s) => s.headers.get('idempotency-key'))).toEqual(['client-k', 'client-k-deactivate']);
  });

  it('a derived toggle key stays within 255 characters for a long caller key', async () => {
    const { seen, reply } = recorder();
    nock(BASE).get(`/v3/webhooks/${ID}`).reply(reply(200, ok(wireWebhook())))
      .put(`/v3/webhooks/${ID}`).reply(reply(200, ok(wireWebhook())))
      .patch(`/v3/webhooks/${ID}/toggle-status`).reply(reply(200, ok(wireWebhook())));
    await client().update(ID, { name: 'n', active: true }, { idempotencyKey: 'a'.repeat(255) });
    const derived = seen[2]!.headers.get('idempotency-key')!;
    expect(derived).toMatch(/^[a-zA-Z0-9_-]{1,255}$/);
    expect(derived).not.toBe('a'.repeat(255));
  });

  it('an empty patch is a ValidationError and nothing is sent', async () => {
    await expect(client().update(ID, {})).rejects.toSatisfy((e) => ValidationError.isInstance(e));
  });

  it('update of a missing webhook fails at the GET with NotFoundError and sends no PUT', async () => {
    nock(BASE).get(`/v3/webhooks/${ID}`).reply(404, fail('RESOURCE_008', 'Webhook not found'));
    const error = await client().update(ID, { name: 'x' }).catch((e: unknown) => e);
    expect(NotFoundError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ operation: 'update', providerCode: 'RESOURCE_008' });
  });
});

describe('create: server-made secrets and active: false', () => {
  it('create with a secret is a ValidationError: sent.dm makes its own', async () => {
    const error = await client().create({ url: 'https://example.com/h', events: ['messages'], secret: 'whsec_mine_0123456789' }).catch((e: unknown) => e);
    expect(ValidationError.isInstance(error)).toBe(true);
    expect((error as ValidationError).details).toHaveProperty('secret');
    expect(JSON.stringify((error as ValidationError).toJSON())).not.toContain('whsec_mine');
  });

  it('rotateSecret with a caller-given secret is a ValidationError', async () => {
    await expect(client().rotateSecret(ID, { secret: 'whsec_mine_0123456789' })).rejects.toThrow(/secret/);
  });

  it('create with active: false creates, then toggles off, keeping the created secret', async () => {
    const { seen, reply } = recorder();
    nock(BASE).post('/v3/webhooks').reply(reply(201, ok(wireWebhook({ signing_secret: SECRET }))))
      .patch(`/v3/webhooks/${ID}/toggle-status`).reply(reply(200, ok(wireWebhook({ is_active: false }))));
    const created = await client().create({ url: 'https://example.com/h', events: ['messages'], active: false }, { idempotencyKey: 'new-hook' });
    expect(seen[0]!.body).not.toHaveProperty('is_active');
    expect(seen[1]!.body).toEqual({ is_active: false });
    expect(seen.map((s) => s.headers.get('idempotency-key'))).toEqual(['new-hook', 'new-hook-deactivate']);
    expect(created).toMatchObject({ active: false, secret: SECRET });
    expect(JSON.stringify(created.raw)).not.toContain(SECRET);
  });

  it('create with active: false whose toggle fails says the webhook exists and is active', async () => {
    nock(BASE).post('/v3/webhooks').reply(201, ok(wireWebhook({ signing_secret: SECRET })))
      .patch(`/v3/webhooks/${ID}/toggle-status`).reply(500, fail('INTERNAL_001', 'Unexpected'));
    const error = await client().create({ url: 'https://example.com/h', events: ['messages'], active: false }).catch((e: unknown) => e);
    expect(ServerError.isInstance(error)).toBe(true);
    expect((error as Error).message).toContain(`webhook ${ID} was created and is active`);
    expect((error as Error).message).not.toContain(SECRET);
  });
});
