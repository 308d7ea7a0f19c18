import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type SentDmSimulator } from '../../entries/testing';
import { sentDmCaller, validWebhook } from './simulator-client';

let sim: SentDmSimulator;
beforeAll(async () => { sim = await startSimulator('sentdm'); });
afterEach(() => sim.reset());
afterAll(() => sim.close());
const call = sentDmCaller(() => sim);

describe('sent.dm simulator: x-profile-id scoping', () => {
  const profile = crypto.randomUUID();

  it('keeps webhooks created under a profile visible only with that profile, and echoes it', async () => {
    const created = await call('POST', '/v3/webhooks', validWebhook, { 'x-profile-id': profile });
    expect(created.headers.get('x-profile-id')).toBe(profile);
    const id = created.body.data.id;
    expect((await call('GET', `/v3/webhooks/${id}`, undefined, { 'x-profile-id': profile })).status).toBe(200);
    expect((await call('GET', `/v3/webhooks/${id}`)).body.error.code).toBe('RESOURCE_008');
    expect((await call('GET', `/v3/webhooks/${id}`, undefined, { 'x-profile-id': crypto.randomUUID() })).status).toBe(404);
    expect((await call('GET', '/v3/webhooks?page=1&page_size=10')).body.data.pagination.total_count).toBe(0);
    expect((await call('DELETE', `/v3/webhooks/${id}`)).status).toBe(404);
    expect(sim.webhooks[0]?.profile_id).toBe(profile);
    expect((await call('GET', '/v3/webhooks?page=1&page_size=10')).headers.get('x-profile-id')).toBeNull();
  });

  it('400s a profile id that is not a UUID', async () => {
    expect((await call('GET', '/v3/webhooks?page=1&page_size=1', undefined, { 'x-profile-id': 'acme' })).body.error.code).toBe('VALIDATION_001');
  });
});

describe('sent.dm simulator: Idempotency-Key', () => {
  it('replays the first response with Idempotent-Replayed and X-Original-Request-Id', async () => {
    const first = await call('POST', '/v3/webhooks', validWebhook, { 'Idempotency-Key': 'create-1' });
    const again = await call('POST', '/v3/webhooks', { ...validWebhook, display_name: 'other' }, { 'Idempotency-Key': 'create-1' });
    expect(first.headers.get('idempotent-replayed')).toBeNull();
    expect(again.status).toBe(201);
    expect(again.body).toEqual(first.body);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(again.headers.get('x-original-request-id')).toBe(first.body.meta.request_id);
    expect(again.headers.get('x-request-id')).not.toBe(first.body.meta.request_id);
    expect(sim.webhooks).toHaveLength(1);
  });

  it('scopes keys per customer: the same key under a profile is a new request', async () => {
    await call('POST', '/v3/webhooks', validWebhook, { 'Idempotency-Key': 'k' });
    const other = await call('POST', '/v3/webhooks', validWebhook, { 'Idempotency-Key': 'k', 'x-profile-id': crypto.randomUUID() });
    expect(other.headers.get('idempotent-replayed')).toBeNull();
    expect(sim.webhooks).toHaveLength(2);
  });

  it('409s CONFLICT_001 a duplicate that arrives while the first is in flight', async () => {
    // Held until cleared: the duplicate surely meets the first one in flight, with no timing guess.
    const hold = sim.fail({ kind: 'latency', ms: 60_000, times: 1 });
    const first = call('POST', '/v3/webhooks', validWebhook, { 'Idempotency-Key': 'slow' });
    await sim.waitForRequest((request) => request.headers['idempotency-key'] === 'slow');
    const duplicate = await call('POST', '/v3/webhooks', validWebhook, { 'Idempotency-Key': 'slow' });
    expect(duplicate).toMatchObject({ status: 409, body: { success: false, error: { code: 'CONFLICT_001' } } });
    hold.clear();
    expect((await first).status).toBe(201);
    const replay = await call('POST', '/v3/webhooks', validWebhook, { 'Idempotency-Key': 'slow' });
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    expect(sim.webhooks).toHaveLength(1);
  });

  it('400s VALIDATION_007 on a malformed key', async () => {
    for (const key of ['has space', 'a'.repeat(256), 'dot.ted', 'semi;colon']) {
      const { status, body } = await call('POST', '/v3/webhooks', validWebhook, { 'Idempotency-Key': key });
      expect(status).toBe(400);
      expect(body.error.code).toBe('VALIDATION_007');
    }
    expect(sim.webhooks).toHaveLength(0);
  });

  it('is honoured on PUT and PATCH, ignored on GET', async () => {
    const id = (await call('POST', '/v3/webhooks', validWebhook)).body.data.id;
    await call('PATCH', `/v3/webhooks/${id}/toggle-status`, { is_active: false }, { 'Idempotency-Key': 'toggle' });
    const replay = await call('PATCH', `/v3/webhooks/${id}/toggle-status`, { is_active: true }, { 'Idempotency-Key': 'toggle' });
    expect(replay.body.data.is_active).toBe(false);
    expect(sim.webhooks[0]?.is_active).toBe(false);
    const get = await call('GET', `/v3/webhooks/${id}`, undefined, { 'Idempotency-Key': 'toggle' });
    expect(get.headers.get('idempotent-replayed')).toBeNull();
  });

  it('does not use up a key on an injected 503, so the retry really runs', async () => {
    sim.fail({ kind: 'status', status: 503 });
    expect((await call('POST', '/v3/webhooks', validWebhook, { 'Idempotency-Key': 'retry-me' })).status).toBe(503);
    const retry = await call('POST', '/v3/webhooks', validWebhook, { 'Idempotency-Key': 'retry-me' });
    expect(retry.status).toBe(201);
    expect(retry.headers.get('idempotent-replayed')).toBeNull();
  });

  it('replays after a response lost on the way back (drop after handling)', async () => {
    sim.fail({ kind: 'drop', when: 'after-handling' });
    await expect(call('POST', '/v3/webhooks', validWebhook, { 'Idempotency-Key': 'lost' })).rejects.toThrow();
    expect(sim.webhooks).toHaveLength(1);
    const retry = await call('POST', '/v3/webhooks', validWebhook, { 'Idempotency-Key': 'lost' });
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    expect(retry.body.data.id).toBe(sim.webhooks[0]?.id);
  });
});

describe('sent.dm simulator: sandbox', () => {
  it('validates create, answers realistically with X-Sandbox, stores nothing', async () => {
    const { status, headers, body } = await call('POST', '/v3/webhooks', { ...validWebhook, sandbox: true });
    expect(status).toBe(201);
    expect(headers.get('x-sandbox')).toBe('true');
    expect(body.data).toMatchObject({ id: expect.any(String), signing_secret: expect.stringMatching(/^whsec_/), endpoint_url: validWebhook.endpoint_url });
    expect(sim.webhooks).toHaveLength(0);
    expect((await call('POST', '/v3/webhooks', { endpoint_url: 'x', sandbox: true })).status).toBe(400);
  });

  it('changes nothing on PUT, toggle-status, rotate-secret and test', async () => {
    const created = (await call('POST', '/v3/webhooks', validWebhook)).body.data;
    const put = await call('PUT', `/v3/webhooks/${created.id}`, { ...validWebhook, endpoint_url: 'https://elsewhere.example', sandbox: true });
    expect(put.body.data.endpoint_url).toBe('https://elsewhere.example');
    const toggle = await call('PATCH', `/v3/webhooks/${created.id}/toggle-status`, { is_active: false, sandbox: true });
    expect(toggle.body.data.is_active).toBe(false);
    const rotate = await call('POST', `/v3/webhooks/${created.id}/rotate-secret`, { sandbox: true });
    expect(rotate.headers.get('x-sandbox')).toBe('true');
    const test = await call('POST', `/v3/webhooks/${created.id}/test`, { event_type: 'message.sent', sandbox: true });
    expect(test.body.data.success).toBe(true);
    expect(sim.webhooks[0]).toMatchObject({ endpoint_url: validWebhook.endpoint_url, is_active: true, signing_secret: created.signing_secret });
    expect(sim.deliveries).toHaveLength(0);
  });
});
