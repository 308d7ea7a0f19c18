import { afterEach, describe, expect, it } from 'vitest';
import { createWebhookClient } from '../../providers/catalogue/clients';
import { startSimulator } from '../../entries/testing';

const closers: Array<() => Promise<void>> = [];
afterEach(async () => { await Promise.all(closers.splice(0).map((close) => close())); });

function capture() {
  const warn: string[] = [];
  return { warn, logger: { debug: () => {}, warn: (line: string) => warn.push(line) } };
}

describe('an idempotencyKey given to a provider without idempotency keys', () => {
  it('DialNexa: is not sent, and one warn line per client says so and what protects the call instead', async () => {
    const sim = await startSimulator('dialnexa');
    closers.push(() => sim.close());
    const log = capture();
    const hooks = createWebhookClient({ provider: 'dialnexa', apiKey: sim.apiKey, baseUrl: sim.baseUrl, logger: log.logger });
    await hooks.create({ url: 'https://app.example/a', events: ['call.completed'] }, { idempotencyKey: 'order-1' });
    await hooks.create({ url: 'https://app.example/b', events: ['call.completed'] }, { idempotencyKey: 'order-2' });
    for (const request of sim.requests) expect(Object.keys(request.headers)).not.toContain('idempotency-key');
    expect(log.warn).toHaveLength(1);
    expect(log.warn[0]).toContain('dialnexa has no idempotency keys, so the idempotencyKey option is not sent');
    expect(log.warn[0]).toContain('never repeated once it may have reached DialNexa');
    expect(log.warn[0]).not.toContain('order-1');
  });

  it('GitHub: the same, with what protects a GitHub POST', async () => {
    const sim = await startSimulator('github');
    closers.push(() => sim.close());
    const log = capture();
    const hooks = createWebhookClient({ provider: 'github', token: sim.token, repo: sim.repo, baseUrl: sim.baseUrl, logger: log.logger });
    await hooks.create({ url: 'https://app.example/a', events: ['push'] }, { idempotencyKey: 'k1' });
    await hooks.list({}, { idempotencyKey: 'k2' });
    for (const request of sim.requests) expect(Object.keys(request.headers)).not.toContain('idempotency-key');
    expect(log.warn).toHaveLength(1);
    expect(log.warn[0]).toContain('github has no idempotency keys');
    expect(log.warn[0]).toContain('Hook already exists');
  });

  it("logLevel 'off' silences it; sent.dm, which has keys, never warns and sends the key", async () => {
    const dn = await startSimulator('dialnexa');
    const sd = await startSimulator('sentdm');
    closers.push(() => dn.close(), () => sd.close());
    const quiet = capture();
    await createWebhookClient({ provider: 'dialnexa', apiKey: dn.apiKey, baseUrl: dn.baseUrl, logger: quiet.logger, logLevel: 'off' })
      .create({ url: 'https://app.example/a', events: ['call.completed'] }, { idempotencyKey: 'order-1' });
    const keyed = capture();
    await createWebhookClient({ provider: 'sentdm', apiKey: sd.apiKey, baseUrl: sd.baseUrl, logger: keyed.logger })
      .create({ url: 'https://app.example/a', events: ['message.delivered'] }, { idempotencyKey: 'order-1' });
    expect(quiet.warn).toEqual([]);
    expect(keyed.warn).toEqual([]);
    expect(sd.requests.find((r) => r.method === 'POST')?.headers['idempotency-key']).toBe('order-1');
  });
});
