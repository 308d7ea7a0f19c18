import { createHmac } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { verifyDialNexaWebhook } from '../../../providers/dialnexa';
import { verifySentDmWebhook } from '../../../providers/sentdm';
import { startSimulator, type DialNexaSimulator, type SentDmSimulator } from '../../../entries/testing';
import { startReceiver, type Receiver } from './receiver';
import { sentDmCaller } from '../../sentdm/simulator-client';

let receiver: Receiver;
const running: { close(): Promise<void> }[] = [];
beforeEach(async () => { receiver = await startReceiver(); running.push(receiver); });
afterEach(async () => { await Promise.all(running.splice(0).map((server) => server.close())); });

async function dialnexaWith(options: Parameters<typeof startSimulator<'dialnexa'>>[1] = {}): Promise<DialNexaSimulator> {
  const sim = await startSimulator('dialnexa', { deliverTo: receiver.url, ...options });
  running.push(sim);
  return sim;
}

async function createDialNexa(sim: DialNexaSimulator, body: Record<string, unknown>) {
  const response = await fetch(`${sim.baseUrl}/user-webhooks`, {
    method: 'POST', headers: { authorization: `Bearer ${sim.apiKey}`, 'content-type': 'application/json' }, body: JSON.stringify(body),
  });
  return { status: response.status, body: await response.json() };
}

describe('DialNexa deliver()', () => {
  it('POSTs { event_type, payload } with a correct X-DialNexa-Signature to active subscribers only', async () => {
    const sim = await dialnexaWith();
    const hook = (await createDialNexa(sim, { url: 'https://app.example/hooks/a?x=1', events: ['call.completed'], secret: 'whsec_one' })).body;
    await createDialNexa(sim, { url: 'https://app.example/off', events: ['call.completed'], secret: 's2', is_active: false });
    await createDialNexa(sim, { url: 'https://app.example/other', events: ['campaign.paused'], secret: 's3' });
    const payload = { call: { id: 'call_abc123xyz', status: 'completed' } };
    const attempts = await sim.deliver('call.completed', payload);
    expect(attempts).toHaveLength(1);
    expect(attempts[0]).toMatchObject({ webhookId: hook.id, event: 'call.completed', type: 'call_ended', ok: true, status: 200, url: 'https://app.example/hooks/a?x=1', target: `${receiver.url}/hooks/a?x=1` });
    expect(receiver.received).toHaveLength(1);
    const [got] = receiver.received;
    expect(got?.path).toBe('/hooks/a?x=1');
    expect(JSON.parse(got!.body)).toEqual({ event_type: 'call_ended', payload });
    expect(got?.headers['user-agent']).toBe('DialNexa-External-Webhook/1.0');
    const signature = got?.headers['x-dialnexa-signature'];
    expect(signature).toMatch(/^sha256=[0-9a-f]{64}$/);
    expect(signature).toBe(`sha256=${createHmac('sha256', 'whsec_one').update(got!.body).digest('hex')}`);
    expect(sim.deliveries).toEqual(attempts);
    const event = await verifyDialNexaWebhook({ body: got!.body, headers: got!.headers as Record<string, string>, secret: 'whsec_one' });
    expect(event.type).toBe('call_ended');
  });

  it('takes the delivered event_type as an option, and refuses names outside the catalogue', async () => {
    const sim = await dialnexaWith();
    await createDialNexa(sim, { url: 'https://app.example/h', events: ['call.failed'], secret: 'whsec_x' });
    await sim.deliver('call.failed', { call: { id: 'c1' } }, { eventType: 'transfer_completed' });
    expect(JSON.parse(receiver.received[0]!.body).event_type).toBe('transfer_completed');
    await expect(sim.deliver('call_ended', {})).rejects.toThrow(TypeError);
  });

  it('signs with the new secret right after a PATCH rotation', async () => {
    const sim = await dialnexaWith();
    const hook = (await createDialNexa(sim, { url: 'https://app.example/h', events: ['campaign.completed'], secret: 'old' })).body;
    await fetch(`${sim.baseUrl}/user-webhooks/${hook.id}`, {
      method: 'PATCH', headers: { authorization: `Bearer ${sim.apiKey}`, 'content-type': 'application/json' }, body: JSON.stringify({ secret: 'new' }),
    });
    await sim.deliver('campaign.completed', { campaign_id: 'cmp_1' });
    const got = receiver.received[0]!;
    expect(JSON.parse(got.body).event_type).toBe('campaign.completed');
    expect(got.headers['x-dialnexa-signature']).toBe(`sha256=${createHmac('sha256', 'new').update(got.body).digest('hex')}`);
  });

  it('records a receiver error, and never leaves loopback unless told to', async () => {
    const sim = await dialnexaWith();
    await createDialNexa(sim, { url: 'https://app.example/h', events: ['call.no_answer'], secret: 'x' });
    receiver.status = 500;
    const [failed] = await sim.deliver('call.no_answer', {});
    expect(failed).toMatchObject({ ok: false, status: 500, responseBody: 'nope' });
    expect(failed!.durationMs).toBeGreaterThanOrEqual(0);
    const direct = await startSimulator('dialnexa');
    running.push(direct);
    await createDialNexa(direct, { url: 'https://app.example/h', events: ['call.no_answer'], secret: 'x' });
    const [refused] = await direct.deliver('call.no_answer', {});
    expect(refused).toMatchObject({ ok: false, target: 'https://app.example/h', error: expect.stringContaining('not a loopback host') });
    expect(refused?.status).toBeUndefined();
  });

  it('verifyEndpoints: pings the URL on save and refuses to save when it fails', async () => {
    const sim = await dialnexaWith({ verifyEndpoints: true });
    expect((await createDialNexa(sim, { url: 'https://app.example/h', events: ['call.completed'], secret: 'k' })).status).toBe(201);
    const ping = receiver.received[0]!;
    expect(ping.headers['user-agent']).toBe('DialNexa-External-Webhook-Verification/1.0');
    expect(JSON.parse(ping.body)).toEqual({ message: expect.any(String), timestamp: expect.any(String) });
    receiver.status = 503;
    const refused = await createDialNexa(sim, { url: 'https://app.example/h2', events: ['call.completed'], secret: 'k' });
    expect(refused).toEqual({ status: 400, body: { statusCode: 400, message: 'Webhook URL verification failed: the endpoint answered 503', error: 'Bad Request' } });
    expect(sim.webhooks).toHaveLength(1);
  });
});

describe('sent.dm deliver()', () => {
  let sim: SentDmSimulator;
  const call = sentDmCaller(() => sim);
  beforeEach(async () => { sim = await startSimulator('sentdm'); running.push(sim); });
  const create = async (body: Record<string, unknown>) =>
    (await call('POST', '/v3/webhooks', { endpoint_url: `${receiver.url}/hooks`, ...body })).body.data;

  function expectSigned(got: { headers: Record<string, unknown>; body: string }, webhook: { id: string; signing_secret: string }) {
    expect(got.headers['x-webhook-id']).toBe(webhook.id);
    const timestamp = String(got.headers['x-webhook-timestamp']);
    expect(timestamp).toMatch(/^\d{10}$/);
    const key = Buffer.from(webhook.signing_secret.slice('whsec_'.length), 'base64');
    const expected = createHmac('sha256', key).update(`${webhook.id}.${timestamp}.${got.body}`).digest('base64');
    expect(got.headers['x-webhook-signature']).toBe(`v1,${expected}`);
  }

  it('POSTs { field, sub_type, timestamp, payload } signed Svix-style with the webhook id', async () => {
    const webhook = await create({ event_types: ['message'] });
    const payload = { message_id: 'm1', message_status: 'DELIVERED' };
    const attempts = await sim.deliver('message.delivered', payload, { timestamp: 1_760_000_000 });
    expect(attempts).toHaveLength(1);
    const got = receiver.received[0]!;
    expect(JSON.parse(got.body)).toEqual({ field: 'message', sub_type: 'message.delivered', timestamp: '2025-10-09T08:53:20Z', payload });
    expect(got.headers['x-webhook-timestamp']).toBe('1760000000');
    expectSigned(got, webhook);
    const verify = (now: Date) => verifySentDmWebhook({ body: got.body, headers: got.headers as Record<string, string>, secret: webhook.signing_secret, now });
    expect((await verify(new Date(1_760_000_100_000))).type).toBe('message.delivered');
    await expect(verify(new Date(1_760_001_000_000))).rejects.toMatchObject({ reason: 'timestamp_too_old' });
  });

  it('selects subscribers by event_types, the plural alias, sub types and event_filters', async () => {
    const all = await create({ event_types: ['messages'] });
    const exact = await create({ event_types: ['message.failed'] });
    const filtered = await create({ event_types: ['message'], event_filters: { message: ['delivered'] } });
    const templates = await create({ event_types: ['templates'] });
    const off = await create({ event_types: ['message'] });
    await call('PATCH', `/v3/webhooks/${off.id}/toggle-status`, { is_active: false });
    const ids = async (event: string) => (await sim.deliver(event, {})).map((a) => a.webhookId).sort();
    expect(await ids('message.failed')).toEqual([all.id, exact.id].sort());
    expect(await ids('message.delivered')).toEqual([all.id, filtered.id].sort());
    expect(await ids('templates')).toEqual([templates.id]);
    expect(JSON.parse(receiver.received.at(-1)!.body)).not.toHaveProperty('sub_type');
    await expect(sim.deliver('order.paid', {})).rejects.toThrow(TypeError);
  });

  it('tracks outcomes on the webhook and in GET /events, newest first', async () => {
    const webhook = await create({ event_types: ['message'] });
    await sim.deliver('message.sent', { n: 1 });
    receiver.status = 500;
    await sim.deliver('message.failed', { n: 2 });
    const stored = sim.webhooks[0]!;
    expect(stored).toMatchObject({ consecutive_failures: 1, last_delivery_attempt_at: expect.any(String), last_successful_delivery_at: expect.any(String) });
    const events = (await call('GET', `/v3/webhooks/${webhook.id}/events?page=1&page_size=10`)).body.data;
    expect(events.pagination).toMatchObject({ total_count: 2, total_pages: 1 });
    expect(events.events[0]).toMatchObject({ event_type: 'message.failed', delivery_status: 'failed', http_status_code: 500, response_body: 'nope', error_message: expect.any(String) });
    expect(events.events[1]).toMatchObject({ event_type: 'message.sent', delivery_status: 'delivered', http_status_code: 200, error_message: null, event_data: { field: 'message', sub_type: 'message.sent', payload: { n: 1 } } });
    expect((await call('GET', `/v3/webhooks/${webhook.id}/events?page=1&page_size=10&search=sent`)).body.data.events).toHaveLength(1);
  });

  it('counts every failure of concurrent deliveries in consecutive_failures', async () => {
    await create({ event_types: ['message'] });
    receiver.status = 500;
    await Promise.all([sim.deliver('message.sent', { n: 1 }), sim.deliver('message.failed', { n: 2 }), sim.deliver('message.read', { n: 3 })]);
    expect(sim.webhooks[0]?.consecutive_failures).toBe(3);
  });

  it('POST /test really delivers a signed specimen event', async () => {
    const webhook = await create({ event_types: ['message'] });
    const { body } = await call('POST', `/v3/webhooks/${webhook.id}/test`, { event_type: 'message.sent' });
    expect(body.data).toEqual({ success: true, message: expect.any(String) });
    const got = receiver.received[0]!;
    expect(JSON.parse(got.body)).toMatchObject({ field: 'message', sub_type: 'message.sent', payload: { test: true, message_status: 'SENT' } });
    expectSigned(got, webhook);
  });

  it('signs with the rotated secret at once', async () => {
    const webhook = await create({ event_types: ['templates'] });
    const rotated = (await call('POST', `/v3/webhooks/${webhook.id}/rotate-secret`, {})).body.data.signing_secret;
    await sim.deliver('templates', { template_id: 't1', status: 'APPROVED' });
    expectSigned(receiver.received[0]!, { id: webhook.id, signing_secret: rotated });
  });
});
