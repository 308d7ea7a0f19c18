import { afterEach, describe, expect, it } from 'vitest';
import { startSimulator, type SentDmSimulator } from '../../entries/testing';
import { createNodeWebhookMiddleware } from '../../providers/catalogue/signing';
import { memoryDedupeStore } from '../../src/dedupe';
import { listen } from '../support/listen';
import { sentDmCaller } from './simulator-client';

const closers: Array<() => Promise<void>> = [];
afterEach(async () => { await Promise.all(closers.splice(0).map((close) => close())); });

async function setup(onEvent: (messageId: string) => void) {
  let sim!: SentDmSimulator;
  const secrets = new Map<string, string>();
  const receiver = await listen(createNodeWebhookMiddleware({
    provider: 'sentdm', dedupe: memoryDedupeStore(), onError: () => {},
    // Each webhook's secret looked up by the endpoint id sent.dm puts in x-webhook-id.
    secret: ({ headers }) => secrets.get(headers.get('x-webhook-id') ?? '') ?? '',
    onEvent: (event) => { if (event.type === 'message.delivered') onEvent(event.data.message_id); },
  }));
  closers.push(receiver.close);
  sim = await startSimulator('sentdm', { deliverTo: receiver.url });
  closers.push(sim.close);
  const call = sentDmCaller(() => sim);
  const created = (await call('POST', '/v3/webhooks', { display_name: 'm', endpoint_url: 'https://app.example/hooks', event_types: ['message'] })).body.data;
  secrets.set(created.id, created.signing_secret);
  return { sim, call, webhook: created as { id: string } };
}

describe('sent.dm deliver({ retryOf }): the provider retrying a delivery', () => {
  it('the same body, a new x-webhook-timestamp and signature; an app deduplicating processes the message once', async () => {
    const seen: string[] = [];
    let failures = 1;
    const { sim, call, webhook } = await setup((id) => { if (failures-- > 0) throw new Error('first attempt fails'); seen.push(id); });
    const now = Math.floor(Date.now() / 1000);
    const [first] = await sim.deliver('message.delivered', { message_id: 'm_1', message_status: 'DELIVERED' }, { timestamp: now - 60 });
    expect(first).toMatchObject({ ok: false, status: 500 });
    const [retry] = await sim.deliver('message.delivered', undefined, { retryOf: first, timestamp: now });
    expect(retry).toMatchObject({ ok: true, status: 204, retryOf: first!.id, body: first!.body });
    expect(retry!.headers['x-webhook-timestamp']).toBe(String(now));
    expect(retry!.headers['x-webhook-signature']).not.toBe(first!.headers['x-webhook-signature']);
    expect(retry!.headers['x-webhook-id']).toBe(webhook.id);
    const [again] = await sim.deliver('message.delivered', undefined, { retryOf: retry });
    expect(again).toMatchObject({ status: 200 });
    expect(seen).toEqual(['m_1']);
    const log = (await call('GET', `/v3/webhooks/${webhook.id}/events?page=1&page_size=10`)).body.data.events;
    expect(log.map((item: { delivery_attempts: number; http_status_code: number }) => [item.delivery_attempts, item.http_status_code])).toEqual([[3, 200], [2, 204], [1, 500]]);
  });

  it('a webhook switched off gets no retry', async () => {
    const { sim, call, webhook } = await setup(() => {});
    const [first] = await sim.deliver('message.delivered', { message_id: 'm_2' });
    await call('PATCH', `/v3/webhooks/${webhook.id}/toggle-status`, { is_active: false });
    expect(await sim.deliver('message.delivered', undefined, { retryOf: first })).toEqual([]);
  });
});
