import { afterEach, describe, expect, it } from 'vitest';
import { dialnexa } from '../../providers/dialnexa';
import { sentdm } from '../../providers/sentdm';
import {
  ConflictError, RateLimitError, ResponseValidationError, ServerError, WebhookError,
} from '../../src/errors';
import { startSimulator } from '../../entries/testing';

// The real adapters against the simulators under injected faults: what a user's app sees when
// the network or the provider misbehaves. Waits between retries are recorded, never slept.
const closers: Array<() => Promise<void>> = [];
afterEach(async () => { await Promise.all(closers.splice(0).map((close) => close())); });

function recordingSleep() {
  const delays: number[] = [];
  return { delays, retry: { retries: 2, sleep: async (ms: number) => { delays.push(ms); } } };
}

async function sim<P extends 'dialnexa' | 'sentdm'>(provider: P, options: { rateLimit?: { limit: number; windowMs: number } } = {}) {
  const started = await startSimulator(provider, options);
  closers.push(() => started.close());
  return started;
}

describe('sent.dm under faults', () => {
  it('a create whose response is lost is retried with the same key and replayed: one webhook', async () => {
    const server = await sim('sentdm');
    const { retry } = recordingSleep();
    const hooks = sentdm({ apiKey: server.apiKey, baseUrl: server.baseUrl, retry });
    server.fail({ kind: 'drop', when: 'after-handling', match: { method: 'POST' } });
    const created = await hooks.create({ url: 'https://app.example/h', events: ['message.delivered'] });
    const posts = server.requests.filter((r) => r.method === 'POST');
    expect(posts).toHaveLength(2);
    expect(posts[0]!.headers['idempotency-key']).toBe(posts[1]!.headers['idempotency-key']);
    expect(server.webhooks.map((w) => w.id)).toEqual([created.id]);
    expect(created.secret).toMatch(/^whsec_/);
  });

  it('a concurrent duplicate of an in-flight create is a ConflictError', async () => {
    const server = await sim('sentdm');
    const hooks = sentdm({ apiKey: server.apiKey, baseUrl: server.baseUrl, retry: false });
    const hold = server.fail({ kind: 'latency', ms: 60_000, times: 1, match: { method: 'POST' } });
    const input = { url: 'https://app.example/h', events: ['message.delivered'] };
    const first = hooks.create(input, { idempotencyKey: 'order-42' });
    await server.waitForRequest((r) => r.method === 'POST');
    const second = await hooks.create(input, { idempotencyKey: 'order-42' }).catch((e: unknown) => e);
    hold.clear();
    await first;
    expect(ConflictError.isInstance(second)).toBe(true);
    expect((second as ConflictError).providerCode).toBe('CONFLICT_001');
    expect(server.webhooks).toHaveLength(1);
  });
});

describe('DialNexa under faults', () => {
  it('a create that meets a 503 is not repeated (no idempotency key): one request, ServerError', async () => {
    const server = await sim('dialnexa');
    const { retry, delays } = recordingSleep();
    const hooks = dialnexa({ apiKey: server.apiKey, baseUrl: server.baseUrl, retry });
    server.fail({ kind: 'status', status: 503, retryAfter: 1 });
    const error = await hooks.create({ url: 'https://app.example/h', events: ['call.completed'] }).catch((e: unknown) => e);
    expect(ServerError.isInstance(error)).toBe(true);
    expect(server.requests).toHaveLength(1);
    expect(delays).toEqual([]);
  });

  it('a get that meets a 503 with Retry-After waits as asked, then succeeds', async () => {
    const server = await sim('dialnexa');
    const { retry, delays } = recordingSleep();
    const hooks = dialnexa({ apiKey: server.apiKey, baseUrl: server.baseUrl, retry });
    const created = await hooks.create({ url: 'https://app.example/h', events: ['call.completed'] });
    server.fail({ kind: 'status', status: 503, retryAfter: 2 });
    expect((await hooks.get(created.id)).id).toBe(created.id);
    expect(delays).toHaveLength(1);
    expect(delays[0]).toBeGreaterThanOrEqual(2000); // as asked, plus up to 10 % jitter
    expect(delays[0]).toBeLessThanOrEqual(2200);
  });

  it('a truncated 200 body is a ResponseValidationError with the status and text kept, not a TypeError', async () => {
    const server = await sim('dialnexa');
    const hooks = dialnexa({ apiKey: server.apiKey, baseUrl: server.baseUrl, retry: false });
    const created = await hooks.create({ url: 'https://app.example/h', events: ['call.completed'] });
    server.fail({ kind: 'malformed', body: 'truncated' });
    const error = await hooks.get(created.id).catch((e: unknown) => e);
    expect(ResponseValidationError.isInstance(error)).toBe(true);
    expect((error as WebhookError).status).toBe(200);
    expect((error as WebhookError).responseBody).toContain(created.id.slice(0, 4));
  });

  it('the rate limit answers 429 with Retry-After: RateLimitError carries it once retries run out', async () => {
    const server = await sim('dialnexa', { rateLimit: { limit: 2, windowMs: 10_000 } });
    const { retry, delays } = recordingSleep();
    const hooks = dialnexa({ apiKey: server.apiKey, baseUrl: server.baseUrl, retry });
    await hooks.list();
    await hooks.list();
    const error = await hooks.list().catch((e: unknown) => e);
    expect(RateLimitError.isInstance(error)).toBe(true);
    expect((error as RateLimitError).retryAfter).toBeGreaterThan(0);
    expect(delays).toHaveLength(2);
    // Retry-After with a little jitter on top, never past maxDelay.
    expect(delays.every((ms) => ms > 0 && ms <= 11_000)).toBe(true);
  });

  it('a 429 asking for 60 s with maxDelay 30 s fails at once with RateLimitError.retryAfter, saying when to retry', async () => {
    const server = await sim('dialnexa', { rateLimit: { limit: 1, windowMs: 60_000 } });
    const { retry, delays } = recordingSleep();
    const hooks = dialnexa({ apiKey: server.apiKey, baseUrl: server.baseUrl, retry: { ...retry, maxDelay: 30_000 } });
    await hooks.list();
    const error = await hooks.list().catch((e: unknown) => e);
    expect(RateLimitError.isInstance(error)).toBe(true);
    expect((error as RateLimitError).retryAfter).toBe(60_000);
    expect(delays).toEqual([]);
    expect(server.requests.filter((r) => r.method === 'GET')).toHaveLength(2);
    expect((error as RateLimitError).message).toMatch(/not retried after 1 attempt: the provider asked to wait 60 s, longer than retry.maxDelay \(30 s\); retry in 60 s, after \d{4}-\d\d-\d\dT/);
  });
});
