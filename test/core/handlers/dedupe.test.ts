import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createNodeWebhookMiddleware, createWebhookHandler, signWebhook } from '../../../providers/catalogue/signing';
import { memoryDedupeStore, type DedupeStore } from '../../../src/dedupe';
import { ConfigurationError, SignatureVerificationError, ValidationError } from '../../../src/errors';
import { DIALNEXA_SECRET, messageDelivered, SENTDM_SECRET } from '../verify/fixtures';
import { recordingOptions } from './recording-options';

// One sent.dm delivery and its retry: the same body, a new timestamp and signature.
async function delivery() {
  return signWebhook({ provider: 'sentdm', body: messageDelivered, secret: SENTDM_SECRET, webhookId: 'wh_1' });
}
const request = async (headers?: Record<string, string>) =>
  new Request('https://app.example/webhooks', { method: 'POST', body: messageDelivered, headers: headers ?? (await delivery()) });

function gate() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => { open = resolve; });
  let started!: () => void;
  const running = new Promise<void>((resolve) => { started = resolve; });
  return { open, opened, started, running };
}

function setup(dedupe: DedupeStore | { store: DedupeStore; leaseMs?: number; ttlMs?: number } = memoryDedupeStore()) {
  const calls: string[] = [];
  const recorded = recordingOptions({ provider: 'sentdm', secret: SENTDM_SECRET, dedupe, onEvent: (event) => { calls.push(event.dedupeKey); } });
  return { ...recorded, calls, handler: createWebhookHandler(recorded.options) };
}

describe('handlers with dedupe', () => {
  it('a retry of a handled event answers 200 without calling onEvent', async () => {
    const { handler, calls } = setup();
    expect((await handler(await request())).status).toBe(204);
    const retry = await handler(await request());
    expect(retry.status).toBe(200);
    expect(await retry.json()).toEqual({ status: 'already_processed' });
    expect(calls).toEqual(['sentdm/message.delivered/b8f1c3d2-0000-4000-8000-000000000001']);
  });

  it('a copy arriving while the first is processed answers 409 with Retry-After (the lease in seconds), never 200', async () => {
    const store = memoryDedupeStore();
    const wait = gate();
    const calls: unknown[] = [];
    const { options, errors } = recordingOptions({
      provider: 'sentdm', secret: SENTDM_SECRET, dedupe: { store, leaseMs: 30_000 },
      onEvent: async (event) => { calls.push(event); wait.started(); await wait.opened; },
    });
    const handler = createWebhookHandler(options);
    const first = handler(await request());
    await wait.running;
    const copy = await handler(await request());
    expect(copy.status).toBe(409);
    expect(copy.headers.get('retry-after')).toBe('30');
    expect(await copy.json()).toEqual({ error: 'delivery_in_progress' });
    expect(errors).toMatchObject([{ status: 409, error: { name: 'DeliveryInProgressError', dedupeKey: expect.stringContaining('sentdm/') } }]);
    wait.open();
    expect((await first).status).toBe(204);
    expect((await handler(await request())).status).toBe(200);
    expect(calls).toHaveLength(1);
  });

  it('onEvent failing releases the claim: the provider\'s retry is processed', async () => {
    let attempts = 0;
    const { options, errors } = recordingOptions({
      provider: 'sentdm', secret: SENTDM_SECRET, dedupe: memoryDedupeStore(),
      onEvent: () => { if (++attempts === 1) throw new Error('database busy'); },
    });
    const handler = createWebhookHandler(options);
    expect((await handler(await request())).status).toBe(500);
    expect((await handler(await request())).status).toBe(204);
    expect((await handler(await request())).status).toBe(200);
    expect(attempts).toBe(2);
    expect(errors.map((e) => e.status)).toEqual([500]);
  });

  it('claims with the lease and completes with the TTL given (defaults 60 s and 72 h), one token per delivery', async () => {
    const seen: Array<[string, string, number, string | undefined]> = [];
    const real = memoryDedupeStore();
    const spy: DedupeStore = {
      claim: (key, ms, token) => { seen.push(['claim', key, ms, token]); return real.claim(key, ms, token); },
      complete: (key, ms, token) => { seen.push(['complete', key, ms, token]); return real.complete(key, ms, token); },
      release: (key, token) => { seen.push(['release', key, 0, token]); return real.release(key, token); },
    };
    await setup(spy).handler(await request());
    await setup({ store: spy, leaseMs: 5_000, ttlMs: 1_000 }).handler(new Request('https://x/', {
      method: 'POST', body: '{"field":"templates","payload":{"template_id":"t1"}}',
      headers: await signWebhook({ provider: 'sentdm', body: '{"field":"templates","payload":{"template_id":"t1"}}', secret: SENTDM_SECRET }),
    }));
    expect(seen.map(([op, , ms]) => [op, ms])).toEqual([['claim', 60_000], ['complete', 72 * 3_600_000], ['claim', 5_000], ['complete', 1_000]]);
    expect(seen[0]![3]).toMatch(/^[0-9a-f-]{36}$/);
    expect(seen[0]![3]).toBe(seen[1]![3]);
    expect(seen[2]![3]).not.toBe(seen[0]![3]);
  });

  it('a store that fails to claim answers 500 (the provider retries); one that fails to complete still answers 204', async () => {
    const down = new Error('redis down');
    const failingClaim = setup({ claim: async () => { throw down; }, complete: async () => {}, release: async () => {} });
    expect((await failingClaim.handler(await request())).status).toBe(500);
    expect(failingClaim.calls).toEqual([]);
    expect(failingClaim.errors).toEqual([{ error: down, status: 500 }]);
    const real = memoryDedupeStore();
    const failingComplete = setup({ ...real, complete: async () => { throw down; } });
    expect((await failingComplete.handler(await request())).status).toBe(204);
    expect(failingComplete.calls).toHaveLength(1);
    expect(failingComplete.errors).toEqual([{ error: down, status: 204 }]);
  });

  it('a release that fails after onEvent failed is reported too; the answer stays 500', async () => {
    const real = memoryDedupeStore();
    const boom = new Error('handler bug');
    const lost = new Error('release lost');
    const { options, errors } = recordingOptions({
      provider: 'sentdm', secret: SENTDM_SECRET, dedupe: { ...real, release: async () => { throw lost; } }, onEvent: () => { throw boom; },
    });
    expect((await createWebhookHandler(options)(await request())).status).toBe(500);
    expect(errors).toEqual([{ error: lost, status: 500 }, { error: boom, status: 500 }]);
  });

  it('a forged delivery is refused before the store is touched', async () => {
    const touched: string[] = [];
    const store: DedupeStore = { claim: async () => { touched.push('claim'); return 'claimed'; }, complete: async () => {}, release: async () => {} };
    const { handler } = setup(store);
    const forged = await signWebhook({ provider: 'sentdm', body: messageDelivered, secret: `whsec_${btoa('x'.repeat(32))}` });
    expect((await handler(await request(forged))).status).toBe(400);
    expect(touched).toEqual([]);
  });

  it('a dedupe option that is no store fails at construction', () => {
    for (const dedupe of [{}, { store: {} }, { claim: () => {} }, { store: memoryDedupeStore(), leaseMs: 0 }, { store: memoryDedupeStore(), ttlMs: -1 }]) {
      expect(() => createWebhookHandler({ provider: 'sentdm', secret: 's', onEvent: () => {}, dedupe: dedupe as never })).toThrow(ConfigurationError);
    }
  });
});

describe('onEvent context and the secret function in the handlers', () => {
  const servers: Server[] = [];
  afterEach(async () => { await Promise.all(servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve)))); });

  it('the Fetch handler hands { request }; the Node middleware hands { req }', async () => {
    const seen: unknown[] = [];
    const fetchHandler = createWebhookHandler({ provider: 'sentdm', secret: SENTDM_SECRET, onEvent: (_event, { request: r }) => { seen.push(r.url); } });
    const incoming = await request();
    await fetchHandler(incoming);
    expect(seen).toEqual(['https://app.example/webhooks']);

    const node = createNodeWebhookMiddleware({ provider: 'sentdm', secret: SENTDM_SECRET, onEvent: (_event, { req }) => { seen.push(req.url); } });
    const server = createServer((req, res) => void node(req, res));
    servers.push(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const response = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks/sentdm?x=1`, {
      method: 'POST', body: messageDelivered, headers: await delivery(),
    });
    expect(response.status).toBe(204);
    expect(seen[1]).toBe('/hooks/sentdm?x=1');
  });

  it('a secret looked up by x-webhook-id verifies; an unknown webhook id is no_secret (500)', async () => {
    const secrets: Record<string, string> = { wh_1: SENTDM_SECRET };
    const { options, events, errors } = recordingOptions({ provider: 'sentdm', secret: async ({ headers }) => secrets[headers.get('x-webhook-id') ?? ''] ?? '' });
    const handler = createWebhookHandler(options);
    expect((await handler(await request())).status).toBe(204);
    const other = await signWebhook({ provider: 'sentdm', body: messageDelivered, secret: SENTDM_SECRET, webhookId: 'wh_unknown' });
    expect((await handler(await request(other))).status).toBe(500);
    expect(events).toHaveLength(1);
    expect(errors[0]).toMatchObject({ status: 500, error: { reason: 'no_secret' } });
  });

  it('a throw from the secret function answers 500 and reports the app\'s own error, whatever its class', async () => {
    // A ValidationError or a SignatureVerificationError from verification would answer 400; from the app's lookup, 500.
    const verdicts = [new ValidationError('tenant unknown'), new SignatureVerificationError('mismatch', 'looks like a verdict')];
    for (const thrown of [new Error('vault sealed'), ...verdicts]) {
      const { options, events, errors } = recordingOptions({ provider: 'dialnexa', secret: () => { throw thrown; } });
      const headers = await signWebhook({ provider: 'dialnexa', body: '{"event_type":"call_ended","payload":{"call":{"id":"c1"}}}', secret: DIALNEXA_SECRET });
      const response = await createWebhookHandler(options)(new Request('https://x/', { method: 'POST', body: '{"event_type":"call_ended","payload":{"call":{"id":"c1"}}}', headers }));
      expect(response.status).toBe(500);
      expect(events).toEqual([]);
      expect(errors).toEqual([{ error: thrown, status: 500 }]);
    }
  });
});
