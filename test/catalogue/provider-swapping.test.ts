import { afterEach, describe, expect, it } from 'vitest';
import { createWebhookClient, PROVIDERS, webhookClientFromEnv } from '../../providers/catalogue/clients';
import type { WebhookProvider } from '../../src/provider';
import { startSimulator } from '../../entries/testing';

type Sim = { close(): Promise<void> };
const running: Sim[] = [];
afterEach(async () => { await Promise.all(running.splice(0).map((sim) => sim.close())); });

async function simulator<P extends 'dialnexa' | 'sentdm'>(provider: P) {
  const sim = await startSimulator(provider);
  running.push(sim);
  return sim;
}

/** An application function: make sure exactly one webhook points at `url`, subscribed to one event. */
async function ensureSubscription(hooks: WebhookProvider, url: string): Promise<{ id: string; created: boolean }> {
  const [event] = await hooks.listEventTypes();
  for await (const webhook of hooks.iterate()) {
    if (webhook.url === url) {
      await hooks.update(webhook.id, { events: [event!.name], active: true });
      return { id: webhook.id, created: false };
    }
  }
  const created = await hooks.create({ url, events: [event!.name] });
  return { id: created.id, created: true };
}

describe('the same application code on both providers, only the config changing', () => {
  for (const provider of ['dialnexa', 'sentdm'] as const) {
    it(`createWebhookClient({ provider: '${provider}' })`, async () => {
      const sim = await simulator(provider);
      const hooks = createWebhookClient({ provider, apiKey: sim.apiKey, baseUrl: sim.baseUrl });
      expect(hooks.id).toBe(provider);
      const first = await ensureSubscription(hooks, 'https://app.example/hooks');
      const second = await ensureSubscription(hooks, 'https://app.example/hooks');
      expect(first.created).toBe(true);
      expect(second).toEqual({ id: first.id, created: false });
      expect(sim.webhooks).toHaveLength(1);
    });
  }

  it('webhookClientFromEnv picks the provider from HOOKBRIDGE_PROVIDER', async () => {
    const dn = await simulator('dialnexa');
    const sd = await simulator('sentdm');
    const env = { DIALNEXA_API_KEY: dn.apiKey, SENT_DM_API_KEY: sd.apiKey };
    const viaDialNexa = webhookClientFromEnv({ ...env, HOOKBRIDGE_PROVIDER: 'dialnexa', HOOKBRIDGE_BASE_URL: dn.baseUrl });
    const viaSent = webhookClientFromEnv({ ...env, HOOKBRIDGE_PROVIDER: 'sentdm', HOOKBRIDGE_BASE_URL: sd.baseUrl });
    await ensureSubscription(viaDialNexa, 'https://app.example/a');
    await ensureSubscription(viaSent, 'https://app.example/b');
    expect(dn.webhooks.map((w) => w.url)).toEqual(['https://app.example/a']);
    expect(sd.webhooks.map((w) => w.endpoint_url)).toEqual(['https://app.example/b']);
  });

  it('webhookClientFromEnv sends SENT_DM_PROFILE_ID as x-profile-id', async () => {
    const sim = await simulator('sentdm');
    const profile = '6f1c2a9e-1b2c-4d3e-8f4a-5b6c7d8e9f01';
    const hooks = webhookClientFromEnv({ SENT_DM_API_KEY: sim.apiKey, SENT_DM_PROFILE_ID: profile, HOOKBRIDGE_BASE_URL: sim.baseUrl });
    await hooks.list();
    expect(sim.requests.at(-1)?.headers['x-profile-id']).toBe(profile);
  });
});

describe('configuration errors', () => {
  it('an unknown provider names the ones that exist', () => {
    const known = Object.keys(PROVIDERS).join(', ');
    expect(() => createWebhookClient({ provider: 'acme' } as never)).toThrow(`unknown provider "acme"; use one of ${known}`);
  });

  it('a missing key says which variable to set, and nothing leaks', () => {
    expect(() => webhookClientFromEnv({ HOOKBRIDGE_PROVIDER: 'sentdm' })).toThrow(/apiKey is missing or empty.*SENT_DM_API_KEY/);
    expect(() => createWebhookClient({ provider: 'dialnexa', apiKey: '  ' })).toThrow(/DIALNEXA_API_KEY/);
  });

  it('without HOOKBRIDGE_PROVIDER the only configured provider is used, two are ambiguous', () => {
    expect(webhookClientFromEnv({ SENT_DM_API_KEY: 'k-123456' }).id).toBe('sentdm');
    expect(() => webhookClientFromEnv({ SENT_DM_API_KEY: 'a', DIALNEXA_API_KEY: 'b' })).toThrow(/keys for dialnexa and sentdm are both set/);
    expect(() => webhookClientFromEnv({})).toThrow(/set HOOKBRIDGE_PROVIDER/);
  });

  it('a malformed base URL fails at construction', () => {
    expect(() => webhookClientFromEnv({ HOOKBRIDGE_PROVIDER: 'dialnexa', DIALNEXA_API_KEY: 'k', HOOKBRIDGE_BASE_URL: 'not a url' }))
      .toThrow(/baseUrl must be an absolute http\(s\) URL/);
  });

  it('a base URL with a user name or password fails at construction, without repeating them', () => {
    for (const baseUrl of ['http://user:hunter2pass@127.0.0.1:4999/v1', 'https://only-user@api.example.com']) {
      let message = '';
      try {
        webhookClientFromEnv({ HOOKBRIDGE_PROVIDER: 'dialnexa', DIALNEXA_API_KEY: 'k', HOOKBRIDGE_BASE_URL: baseUrl });
      } catch (error) {
        message = String((error as Error).message);
      }
      expect(message).toMatch(/baseUrl must not hold a user name or password/);
      expect(message).not.toMatch(/hunter2pass|only-user/);
    }
  });

  it('errors are ConfigurationError instances with code configuration', () => {
    try {
      createWebhookClient({ provider: 'nope' } as never);
      expect.unreachable();
    } catch (error) {
      expect((error as { code: string }).code).toBe('configuration');
    }
  });
});
