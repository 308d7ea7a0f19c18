import { afterEach, describe, expect, it } from 'vitest';
import { PROVIDERS, webhookClientFromEnv, type KnownProviderId } from '../../providers/catalogue/clients';
import { SIGNING_SCHEMES, verifyWebhook } from '../../providers/catalogue/signing';
import { SIMULATORS, startSimulator } from '../../providers/catalogue/simulators';

// Every provider the catalogue lists, with no list written here: a new catalogue line is tested
// by this file the day it lands.
const providers = Object.keys(PROVIDERS) as KnownProviderId[];
const running: Array<{ close(): Promise<void> }> = [];
afterEach(async () => { await Promise.all(running.splice(0).map((sim) => sim.close())); });

describe('the catalogue', () => {
  it('lists the same providers in its three tables, and each descriptor carries its signing table entry', () => {
    expect(Object.keys(SIGNING_SCHEMES).sort()).toEqual([...providers].sort());
    expect(Object.keys(SIMULATORS).sort()).toEqual([...providers].sort());
    for (const provider of providers) expect(PROVIDERS[provider].signing, provider).toBe(SIGNING_SCHEMES[provider]);
  });
});

describe.each(providers)('%s, through the catalogue alone', (provider) => {
  it("is reached from its simulator's env, manages a webhook, and verifies the simulator's signed delivery", async () => {
    const sim = await startSimulator(provider);
    running.push(sim);
    const hooks = webhookClientFromEnv(sim.env);
    expect(hooks.id).toBe(provider);
    const [event] = await hooks.listEventTypes();
    const created = await hooks.create({ url: 'https://app.example/catalogue', events: [event!.name] });
    expect((await hooks.list()).items.map((w) => w.id)).toEqual([created.id]);

    // The simulator signs with the secret create returned; capture the delivery at a receiver.
    const received: Array<{ body: string; headers: Record<string, string> }> = [];
    const { createServer } = await import('node:http');
    const server = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk) => { body += chunk; });
      req.on('end', () => { received.push({ body, headers: req.headers as Record<string, string> }); res.statusCode = 204; res.end(); });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    running.push({ close: () => new Promise((resolve) => server.close(() => resolve())) });
    const port = (server.address() as { port: number }).port;
    const routed = await startSimulator(provider, { deliverTo: `http://127.0.0.1:${port}` });
    running.push(routed);
    const routedHooks = webhookClientFromEnv(routed.env);
    const target = await routedHooks.create({ url: 'https://app.example/catalogue', events: [event!.name] });
    const attempts = await routed.deliver(event!.name, { from: 'the catalogue test' });
    expect(attempts.map((a) => a.status)).toEqual([204]);
    const verified = await verifyWebhook({ provider, body: received[0]!.body, headers: received[0]!.headers, secret: target.secret! });
    expect(verified.provider).toBe(provider);
    expect(verified.dedupeKey).toMatch(new RegExp(`^${provider}/`));

    await hooks.delete(created.id);
    expect((await hooks.list()).items).toEqual([]);
  });
});
