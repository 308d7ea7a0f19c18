import { afterEach, describe, expect, it } from 'vitest';
import { PROVIDER_CASES } from './providers';

const closers: Array<() => Promise<void>> = [];
afterEach(async () => { await Promise.all(closers.splice(0).map((close) => close())); });

describe('logLevel debug on every provider', () => {
  for (const c of PROVIDER_CASES) {
    it(`${c.provider}: one line per attempt, and not one line holds the key or a secret`, async () => {
      const { sim, client } = await c.start();
      closers.push(() => sim.close());
      const lines: string[] = [];
      const logger = { debug: (line: string) => lines.push(line), warn: (line: string) => lines.push(line) };
      const hooks = client({ logLevel: 'debug', logger });
      const created = await hooks.create({ url: 'https://app.example/h', events: [c.event] });
      sim.fail({ kind: 'status', status: 503, retryAfter: 1, match: { method: 'GET' } });
      await hooks.get(created.id);
      await hooks.list();
      const chosen = 'whsec_chosen_by_the_caller_0123456789';
      const rotated = await hooks.rotateSecret(created.id, c.provider === 'sentdm' ? {} : { secret: chosen });
      await hooks.delete(created.id);
      const attempts = sim.requests.length;
      expect(lines.filter((line) => / -> /.test(line))).toHaveLength(attempts);
      expect(lines.some((line) => /-> 503 .*; retry in 1(\.\d)? s$/.test(line))).toBe(true);
      const credential = (sim as unknown as { apiKey?: string; token?: string });
      const secrets = [credential.token, credential.apiKey, ...(credential.apiKey?.split(':') ?? []), created.secret, rotated.secret, chosen]
        .filter((value): value is string => typeof value === 'string' && value.length >= 8);
      expect(secrets.length).toBeGreaterThanOrEqual(3);
      for (const line of lines) for (const secret of secrets) expect(line, line).not.toContain(secret);
    });
  }
});

describe('a throwing observer hook never changes the outcome', () => {
  for (const c of PROVIDER_CASES) {
    it(`${c.provider}: after a create, the id and the secret are still returned`, async () => {
      const { sim, client } = await c.start();
      closers.push(() => sim.close());
      const warnings: string[] = [];
      const hooks = client({
        logger: { debug: () => {}, warn: (line: string) => warnings.push(line) },
        hooks: { onResponse: () => { throw new Error('metrics down'); }, onRequest: () => { throw new TypeError('oops'); } },
      });
      const created = await hooks.create({ url: 'https://app.example/h', events: [c.event] });
      expect(created.id).toBeTruthy();
      expect(created.secret).toMatch(/\S{16,}/);
      expect(sim.webhooks).toHaveLength(1);
      expect(warnings).toHaveLength(2);
    });
  }
});
