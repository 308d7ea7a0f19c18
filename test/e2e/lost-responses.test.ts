import { afterEach, describe, expect, it } from 'vitest';
import { sentdm } from '../../providers/sentdm';
import { ConflictError, NotFoundError, ValidationError, WebhookError } from '../../src/errors';
import { startSimulator } from '../../entries/testing';
import { PROVIDER_CASES } from './providers';

const closers: Array<() => Promise<void>> = [];
afterEach(async () => { await Promise.all(closers.splice(0).map((close) => close())); });

describe('a DELETE whose response was lost', () => {
  for (const c of PROVIDER_CASES) {
    it(`${c.provider}: is retried, and the 404 the retry meets means done`, async () => {
      const { sim, client } = await c.start();
      closers.push(() => sim.close());
      const hooks = client();
      const created = await hooks.create({ url: 'https://app.example/h', events: [c.event] });
      sim.fail({ kind: 'drop', when: 'after-handling', match: { method: 'DELETE' } });
      await expect(hooks.delete(created.id)).resolves.toBeUndefined();
      expect(sim.requests.filter((r) => r.method === 'DELETE')).toHaveLength(2);
      expect(sim.webhooks).toEqual([]);
    });

    it(`${c.provider}: a first DELETE of a missing webhook is still a NotFoundError`, async () => {
      const { sim, client } = await c.start();
      closers.push(() => sim.close());
      const hooks = client();
      const created = await hooks.create({ url: 'https://app.example/h', events: [c.event] });
      await hooks.delete(created.id);
      await expect(hooks.delete(created.id)).rejects.toSatisfy((e) => NotFoundError.isInstance(e));
    });
  }
});

// Lets the held first attempt finish (its answer leaves, the key's outcome is stored) before the next.
async function release(hold: { clear(): void }): Promise<void> {
  hold.clear();
  await new Promise((resolve) => setTimeout(resolve, 20));
}

describe('sent.dm: our retry meets 409 CONFLICT_001 while the first attempt is still processing', () => {
  async function slowFirstPost() {
    const sim = await startSimulator('sentdm');
    closers.push(() => sim.close());
    const waits: number[] = [];
    // The first POST is handled but its answer held; the client gives up on it after 100 ms and
    // retries with the same key. The sleep before the third attempt lets the first one finish.
    const hold = sim.fail({ kind: 'latency', ms: 60_000, times: 1, match: { method: 'POST' } });
    const sleep = async (ms: number) => { waits.push(ms); if (waits.length === 2) await release(hold); };
    const hooks = sentdm({ apiKey: sim.apiKey, baseUrl: sim.baseUrl, timeout: 100, retry: { retries: 3, sleep } });
    return { sim, hooks, waits };
  }

  it('a create: the conflict is retried with backoff and the first outcome replayed, one webhook, its secret kept', async () => {
    const { sim, hooks, waits } = await slowFirstPost();
    const created = await hooks.create({ url: 'https://app.example/h', events: ['message.delivered'] });
    const posts = sim.requests.filter((r) => r.method === 'POST');
    expect(posts).toHaveLength(3);
    expect(new Set(posts.map((p) => p.headers['idempotency-key'])).size).toBe(1);
    expect(waits).toHaveLength(2);
    expect(sim.webhooks).toHaveLength(1);
    expect(created.id).toBe(sim.webhooks[0]!.id);
    expect(created.secret).toBe(sim.webhooks[0]!.signing_secret);
  });

  it('a rotateSecret: the new secret is not lost', async () => {
    const sim = await startSimulator('sentdm');
    closers.push(() => sim.close());
    const setup = sentdm({ apiKey: sim.apiKey, baseUrl: sim.baseUrl });
    const { id } = await setup.create({ url: 'https://app.example/h', events: ['message.delivered'] });
    const waits: number[] = [];
    const hold = sim.fail({ kind: 'latency', ms: 60_000, times: 1, match: { method: 'POST', path: /rotate-secret$/ } });
    const hooks = sentdm({
      apiKey: sim.apiKey, baseUrl: sim.baseUrl, timeout: 100,
      retry: { retries: 3, sleep: async (ms) => { waits.push(ms); if (waits.length === 2) await release(hold); } },
    });
    const { secret } = await hooks.rotateSecret(id);
    expect(secret).toBe(sim.webhooks[0]!.signing_secret);
    expect(waits).toHaveLength(2);
  });

  it('with retries spent, the ConflictError carries the idempotency key to replay the call with', async () => {
    const sim = await startSimulator('sentdm');
    closers.push(() => sim.close());
    const hold = sim.fail({ kind: 'latency', ms: 60_000, times: 1, match: { method: 'POST' } });
    const hooks = sentdm({ apiKey: sim.apiKey, baseUrl: sim.baseUrl, timeout: 100, retry: { retries: 1, sleep: async () => {} } });
    const error = await hooks.create({ url: 'https://app.example/h', events: ['message.delivered'] }).catch((e: unknown) => e);
    expect(ConflictError.isInstance(error)).toBe(true);
    const key = (error as ConflictError).idempotencyKey!;
    expect(key).toBe(sim.requests.find((r) => r.method === 'POST')!.headers['idempotency-key']);
    await release(hold);
    const replayed = await hooks.create({ url: 'https://app.example/h', events: ['message.delivered'] }, { idempotencyKey: key });
    expect(sim.webhooks.map((w) => w.id)).toEqual([replayed.id]);
  });
});

describe('sent.dm: every error of a keyed call carries its idempotency key', () => {
  it('a refused create: the key that was sent', async () => {
    const sim = await startSimulator('sentdm');
    closers.push(() => sim.close());
    sim.fail({ kind: 'status', status: 400, match: { method: 'POST' } });
    const error = await sentdm({ apiKey: sim.apiKey, baseUrl: sim.baseUrl })
      .create({ url: 'https://app.example/h', events: ['message.delivered'] }).catch((e: unknown) => e);
    expect(ValidationError.isInstance(error)).toBe(true);
    expect((error as ValidationError).idempotencyKey).toBe(sim.requests[0]!.headers['idempotency-key']);
    expect((error as ValidationError).toJSON()).toHaveProperty('idempotencyKey');
  });

  it('a create whose second step (switching it off) fails: the key of the whole call, which replays it once', async () => {
    const sim = await startSimulator('sentdm');
    closers.push(() => sim.close());
    const hooks = sentdm({ apiKey: sim.apiKey, baseUrl: sim.baseUrl, retry: false });
    sim.fail({ kind: 'status', status: 503, match: { method: 'PATCH' } });
    const input = { url: 'https://app.example/h', events: ['message.delivered'], active: false };
    const error = await hooks.create(input).catch((e: unknown) => e);
    expect(WebhookError.isInstance(error)).toBe(true);
    const key = (error as WebhookError).idempotencyKey!;
    expect(key).toBe(sim.requests.find((r) => r.method === 'POST')!.headers['idempotency-key']);
    const again = await hooks.create(input, { idempotencyKey: key });
    expect(sim.webhooks).toHaveLength(1);
    expect(again.id).toBe(sim.webhooks[0]!.id);
    expect(again.active).toBe(false);
    expect(again.secret).toBe(sim.webhooks[0]!.signing_secret);
  });

  it('DialNexa and GitHub errors carry none (they have no keys)', async () => {
    for (const c of PROVIDER_CASES.filter((p) => p.provider !== 'sentdm')) {
      const { sim, client } = await c.start();
      closers.push(() => sim.close());
      sim.fail({ kind: 'status', status: 400, match: { method: 'POST' } });
      const error = await client({ logLevel: 'off' }).create({ url: 'https://app.example/h', events: [c.event] }, { idempotencyKey: 'k' }).catch((e: unknown) => e);
      expect((error as WebhookError).idempotencyKey).toBeUndefined();
    }
  });
});
