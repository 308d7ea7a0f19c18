import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createWebhookClient } from '../../providers/catalogue/clients';
import { createNodeWebhookMiddleware } from '../../providers/catalogue/signing';
import type { InboundEvent } from '../../src/model';
import { startSimulator } from '../../entries/testing';

// The rotation procedure docs/verification.md describes, end to end: neither provider overlaps
// old and new secrets, so a receiver that trusts only the old one starts refusing at once, and
// one that trusts both keeps working.
const closers: Array<() => Promise<void>> = [];
afterEach(async () => { await Promise.all(closers.splice(0).map((close) => close())); });

async function receiver(provider: 'dialnexa' | 'sentdm', secrets: () => string[]) {
  const events: InboundEvent[] = [];
  const server: Server = createServer((req, res) =>
    createNodeWebhookMiddleware({ provider, secret: secrets(), onEvent: (event) => { events.push(event); }, onError: () => {} })(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  closers.push(() => new Promise((resolve) => server.close(() => resolve())));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, events };
}

describe.each(['dialnexa', 'sentdm'] as const)('secret rotation on %s', (provider) => {
  it('old-secret-only receivers refuse after rotateSecret; a receiver trusting both accepts', async () => {
    let trusted: string[] = [];
    const inbox = await receiver(provider, () => trusted);
    const sim = await startSimulator(provider, { deliverTo: inbox.url });
    closers.push(() => sim.close());
    const hooks = createWebhookClient({ provider, apiKey: sim.apiKey, baseUrl: sim.baseUrl });
    const [event] = await hooks.listEventTypes();
    const created = await hooks.create({ url: 'https://app.example/hooks', events: [event!.name] });

    trusted = [created.secret!];
    expect((await sim.deliver(event!.name, { n: 1 })).map((a) => a.status)).toEqual([204]);

    const { secret: next } = await hooks.rotateSecret(created.id);
    expect((await sim.deliver(event!.name, { n: 2 })).map((a) => a.status)).toEqual([400]);

    trusted = [next, created.secret!];
    expect((await sim.deliver(event!.name, { n: 3 })).map((a) => a.status)).toEqual([204]);
    expect(inbox.events.map((e) => (e.data as { n: number }).n)).toEqual([1, 3]);
  });
});
