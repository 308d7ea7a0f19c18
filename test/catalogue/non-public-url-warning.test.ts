import { afterEach, describe, expect, it } from 'vitest';
import { PROVIDERS, type KnownProviderId } from '../../providers/catalogue/clients';
import { startSimulator } from '../../providers/catalogue/simulators';

const providers = Object.keys(PROVIDERS) as KnownProviderId[];
const running: Array<{ close(): Promise<void> }> = [];
afterEach(async () => { await Promise.all(running.splice(0).map((sim) => sim.close())); });

async function clientWithLog(provider: KnownProviderId) {
  const sim = await startSimulator(provider);
  running.push(sim);
  const warn: string[] = [];
  const descriptor = PROVIDERS[provider];
  // `as never`: over the union of descriptors `create` takes the intersection of every options
  // type, though each descriptor is given the options its own `fromEnv` read.
  const hooks = descriptor.create({ ...descriptor.fromEnv(sim.env), baseUrl: sim.baseUrl, logger: { debug: () => {}, warn: (line: string) => warn.push(line) } } as never);
  const [event] = await hooks.listEventTypes();
  return { hooks, warn, event: event!.name };
}

const hosts: Array<[string, string]> = [
  ['https://localhost:8443/hooks?token=t0p', 'loopback'],
  ['https://127.0.0.1/hooks', 'loopback'],
  ['https://[::1]/hooks', 'loopback'],
  ['https://10.1.2.3/hooks', 'private'],
  ['https://172.20.0.5/hooks', 'private'],
  ['https://192.168.1.20/hooks', 'private'],
  ['https://[fd00::5]/hooks', 'private'],
  ['https://169.254.169.254/hooks', 'link-local'],
  ['https://[fe80::1]/hooks', 'link-local'],
];

describe.each(providers)('%s: a webhook URL at a non-public host', (provider) => {
  it('create and update each warn once through the logger, naming the host class, and still go through', async () => {
    const { hooks, warn, event } = await clientWithLog(provider);
    for (const [url, hostClass] of hosts) {
      warn.length = 0;
      const created = await hooks.create({ url, events: [event] });
      expect(created.url).toBe(url);
      expect(warn, url).toHaveLength(1);
      expect(warn[0]).toContain(`create: the webhook URL's host`);
      expect(warn[0]).toContain(`is a ${hostClass} address`);
      expect(warn[0]).not.toContain('t0p'); // the host is named, never the path or query
      await hooks.update(created.id, { url });
      expect(warn).toHaveLength(2);
      expect(warn[1]).toContain(`update: the webhook URL's host`);
      expect(warn[1]).toContain(`is a ${hostClass} address`);
    }
  });

  it('a public host, 172.32.x (outside 172.16/12) and an update without a url warn nothing', async () => {
    const { hooks, warn, event } = await clientWithLog(provider);
    const created = await hooks.create({ url: 'https://app.example/hooks', events: [event] });
    await hooks.create({ url: 'https://172.32.0.1/hooks', events: [event] });
    await hooks.update(created.id, { events: [event] });
    expect(warn).toEqual([]);
  });
});
