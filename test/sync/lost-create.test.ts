import { afterEach, describe, expect, it } from 'vitest';
import { apply, partialResultOf, plan } from '../../entries/sync';
import { NetworkError, ServerError } from '../../src/errors';
import { caseOf, directClient, everything, faultyFetch, startAny, storedSecret, type AnySimulator, type SimCase } from './support';

const dialnexa = caseOf('dialnexa');
const sentdm = caseOf('sentdm');
const URL = 'https://app.example/hooks/calls';
const instant = { retries: 2, sleep: async () => {} };

const sims: AnySimulator[] = [];
afterEach(async () => { await Promise.all(sims.splice(0).map((sim) => sim.close())); });

async function setUp(c: SimCase, entry: Record<string, unknown> = {}, retry: unknown = instant) {
  const sim = await startAny(c.provider);
  sims.push(sim);
  const faults = faultyFetch(sim);
  const config = {
    targets: { t: { provider: c.provider, ...c.credentials(sim), baseUrl: sim.baseUrl, retry, fetch: faults.fetch } },
    webhooks: [{ target: 't', url: URL, events: [c.events[0]], ...entry }],
  } as never;
  return { sim, faults, config, client: directClient(c, sim) };
}

describe('a create whose response is lost', () => {
  it('DialNexa (no idempotency keys): not repeated by the transport; sync finds it by URL, keeps the secret it chose, and succeeds', async () => {
    const { sim, config, client } = await setUp(dialnexa);
    const planned = await plan(config);
    sim.fail({ kind: 'drop', when: 'after-handling', match: { method: 'POST' } });
    const result = await apply(planned);
    expect(sim.requests.filter((r) => (r as { method: string }).method === 'POST')).toHaveLength(1);
    const all = await everything(client);
    expect(all.map((w) => w.url)).toEqual([URL]);
    expect(result.secrets).toEqual([{ target: 't', url: URL, id: all[0]!.id, secret: storedSecret(sim, all[0]!.id) }]);
    expect((await plan(config)).summary).toEqual({ create: 0, update: 0, delete: 0, unchanged: 1 });
  });

  it('sent.dm (idempotency keys): the transport repeats the POST with the same key and gets the replay: one webhook, its secret', async () => {
    const { sim, config, client } = await setUp(sentdm);
    sim.fail({ kind: 'drop', when: 'after-handling', match: { method: 'POST' } });
    const result = await apply(await plan(config));
    const all = await everything(client);
    expect(all).toHaveLength(1);
    expect(result.secrets[0]?.secret).toBe(storedSecret(sim, all[0]!.id));
  });

  for (const c of [dialnexa, sentdm]) {
    it(`${c.provider}: the process dies with the create in flight; the rerun's plan finds the webhook by URL, creates nothing, and rotateSecrets recovers a secret`, async () => {
      const { sim, faults, config, client } = await setUp(c, {}, false);
      const planned = await plan(config);
      faults.at(2, 'killed'); // 1: the verification list, 2: the POST
      const error = await apply(planned).catch((e: unknown) => e);
      expect(NetworkError.isInstance(error)).toBe(true);
      expect(partialResultOf(error)).toEqual({ changes: [], secrets: [] });
      faults.disarm();

      const rerun = await plan(config);
      expect(rerun.changes.map((change) => change.action)).toEqual(['noop']);
      expect(await everything(client)).toHaveLength(1);
      const rotated = await apply(await plan(config, { rotateSecrets: true }));
      expect(rotated.secrets).toHaveLength(1);
      expect(storedSecret(sim, rotated.secrets[0]!.id)).toBe(rotated.secrets[0]!.secret);
      expect(await everything(client)).toHaveLength(1);
    });
  }
});

describe('sent.dm: an inactive webhook is a create, then a switch-off', () => {
  it('the secret is reported before the switch-off; when that fails, the partial result has it and the rerun switches it off', async () => {
    const { sim, faults, config, client } = await setUp(sentdm, { active: false }, false);
    const planned = await plan(config);
    faults.at(3, { kind: 'status', status: 500 }); // 1: verification list, 2: POST, 3: toggle-status
    const error = await apply(planned).catch((e: unknown) => e);
    expect(ServerError.isInstance(error)).toBe(true);
    expect((error as Error).message).toMatch(/apply stopped at change 1 of 1, create t https:\/\/app\.example\/hooks\/calls/);
    const [secret] = partialResultOf(error)!.secrets;
    const [webhook] = await everything(client);
    expect(webhook?.active).toBe(true);
    expect(secret?.secret).toBe(storedSecret(sim, webhook!.id));
    faults.disarm();

    const rerun = await plan(config);
    expect(rerun.changes).toMatchObject([{ action: 'update', id: webhook!.id, diff: { active: { from: true, to: false } } }]);
    expect((await apply(rerun)).secrets).toEqual([]);
    expect((await everything(client)).map((w) => w.active)).toEqual([false]);
  });

  it('what the provider saw: POST without is_active, then PATCH toggle-status', async () => {
    const { sim, config } = await setUp(sentdm, { active: false }, false);
    await apply(await plan(config));
    const writes = (sim.requests as Array<{ method: string; path: string }>).filter((r) => r.method !== 'GET').map((r) => `${r.method} ${r.path}`);
    expect(writes).toEqual(['POST /v3/webhooks', expect.stringMatching(/^PATCH \/v3\/webhooks\/[^/]+\/toggle-status$/)]);
  });
});
