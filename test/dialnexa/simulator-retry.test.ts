import { afterEach, describe, expect, it } from 'vitest';
import { startSimulator } from '../../entries/testing';
import { createNodeWebhookMiddleware } from '../../providers/catalogue/signing';
import { memoryDedupeStore } from '../../src/dedupe';
import { listen } from '../support/listen';

const closers: Array<() => Promise<void>> = [];
afterEach(async () => { await Promise.all(closers.splice(0).map((close) => close())); });

async function setup(onEvent: (id: string) => void) {
  const secret = 'whsec_dialnexa_retry_test';
  const receiver = await listen(createNodeWebhookMiddleware({
    provider: 'dialnexa', secret, dedupe: memoryDedupeStore(), onError: () => {},
    onEvent: (event) => { if (event.type === 'call_ended') onEvent(event.data.call.id); },
  }));
  closers.push(receiver.close);
  const sim = await startSimulator('dialnexa', { deliverTo: receiver.url });
  closers.push(sim.close);
  const created = await fetch(`${sim.baseUrl}/user-webhooks`, {
    method: 'POST', headers: { authorization: `Bearer ${sim.apiKey}`, 'content-type': 'application/json' },
    body: JSON.stringify({ url: 'https://app.example/hooks/dialnexa', events: ['call.completed'], secret }),
  });
  return { sim, webhook: (await created.json()) as { id: string } };
}

describe('DialNexa deliver({ retryOf }): the provider retrying a delivery', () => {
  it('resends the same body, signed alike, marked as a retry; an app deduplicating processes the call once', async () => {
    const seen: string[] = [];
    let failures = 1;
    const { sim } = await setup((id) => { if (failures-- > 0) throw new Error('first attempt fails'); seen.push(id); });
    const [first] = await sim.deliver('call.completed', { call: { id: 'call_1', status: 'completed' } });
    expect(first).toMatchObject({ ok: false, status: 500 });
    const [retry] = await sim.deliver('call.completed', undefined, { retryOf: first });
    expect(retry).toMatchObject({ ok: true, status: 204, retryOf: first!.id, body: first!.body, type: 'call_ended', webhookId: first!.webhookId });
    expect(retry!.id).not.toBe(first!.id);
    // DialNexa signs no timestamp: the same body under the same secret has the same signature.
    expect(retry!.headers['x-dialnexa-signature']).toBe(first!.headers['x-dialnexa-signature']);
    const [again] = await sim.deliver('call.completed', undefined, { retryOf: retry });
    expect(again).toMatchObject({ ok: true, status: 200, retryOf: retry!.id });
    expect(seen).toEqual(['call_1']);
    expect(sim.deliveries.map((attempt) => attempt.status)).toEqual([500, 204, 200]);
  });

  it('a retry after a rotation is signed with the new secret; a deleted webhook gets none', async () => {
    const { sim, webhook } = await setup(() => {});
    const [first] = await sim.deliver('call.completed', { call: { id: 'call_2' } });
    await fetch(`${sim.baseUrl}/user-webhooks/${webhook.id}`, {
      method: 'PATCH', headers: { authorization: `Bearer ${sim.apiKey}`, 'content-type': 'application/json' }, body: JSON.stringify({ secret: 'whsec_new' }),
    });
    const [rotated] = await sim.deliver('call.completed', undefined, { retryOf: first });
    expect(rotated!.headers['x-dialnexa-signature']).not.toBe(first!.headers['x-dialnexa-signature']);
    await fetch(`${sim.baseUrl}/user-webhooks/${webhook.id}`, { method: 'DELETE', headers: { authorization: `Bearer ${sim.apiKey}` } });
    expect(await sim.deliver('call.completed', undefined, { retryOf: first })).toEqual([]);
  });

  it('refuses a retryOf of another event, or one that is no attempt', async () => {
    const { sim } = await setup(() => {});
    const [first] = await sim.deliver('call.completed', { call: { id: 'call_3' } });
    await expect(sim.deliver('call.failed', undefined, { retryOf: first })).rejects.toThrow(/attempt of "call.completed"/);
    await expect(sim.deliver('call.completed', undefined, { retryOf: {} as never })).rejects.toThrow(TypeError);
  });
});
